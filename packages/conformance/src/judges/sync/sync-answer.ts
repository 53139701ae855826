import { judgeOperation } from "../answer-problem.js";
import type { Finding } from "../judged-check.js";
import type { Observed } from "../observed.js";

const SYNC = { method: "POST", template: "/result" } as const;

/**
 * For the judges of a result's headers: `judge` on a POST /result that brought its data (200), a failure when no
 * whole answer arrived, undefined otherwise (sync.status-200 judges the rest).
 */
export function judgeSyncResult(
  exchange: Observed,
  judge: (exchange: Observed) => Finding,
): Finding | undefined {
  return judgeOperation(exchange, SYNC, (answer) => (answer.status === 200 ? judge(answer) : undefined));
}

/** The observation when no POST /result brought its data (sync.status-200 judges why). */
export const NO_RESULT = "no result (see sync.status-200)";
