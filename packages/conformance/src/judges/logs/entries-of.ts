import type { Exchange } from "../../internal/probe.js";
import { arrayOf, isObject, type JsonObject } from "../../internal/scenarios/answers.js";

/** The entries of a log page. */
export function entriesOf(exchange: Exchange | undefined): JsonObject[] {
  return arrayOf(exchange, "logs").filter(isObject);
}
