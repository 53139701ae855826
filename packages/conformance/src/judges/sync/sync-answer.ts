import type { Observed } from "../observed.js";

/** Whether an exchange is a POST /result whose data arrived: the answers the rules on a result's headers judge. */
export function isSyncResult(exchange: Observed): boolean {
  return (
    exchange.method === "POST" &&
    exchange.target.kind === "api" &&
    exchange.target.template === "/result" &&
    exchange.status === 200 &&
    exchange.problem === undefined
  );
}

/** The observation when no POST /result brought its data (sync.status-200 judges why). */
export const NO_RESULT = "no result (see sync.status-200)";
