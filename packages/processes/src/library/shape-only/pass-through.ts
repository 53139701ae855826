import type { ProcessImplementation } from "../../process-entry.js";
import { invalidArgument } from "../scalar/process-errors.js";
import { textArgument } from "./shape-arguments.js";
import { shapeOnlyProcess } from "./shape-only-process.js";

/** An absolute http(s) URL, as `run_udf_externally` and `run_ogcapi_externally` require. */
function checkUrl(processId: string, value: unknown): void {
  if (typeof value !== "string" || !/^https?:\/\//.test(value)) {
    throw invalidArgument(
      processId,
      "url",
      "an absolute http(s) URL",
      typeof value === "string" ? value : null,
    );
  }
}

/** The processes that hand data to code jobkit does not run (UDFs, OGC API processes): data passes through. */
export const passThroughProcesses: readonly ProcessImplementation[] = [
  shapeOnlyProcess({
    id: "run_udf",
    summary: "Runs a user-defined function; here its data passes through unchanged.",
    warning: "UDFs are not executed by jobkit; the data passes through unchanged.",
    shape: ({ data, udf, runtime }) => {
      textArgument("run_udf", "udf", udf);
      textArgument("run_udf", "runtime", runtime);
      return data ?? null;
    },
  }),
  shapeOnlyProcess({
    id: "run_udf_externally",
    summary: "Runs a UDF on an external service; here its data passes through unchanged.",
    warning: "external UDF services are not called by jobkit; the data passes through unchanged.",
    shape: ({ data, url }) => {
      checkUrl("run_udf_externally", url);
      return data ?? null;
    },
  }),
  shapeOnlyProcess({
    id: "run_ogcapi",
    summary: "Runs an OGC API process of the back-end; here its data passes through unchanged.",
    warning: "OGC API processes are not run by jobkit; the data passes through unchanged.",
    shape: ({ data, id }) => {
      textArgument("run_ogcapi", "id", id);
      return data ?? null;
    },
  }),
  shapeOnlyProcess({
    id: "run_ogcapi_externally",
    summary: "Runs an OGC API process hosted elsewhere; here its data passes through unchanged.",
    warning: "external OGC API processes are not called by jobkit; the data passes through unchanged.",
    shape: ({ data, url, id }) => {
      checkUrl("run_ogcapi_externally", url);
      textArgument("run_ogcapi_externally", "id", id);
      return data ?? null;
    },
  }),
];
