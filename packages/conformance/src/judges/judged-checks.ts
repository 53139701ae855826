import { CATALOGUE, type CheckId } from "../catalogue.js";
import type { JudgedCheck } from "./judged-check.js";

/**
 * The checks a run's scenarios and the proxy share, in catalogue order: each judges exchanges with one pure
 * function, whichever of the two saw them. The proxy judges every exchange it relays with each of these.
 */
export const SHARED_CHECKS: readonly JudgedCheck<CheckId>[] = Object.freeze(
  CATALOGUE.filter((definition): definition is JudgedCheck<CheckId> => "judge" in definition),
);
