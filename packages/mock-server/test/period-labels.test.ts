import h5wasm, { type Dataset } from "h5wasm";
import { beforeAll, describe, expect, it } from "vitest";
import { missingPythonModules, pythonJsonLines, pythonReadersRequired } from "./interop-python.js";
import { readNetCdf } from "./read-netcdf.js";
import { harness } from "./support.js";

/** June 2022 by ISO week, as the official suite's test_aggregate_temporal_period asks (its graph, a smaller area). */
function weeklyGraph(format: string): Record<string, unknown> {
  return {
    process_graph: {
      load: {
        process_id: "load_collection",
        arguments: {
          id: "SENTINEL2_L2A",
          spatial_extent: { west: 5, south: 50, east: 5.001, north: 50.001 },
          temporal_extent: ["2022-06-01", "2022-07-01"],
          bands: ["B04"],
        },
      },
      weeks: {
        process_id: "aggregate_temporal_period",
        arguments: {
          data: { from_node: "load" },
          period: "week",
          reducer: {
            process_graph: {
              sum: { process_id: "sum", arguments: { data: { from_parameter: "data" } }, result: true },
            },
          },
        },
      },
      save: { process_id: "save_result", arguments: { data: { from_node: "weeks" }, format }, result: true },
    },
  };
}

/** ISO weeks 22 to 26 of 2022 and the Mondays that open them (a calendar's, not the mock's, answer). */
const WEEKS = ["2022-22", "2022-23", "2022-24", "2022-25", "2022-26"];
const MONDAYS = ["2022-05-30", "2022-06-06", "2022-06-13", "2022-06-20", "2022-06-27"];

async function assetsOf(format: string) {
  const h = harness();
  const { id, headers, status } = await h.startJob({ process: weeklyGraph(format) });
  expect(status).toBe(202);
  h.mock.clock.advance(60_000);
  const assets = (await h.json(`/jobs/${id}/results`, { headers })).body.assets as Record<
    string,
    { href: string; datetime?: string }
  >;
  const download = async (name: string) =>
    new Uint8Array(await (await h.request(assets[name]?.href as string)).arrayBuffer());
  return { assets, download };
}

const missing = missingPythonModules(["xarray", "netCDF4", "h5netcdf"]);
const XARRAY_CHECK = `
import json, sys, xarray
for engine in ("netcdf4", "h5netcdf"):
    with xarray.open_dataset(sys.argv[1], engine=engine) as ds:
        print(json.dumps({"engine": engine, "t": [str(t)[:10] for t in ds.t.values], "t_period": [str(p) for p in ds.t_period.values], "B04": list(ds.B04.dims)}))
`;

describe("aggregate_temporal_period's labels in the result files", () => {
  beforeAll(async () => {
    await h5wasm.ready;
  });

  it("netCDF: t holds each period's start (days since 1970), t_period the openEO label", async () => {
    const { download } = await assetsOf("netCDF");
    readNetCdf(await download("result.nc"), (file) => {
      const t = file.get("t") as Dataset;
      const days = Array.from(t.value as Int32Array, (day) =>
        new Date(day * 86_400_000).toISOString().slice(0, 10),
      );
      expect(days).toEqual(MONDAYS);
      expect((file.get("t_period") as Dataset).value).toEqual(WEEKS);
      expect((file.get("B04") as Dataset).attrs.coordinates?.value).toBe("t_period");
    });
  });

  it("GTiff: one file per period, named and dated by its start; JSON keeps openEO's labels", async () => {
    const { assets } = await assetsOf("GTiff");
    expect(Object.keys(assets).sort()).toEqual(MONDAYS.map((day) => `openEO_${day}Z.tif`));
    expect(MONDAYS.map((day) => assets[`openEO_${day}Z.tif`]?.datetime)).toEqual(
      MONDAYS.map((day) => `${day}T00:00:00.000Z`),
    );
    const json = JSON.parse(new TextDecoder().decode(await (await assetsOf("JSON")).download("result.json")));
    expect(JSON.stringify(json)).toContain(JSON.stringify(WEEKS));
  });

  it.skipIf(missing !== undefined && !pythonReadersRequired)(
    `xarray decodes t to the periods' starts with the netcdf4 and h5netcdf engines${missing ? ` (skipped: ${missing})` : ""}`,
    async () => {
      expect(missing, "the Python readers this test needs").toBeUndefined();
      const bytes = await (await assetsOf("netCDF")).download("result.nc");
      expect(pythonJsonLines(XARRAY_CHECK, bytes, "result.nc")).toEqual(
        ["netcdf4", "h5netcdf"].map((engine) => ({
          engine,
          t: MONDAYS,
          t_period: WEEKS,
          B04: ["t", "y", "x"],
        })),
      );
    },
  );
});
