import { fail, type Outcome, pass, skip } from "../outcome.js";
import type { Exchange } from "../probe.js";
import type { Session } from "../session.js";
import { answered } from "./answers.js";
import { refusalVerdict } from "./jobs.js";
import { bytesVerdict, contentTypeVerdict, outputFormat, withSaver } from "./result-format.js";

/** An output format name no back-end has. */
export const UNKNOWN_FORMAT = "JOBKIT_CONFORMANCE_NO_SUCH_FORMAT";

/** The name in another case: lower case, or upper case when it is lower case already. */
function otherCase(format: string): string {
  return format === format.toLowerCase() ? format.toUpperCase() : format.toLowerCase();
}

function isResult(exchange: Exchange): boolean {
  return exchange.status === 200 && !exchange.problem;
}

/** The verdict on the answer to the name in another case: the format's Content-Type and bytes. */
function sameFormatVerdict(answer: Exchange, format: string, name: string): Outcome {
  const type = contentTypeVerdict(answer, format);
  if (type.status === "fail") return fail(`${name} answered 200; ${type.observation}`);
  const bytes = bytesVerdict(answer, format);
  if (bytes.status === "fail") return fail(`${name} answered 200; ${bytes.observation}`);
  return pass(
    `${name} answered 200 with ${type.observation}${bytes.status === "pass" ? `; ${bytes.observation}` : ""}`,
  );
}

async function caseInsensitive(s: Session): Promise<void> {
  const process = s.options.process;
  const format = outputFormat(process);
  const name = format && otherCase(format);
  const renamed = name && withSaver(process, (node) => Object.assign(node.arguments, { format: name }));
  const answer = renamed ? await s.api("POST", "/result", { json: { process: renamed } }) : undefined;
  const original =
    answer && !isResult(answer) ? await s.api("POST", "/result", { json: { process } }) : undefined;
  await s.check("formats.case-insensitive", (c) => {
    if (!format || !name || name === format || !answer)
      return skip(`the run's process saves in no format with letters to change (${format ?? "none"})`);
    if (isResult(c.use(answer))) return sameFormatVerdict(answer, format, name);
    if (original && isResult(c.use(original)))
      return fail(`the format name ${name} ${answered(answer)}, while ${format} answered 200`);
    return skip(`the process runs with neither name: ${format} ${answered(original)}`);
  });
}

async function unsupported(s: Session): Promise<void> {
  const process = withSaver(s.options.process, (node) =>
    Object.assign(node.arguments, { format: UNKNOWN_FORMAT }),
  );
  const answer = process && (await s.api("POST", "/result", { json: { process } }));
  const failed = answer && (answer.status === undefined || answer.status >= 500);
  const valid = failed ? await s.api("POST", "/result", { json: { process: s.options.process } }) : undefined;
  await s.check("formats.unsupported", (c) => {
    if (!answer) return skip("the run's process has no save_result node");
    if (valid && !isResult(c.use(valid)))
      return skip(`not evaluated: the process with its own format ${answered(valid)} as well`);
    return refusalVerdict(c.use(answer), "POST /result", `saving in the format ${UNKNOWN_FORMAT}`);
  });
}

/** Output format names: another case of a listed name is the same format, an unknown name is refused. */
export async function formatNames(s: Session): Promise<void> {
  if (s.runs("formats.case-insensitive")) await caseInsensitive(s);
  if (s.runs("formats.unsupported")) await unsupported(s);
}
