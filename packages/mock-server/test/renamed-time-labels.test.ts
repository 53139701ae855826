import h5wasm, { type Dataset } from "h5wasm";
import { beforeAll, describe, expect, it } from "vitest";
import { missingPythonModules, pythonJsonLines, pythonReadersRequired } from "./interop-python.js";
import { readNetCdf } from "./read-netcdf.js";
import { harness, saveResultGraph } from "./support.js";

/**
 * The official suite's test_rename_labels_time, smaller: the one date of SENTINEL2_L2A renamed `first_date`
 * (`rename_labels` over `t`, its source from `dimension_labels`, as the Python client sends it), saved as netCDF.
 */
function renamedGraph(): Record<string, unknown> {
  const { process_graph: base } = saveResultGraph("netCDF", "SENTINEL2_L2A", {
    west: 5,
    south: 50,
    east: 5.001,
    north: 50.001,
  }) as { process_graph: Record<string, Record<string, unknown>> };
  const data = { from_node: "loadcollection1" };
  const labels = { process_id: "dimension_labels", arguments: { data, dimension: "t" } };
  const rename = {
    process_id: "rename_labels",
    arguments: { data, dimension: "t", target: ["first_date"], source: { from_node: "labels1" } },
  };
  const save = { process_id: "save_result", arguments: { data: { from_node: "rename1" }, format: "netCDF" } };
  return {
    process_graph: {
      loadcollection1: base.loadcollection1,
      labels1: labels,
      rename1: rename,
      save1: { ...save, result: true },
    },
  };
}

async function renamedNetCdf(): Promise<Uint8Array> {
  const h = harness();
  const { id, headers, status } = await h.startJob({ process: renamedGraph() });
  expect(status).toBe(202);
  h.mock.clock.advance(60_000);
  const assets = (await h.json(`/jobs/${id}/results`, { headers })).body.assets;
  return new Uint8Array(await (await h.request(assets["result.nc"].href)).arrayBuffer());
}

const missing = missingPythonModules(["xarray", "netCDF4", "h5netcdf"]);
const XARRAY_CHECK = `
import json, sys, xarray
for engine in ("netcdf4", "h5netcdf"):
    with xarray.open_dataset(sys.argv[1], engine=engine) as ds:
        print(json.dumps({"engine": engine, "t": [str(t) for t in ds.t.values], "B04": list(ds.B04.dims)}))
`;

describe("time labels that are no dates in netCDF", () => {
  beforeAll(async () => {
    await h5wasm.ready;
  });

  it("writes t as the labels (strings), not as a made-up day", async () => {
    readNetCdf(await renamedNetCdf(), (file) => {
      expect((file.get("t") as Dataset).value).toEqual(["first_date"]);
      expect((file.get("t") as Dataset).attrs.units).toBeUndefined();
    });
  });

  it.skipIf(missing !== undefined && !pythonReadersRequired)(
    `xarray reads t as the labels with the netcdf4 and h5netcdf engines${missing ? ` (skipped: ${missing})` : ""}`,
    async () => {
      expect(missing, "the Python readers this test needs").toBeUndefined();
      const bytes = await renamedNetCdf();
      expect(pythonJsonLines(XARRAY_CHECK, bytes, "result.nc")).toEqual(
        ["netcdf4", "h5netcdf"].map((engine) => ({ engine, t: ["first_date"], B04: ["t", "y", "x"] })),
      );
    },
    180_000,
  );
});
