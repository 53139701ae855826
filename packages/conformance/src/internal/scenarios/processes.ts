import { processesMissingArgument } from "../../judges/processes/processes-missing-argument.js";
import { processesOfficial } from "../../judges/processes/processes-official.js";
import { processesUnknown } from "../../judges/processes/processes-unknown.js";
import { processesWrongType } from "../../judges/processes/processes-wrong-type.js";
import type { Exchange } from "../probe.js";
import type { Session } from "../session.js";
import type { JsonObject } from "./answers.js";
import { judgeScenario } from "./judge-scenario.js";
import { withSaver } from "./result-format.js";

/** A process id no back-end has. */
const UNKNOWN_PROCESS = "jobkit_conformance_no_such_process";

/** The faulty graphs the kit validates: the run's process with one fault in its save_result node. */
const FAULTS = [
  [
    processesUnknown,
    (node: JsonObject) => {
      node.process_id = UNKNOWN_PROCESS;
    },
  ],
  [
    processesMissingArgument,
    (node: JsonObject & { arguments: JsonObject }) => {
      delete node.arguments.format;
    },
  ],
  [
    processesWrongType,
    (node: JsonObject & { arguments: JsonObject }) => {
      node.arguments.format = 42;
    },
  ],
] as const;

/** Processes: the listed definitions against the official ones, and the refusal of faulty calls. */
export async function processes(s: Session): Promise<void> {
  if (s.runs("processes.official")) {
    const list = await s.api("GET", "/processes", { auth: "none" });
    const official = list.status === 200 ? await import("@jobkit/processes") : undefined;
    await judgeScenario(s, processesOfficial, { list, official });
  }
  let valid: Exchange | undefined;
  for (const [check, breakIt] of FAULTS) {
    if (!s.runs(check.id)) continue;
    const graph = withSaver(s.options.process, breakIt);
    const answer = graph ? await s.api("POST", "/validation", { json: graph }) : undefined;
    if (answer && answer.status !== 200)
      valid ??= await s.api("POST", "/validation", { json: s.options.process });
    await judgeScenario(s, check, { answer, valid });
  }
}
