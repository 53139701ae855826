import { formatsCaseInsensitive, needsOriginal } from "../../judges/formats/formats-case-insensitive.js";
import { formatsUnsupported, UNKNOWN_FORMAT } from "../../judges/formats/formats-unsupported.js";
import type { Session } from "../session.js";
import { judgeScenario } from "./judge-scenario.js";
import { outputFormat, withSaver } from "./result-format.js";

/** The name in another case: lower case, or upper case when it is lower case already. */
function otherCase(format: string): string {
  return format === format.toLowerCase() ? format.toUpperCase() : format.toLowerCase();
}

async function caseInsensitive(s: Session): Promise<void> {
  const process = s.options.process;
  const format = outputFormat(process);
  const name = format && otherCase(format);
  const renamed = name && withSaver(process, (node) => Object.assign(node.arguments, { format: name }));
  const answer = renamed ? await s.api("POST", "/result", { json: { process: renamed } }) : undefined;
  const original =
    answer && format && needsOriginal(answer, format)
      ? await s.api("POST", "/result", { json: { process } })
      : undefined;
  await judgeScenario(s, formatsCaseInsensitive, { format, name: name || undefined, answer, original });
}

async function unsupported(s: Session): Promise<void> {
  const process = withSaver(s.options.process, (node) =>
    Object.assign(node.arguments, { format: UNKNOWN_FORMAT }),
  );
  const answer = process ? await s.api("POST", "/result", { json: { process } }) : undefined;
  const failed = answer && (answer.status === undefined || answer.status >= 500);
  const valid = failed ? await s.api("POST", "/result", { json: { process: s.options.process } }) : undefined;
  await judgeScenario(s, formatsUnsupported, { answer, valid });
}

/** Output format names: another case of a listed name is the same format, an unknown name is refused. */
export async function formatNames(s: Session): Promise<void> {
  if (s.runs("formats.case-insensitive")) await caseInsensitive(s);
  if (s.runs("formats.unsupported")) await unsupported(s);
}
