import type { Schema } from "../internal/api-types.js";

/**
 * `GET /udf_runtimes`: Python and R, with versions and libraries as real back-ends list them, so that
 * clients picking a runtime and version (the Python client's `openeo.UDF`) find one. `run_udf` accepts any of
 * them; the engine does not execute UDFs (the data passes through and the log says so).
 */
export const UDF_RUNTIMES: Schema<"udf_runtimes"> = {
  Python: {
    title: "Python 3",
    description: "Python with the openEO UDF libraries. The mock accepts UDFs but does not run them.",
    type: "language",
    default: "3.11",
    versions: {
      "3.11": {
        libraries: {
          numpy: { version: "1.26.4" },
          xarray: { version: "2024.3.0" },
          pandas: { version: "2.2.1" },
          openeo: { version: "0.53.0" },
        },
      },
      "3.8": {
        deprecated: true,
        libraries: { numpy: { version: "1.24.4" }, xarray: { version: "2023.1.0" } },
      },
    },
  },
  R: {
    title: "R 4",
    description: "R with the openEO UDF libraries. The mock accepts UDFs but does not run them.",
    type: "language",
    default: "4.3.2",
    versions: {
      "4.3.2": { libraries: { stars: { version: "0.6-4" }, jsonlite: { version: "1.8.8" } } },
    },
  },
};
