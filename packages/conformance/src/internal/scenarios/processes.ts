import { compareProcess } from "../compare-process.js";
import { fail, type Outcome, pass, skip } from "../outcome.js";
import type { Exchange } from "../probe.js";
import type { Session } from "../session.js";
import { answered, arrayOf, isObject, type JsonObject, listSome } from "./answers.js";
import { withSaver } from "./result-format.js";

/** A process id no back-end has. */
const UNKNOWN_PROCESS = "jobkit_conformance_no_such_process";

/** openEO's codes for the faults of a process call; one of them for another fault is a wrong answer. */
const CALL_CODES = new Set([
  "ProcessUnsupported",
  "ProcessParameterRequired",
  "ProcessParameterInvalid",
  "ProcessParameterUnsupported",
]);

/** The faulty graphs the kit validates: the run's process with one fault in its save_result node. */
const FAULTS = [
  [
    "processes.unknown",
    "naming an unknown process",
    "ProcessUnsupported",
    (node: JsonObject) => {
      node.process_id = UNKNOWN_PROCESS;
    },
  ],
  [
    "processes.missing-argument",
    "without save_result's required format",
    "ProcessParameterRequired",
    (node: JsonObject & { arguments: JsonObject }) => {
      delete node.arguments.format;
    },
  ],
  [
    "processes.wrong-type",
    "with the number 42 as save_result's format",
    "ProcessParameterInvalid",
    (node: JsonObject & { arguments: JsonObject }) => {
      node.arguments.format = 42;
    },
  ],
] as const;

/** GET /processes: every process under an official id as the official definition has it. */
async function officialVerdict(list: Exchange): Promise<Outcome> {
  if (list.status !== 200) return fail(`GET /processes ${answered(list)}; expected 200`);
  const { definitions, PROCESSES_VERSION, withoutProse } = await import("@jobkit/processes");
  const official = new Map(definitions.map((definition) => [definition.id, definition]));
  const listed = arrayOf(list, "processes").filter(isObject);
  const compared = listed.filter((process) => official.has(String(process.id)));
  if (compared.length === 0) return skip("GET /processes lists no process under an official id");
  const faults = compared.flatMap((process) =>
    compareProcess(
      process,
      official.get(String(process.id)) as NonNullable<ReturnType<typeof official.get>>,
      withoutProse,
    ),
  );
  return faults.length > 0
    ? fail(
        `${faults.length} differences from openeo-processes ${PROCESSES_VERSION}: ${listSome(faults)}`,
        faults,
      )
    : pass(
        `${compared.length} of ${listed.length} listed processes have official ids; each matches openeo-processes ${PROCESSES_VERSION}`,
      );
}

/** The verdict on POST /validation of a faulty graph: 200 with an error naming the fault (rules 492–495). */
function validationVerdict(answer: Exchange, what: string, code: string): Outcome {
  if (answer.status !== 200)
    return fail(
      `POST /validation of a graph ${what} ${answered(answer)}; expected 200 with the error in errors (4xx and 5xx are for invalid requests)`,
    );
  const errors = arrayOf(answer, "errors");
  if (errors.length === 0) return fail(`POST /validation of a graph ${what} answered 200 with no error`);
  const codes = errors.map((error) =>
    isObject(error) && typeof error.message === "string" ? error.code : undefined,
  );
  if (codes.some((found) => typeof found !== "string"))
    return fail("an error lacks a string code or message");
  if (codes.includes(code)) return pass(`errors: ${codes.join(", ")}`);
  const wrong = codes.find((found) => CALL_CODES.has(String(found)));
  if (wrong)
    return fail(
      `errors: ${codes.join(", ")}; ${wrong} is openEO's code for another fault, ${code} for this one`,
    );
  return pass(`errors: ${codes.join(", ")} (openEO's own code is ${code}; another is allowed)`);
}

/** Processes: the listed definitions against the official ones, and the refusal of faulty calls. */
export async function processes(s: Session): Promise<void> {
  if (s.runs("processes.official")) {
    const list = await s.api("GET", "/processes", { auth: "none" });
    await s.check("processes.official", (c) => officialVerdict(c.use(list)));
  }
  let valid: Exchange | undefined;
  for (const [id, what, code, breakIt] of FAULTS) {
    if (!s.runs(id)) continue;
    const graph = withSaver(s.options.process, breakIt);
    const answer = graph && (await s.api("POST", "/validation", { json: graph }));
    if (answer && answer.status !== 200)
      valid ??= await s.api("POST", "/validation", { json: s.options.process });
    await s.check(id, (c) => {
      if (!answer) return skip("the run's process has no save_result node");
      if (answer.status !== 200 && valid && c.use(valid).status !== 200)
        return skip(`not evaluated: POST /validation of the run's valid process ${answered(valid)} as well`);
      return validationVerdict(c.use(answer), what, code);
    });
  }
}
