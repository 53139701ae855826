import { breaks, conforms, judgedCheck } from "../judged-check.js";
import { LOGS } from "../needs.js";
import { judgeLogEntries, NO_ENTRIES } from "./log-entries.js";

const MAX_MESSAGE = 1000;
const STACK_TRACE = /\n\s+at\s|Traceback \(most recent call last\)|Exception in thread/;

/** Rule 808: log messages are short and carry no stack traces. */
export const logsMessages = judgedCheck({
  id: "logs.messages",
  scenario: "lifecycle",
  level: "L2",
  rules: [808],
  needs: LOGS,
  expectation: "log messages are short and carry no stack traces",
  unjudged: NO_ENTRIES,
  judge: (exchange) =>
    judgeLogEntries(exchange, (entries) => {
      const long = entries.filter(
        (entry) =>
          typeof entry.message === "string" &&
          (entry.message.length > MAX_MESSAGE || STACK_TRACE.test(entry.message)),
      );
      return long.length > 0
        ? breaks(
            `${long.length} messages are longer than ${MAX_MESSAGE} characters or hold a stack trace: ${String(long[0]?.message).slice(0, 120)}…`,
          )
        : conforms;
    }),
});
