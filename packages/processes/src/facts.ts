/**
 * The light part of the process engine, `@jobkit/processes/facts`: constants about its synthetic data that a
 * program can read without loading the engine (the mock's CLI describes its collections with them before any
 * process runs). The package root re-exports all of it.
 *
 * @example
 * import { REVISIT_DAYS } from "@jobkit/processes/facts";
 * `P${REVISIT_DAYS}D`; // the temporal step of every synthetic collection
 */
export { REVISIT_DAYS } from "./cube/synthetic-dates.js";
