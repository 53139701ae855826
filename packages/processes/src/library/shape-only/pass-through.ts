import { markPassedThrough } from "../../passed-through.js";
import type { ProcessArguments, ProcessImplementation } from "../../process-entry.js";
import type { Value } from "../../value.js";
import { textArgument } from "../common/argument-readers.js";
import { invalidArgument } from "../common/process-errors.js";
import { shapeOnlyProcess } from "./shape-only-process.js";

/** An absolute http(s) URL, as `run_udf_externally` and `run_ogcapi_externally` require. */
function checkUrl(processId: string, value: Value | undefined): void {
  if (typeof value === "string" && /^https?:\/\//.test(value)) return;
  throw invalidArgument(processId, "url", "an absolute http(s) URL", value ?? null);
}

/**
 * A process whose data goes to code jobkit does not run: `check` reads its other arguments, the data passes. Where
 * the caller needs one value of it (a reducer's callback), it is no-data (see `toCell`).
 */
function passThrough(
  id: string,
  summary: string,
  notRun: string,
  check: (args: ProcessArguments) => void,
): ProcessImplementation {
  return shapeOnlyProcess({
    id,
    summary,
    warning: `${notRun} by jobkit; the data passes through unchanged (no-data where one value is needed, as in a reducer).`,
    shape: (args) => {
      check(args);
      return markPassedThrough(args.data ?? null);
    },
  });
}

/** The processes that hand data to code jobkit does not run (UDFs, OGC API processes): data passes through. */
export const passThroughProcesses: readonly ProcessImplementation[] = [
  passThrough(
    "run_udf",
    "Runs a user-defined function; here its data passes through unchanged.",
    "UDFs are not executed",
    (args) => {
      textArgument("run_udf", "udf", args.udf);
      textArgument("run_udf", "runtime", args.runtime);
    },
  ),
  passThrough(
    "run_udf_externally",
    "Runs a UDF on an external service; here its data passes through unchanged.",
    "external UDF services are not called",
    (args) => checkUrl("run_udf_externally", args.url),
  ),
  passThrough(
    "run_ogcapi",
    "Runs an OGC API process of the back-end; here its data passes through unchanged.",
    "OGC API processes are not run",
    (args) => textArgument("run_ogcapi", "id", args.id),
  ),
  passThrough(
    "run_ogcapi_externally",
    "Runs an OGC API process hosted elsewhere; here its data passes through unchanged.",
    "external OGC API processes are not called",
    (args) => {
      checkUrl("run_ogcapi_externally", args.url);
      textArgument("run_ogcapi_externally", "id", args.id);
    },
  ),
];
