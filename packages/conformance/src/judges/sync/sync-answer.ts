import { isObject } from "../../internal/scenarios/answers.js";
import { outputFormat } from "../../internal/scenarios/result-format.js";
import { judgeOperation } from "../answer-problem.js";
import type { Finding } from "../judged-check.js";
import type { Observed } from "../observed.js";

const SYNC = { method: "POST", template: "/result" } as const;

/** For the judges of POST /result: `judge` on a whole answer, a failure when none arrived, undefined otherwise. */
export function judgeSyncAnswer(
  exchange: Observed,
  judge: (exchange: Observed) => Finding | undefined,
): Finding | undefined {
  return judgeOperation(exchange, SYNC, judge);
}

/**
 * For the judges of a result's headers: `judge` on a POST /result that brought its data (200), a failure when no
 * whole answer arrived, undefined otherwise (sync.status-200 judges the rest).
 */
export function judgeSyncResult(
  exchange: Observed,
  judge: (exchange: Observed) => Finding | undefined,
): Finding | undefined {
  return judgeSyncAnswer(exchange, (answer) => (answer.status === 200 ? judge(answer) : undefined));
}

/** The `format` a POST /result asked for: its process graph's save_result's, when the request body shows it. */
export function requestedFormat(exchange: Observed): string | undefined {
  const sent = exchange.requestJson;
  return isObject(sent) && isObject(sent.process) ? outputFormat(sent.process) : undefined;
}

/** The observation when no POST /result brought its data (sync.status-200 judges why). */
export const NO_RESULT = "no result (see sync.status-200)";
