import type { components } from "./generated/openapi.js";

/** A log entry's severity: `error`, `warning`, `info` or `debug`. */
export type LogLevel = components["schemas"]["log_level"];

/** Every log level of the contract, most severe first (`level=info` lists error, warning and info). */
export const LOG_LEVELS = ["error", "warning", "info", "debug"] as const satisfies readonly LogLevel[];
