import { skip } from "../../internal/outcome.js";
import type { Exchange } from "../../internal/probe.js";
import { NO_RESULT } from "./sync-answer.js";

/** What the checks on a POST /result's data are handed: the answer and the format the process asked for. */
export interface SyncResult {
  readonly result: Exchange;
  readonly format: string | undefined;
}

/** Whether the result's data arrived (sync.status-200 judges when not). */
export const hasData = (result: Exchange): boolean => result.status === 200 && !result.problem;

/** The verdict of a check on the data when there is none. */
export const NO_DATA = skip(NO_RESULT);
