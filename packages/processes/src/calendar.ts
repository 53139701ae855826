/**
 * The synthetic observation calendar's defaults, apart from the engine so that a start path can read them without
 * loading the process library (`@jobkit/processes/calendar`); the package root re-exports them.
 */
export { REVISIT_DAYS } from "./cube/synthetic-dates.js";
