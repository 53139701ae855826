import { answered } from "../../internal/scenarios/answers.js";
import type { Observed } from "../observed.js";
import { isOperation, succeeded } from "./success-status.js";

/**
 * Whether an exchange is a successful creation (POST /jobs answered 2xx). Rule 736 asks for the headers of a
 * successful creation only; a refused one is judged by jobs.create.status-201.
 */
export const created = (exchange: Observed): boolean =>
  isOperation(exchange, "POST", "/jobs") && succeeded(exchange);

/** Why a creation that did not succeed leaves the header rules not evaluated. */
export const notCreated = (exchange: Observed): string | undefined =>
  isOperation(exchange, "POST", "/jobs") && !succeeded(exchange)
    ? `not evaluated: POST /jobs ${answered(exchange)}`
    : undefined;

/** The observation when no creation was seen. */
export const NOT_CREATED = "not evaluated: no POST /jobs was answered with success";
