import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { encodeCsv } from "../src/results/outputs/csv.js";
import { encodeGeoJson } from "../src/results/outputs/geojson.js";
import { encodeGeoParquet } from "../src/results/outputs/geoparquet.js";
import { FIELDS, timeSeriesCube } from "./engine-cubes.js";
import { interopDir, interopPython, missingPythonModules, pythonReadersRequired } from "./interop-python.js";

/** Why the check cannot run here, or `undefined` when interop's venv has pandas, geopandas and pyarrow. */
const missing = missingPythonModules(["pandas", "geopandas", "pyarrow"]);

describe("vector results in Python's readers", () => {
  it.skipIf(missing !== undefined && !pythonReadersRequired)(
    `pandas reads the CSV, geopandas the GeoJSON and GeoParquet, with every value of the cube${missing ? ` (skipped: ${missing})` : ""}`,
    () => {
      expect(missing, "the Python readers this test needs").toBeUndefined();
      const cube = timeSeriesCube(["B04", "B08"]);
      const [, t, bands] = cube.dimensions.map((dimension) => dimension.labels as string[]);
      const value = (offset: number) => (Number.isNaN(cube.values[offset]) ? null : cube.values[offset]);
      const expected = {
        dates: t,
        bands,
        geometry_types: FIELDS.features.map((feature) => feature.geometry.type),
        values: FIELDS.features.map((_, g) =>
          (t ?? []).map((_, d) => (bands ?? []).map((_, b) => value((g * (t?.length ?? 0) + d) * 2 + b))),
        ),
      };
      const folder = mkdtempSync(join(tmpdir(), "jobkit-vector-"));
      try {
        writeFileSync(join(folder, "result.csv"), encodeCsv(cube, {}));
        writeFileSync(join(folder, "result.geojson"), encodeGeoJson(cube, {}));
        writeFileSync(join(folder, "result.parquet"), encodeGeoParquet(cube, {}));
        writeFileSync(join(folder, "expected.json"), JSON.stringify(expected));
        const run = spawnSync(interopPython, [join(interopDir, "python", "vector_check.py"), folder], {
          encoding: "utf8",
          timeout: 120_000,
        });
        expect(run.stderr + run.stdout).toContain("vector results read back");
        expect(run.status).toBe(0);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    },
  );
});
