import { fail, pass } from "../../internal/outcome.js";
import type { Exchange } from "../../internal/probe.js";
import { scenarioCheck } from "../scenario-check.js";
import { judgeEntries } from "./judge-entries.js";

const MAX_MESSAGE = 1000;
const STACK_TRACE = /\n\s+at\s|Traceback \(most recent call last\)|Exception in thread/;

/** Rule 808: log messages are short and carry no stack traces. */
export const logsMessages = scenarioCheck({
  id: "logs.messages",
  scenario: "lifecycle",
  level: "L2",
  rules: [808],
  needs: ["POST /jobs", "GET /jobs/{}", "POST /jobs/{}/results", "GET /jobs/{}/logs"],
  expectation: "log messages are short and carry no stack traces",
  verdict: (page: Exchange, c) =>
    judgeEntries(page, c, (entries) => {
      const long = entries.filter(
        (entry) =>
          typeof entry.message === "string" &&
          (entry.message.length > MAX_MESSAGE || STACK_TRACE.test(entry.message)),
      );
      return long.length > 0
        ? fail(
            `${long.length} messages are longer than ${MAX_MESSAGE} characters or hold a stack trace: ${String(long[0]?.message).slice(0, 120)}…`,
          )
        : pass("short messages without stack traces");
    }),
});
