import { fromArrayBuffer } from "geotiff";
import h5wasm, { type Dataset } from "h5wasm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readNetCdf } from "./read-netcdf.js";
import { buildIfStale, startCli } from "./start-cli.js";

/** A small extent (100 × 50 pixels of 0.0001°) so that files stay small; dates every 5 days from 2021-01-01. */
const EXTENT = { west: 5, south: 50, east: 5.01, north: 50.005 };
const THREE_DATES = ["2021-01-01", "2021-01-16"];
const BANDS = ["B02", "B03", "B04", "B08"];

type Node = { process_id: string; arguments: Record<string, unknown>; result?: boolean };
type Asset = { href: string; type: string; datetime?: string; "eo:bands"?: { name: string }[] } & Record<
  string,
  unknown
>;

const load: Node = {
  process_id: "load_collection",
  arguments: { id: "SENTINEL2_L2A", spatial_extent: EXTENT, temporal_extent: THREE_DATES, bands: BANDS },
};

function save(from: string, format: string, result = true): Node {
  return {
    process_id: "save_result",
    arguments: { data: { from_node: from }, format, options: {} },
    ...(result ? { result } : {}),
  };
}

const meanOverTime: Node = {
  process_id: "reduce_dimension",
  arguments: {
    data: { from_node: "bands" },
    dimension: "t",
    reducer: {
      process_graph: {
        mean: { process_id: "mean", arguments: { data: { from_parameter: "data" } }, result: true },
      },
    },
  },
};

/** openEO's JSON form of a cube, as `POST /result` answers a graph without save_result. */
type CubeJson = {
  order: string[];
  dimensions: Record<string, { values: (string | number)[] }>;
  data: unknown;
};

describe("batch jobs write their files from the cubes save_result saves (real HTTP)", () => {
  let cli: Awaited<ReturnType<typeof startCli>>;
  let headers: Record<string, string>;

  beforeAll(async () => {
    buildIfStale();
    await h5wasm.ready;
    cli = await startCli(["--timing", "virtual"]);
    const login = await fetch(`${cli.url}/credentials/basic`, {
      headers: { Authorization: `Basic ${btoa("alice:alice123")}` },
    });
    const { access_token: token } = (await login.json()) as { access_token: string };
    headers = { Authorization: `Bearer basic//${token}`, "Content-Type": "application/json" };
  }, 60_000);

  afterAll(() => {
    if (cli?.child.exitCode === null) cli.child.kill("SIGKILL");
  });

  /** Creates and starts a job, lets the mock's clock pass its run, and answers its status and results. */
  async function runJob(graph: Record<string, Node>) {
    const body = JSON.stringify({ process: { process_graph: graph } });
    const created = await fetch(`${cli.url}/jobs`, { method: "POST", headers, body });
    expect(created.status).toBe(201);
    const location = created.headers.get("location") as string;
    expect((await fetch(`${location}/results`, { method: "POST", headers })).status).toBe(202);
    await fetch(`${cli.url}/_jobkit/clock/advance`, { method: "POST", body: JSON.stringify({ ms: 60_000 }) });
    const job = (await (await fetch(location, { headers })).json()) as { status: string };
    const results = (await (await fetch(`${location}/results`, { headers })).json()) as {
      properties: Record<string, unknown>;
      assets: Record<string, Asset>;
    };
    const logs = (await (await fetch(`${location}/logs`, { headers })).json()) as {
      logs: { level: string; code?: string; message: string }[];
    };
    return { status: job.status, results, logs: logs.logs };
  }

  /** The value of a graph's result node, computed by the mock's engine (`POST /result` without save_result). */
  async function cubeOf(graph: Record<string, Node>): Promise<CubeJson> {
    const body = JSON.stringify({ process: { process_graph: graph } });
    const response = await fetch(`${cli.url}/result`, { method: "POST", headers, body });
    expect(response.status).toBe(200);
    // the value is JSON with Python's NaN literal for no-data (docs/decisions/0007-sync-result-values.md)
    return JSON.parse((await response.text()).replace(/\bNaN\b/g, "null")) as CubeJson;
  }

  async function download(asset: Asset): Promise<ArrayBuffer> {
    const response = await fetch(asset.href);
    expect(response.status).toBe(200);
    return response.arrayBuffer();
  }

  async function readTiff(asset: Asset) {
    const image = await (await fromArrayBuffer(await download(asset))).getImage();
    return { image, bands: (await image.readRasters()) as unknown as Float32Array[] };
  }

  it("writes one GTiff per date of a load_collection cube, each with its 4 bands, date and the engine's values", async () => {
    const { status, results } = await runJob({ load, save: save("load", "GTiff") });
    expect(status).toBe("finished");
    const names = ["openEO_2021-01-01Z.tif", "openEO_2021-01-06Z.tif", "openEO_2021-01-11Z.tif"];
    expect(Object.keys(results.assets).sort()).toEqual(names);
    expect([results.properties.start_datetime, results.properties.end_datetime]).toEqual([
      "2021-01-01T00:00:00.000Z",
      "2021-01-11T00:00:00.000Z",
    ]);
    const cube = await cubeOf({ load: { ...load, result: true } });
    expect(cube.order).toEqual(["t", "bands", "y", "x"]);
    const data = cube.data as number[][][][];
    for (const [t, name] of names.entries()) {
      const asset = results.assets[name] as Asset;
      expect(asset.datetime).toBe(`${name.slice(7, 17)}T00:00:00.000Z`);
      expect(asset["eo:bands"]).toEqual(BANDS.map((band) => ({ name: band })));
      const { image, bands } = await readTiff(asset);
      expect([image.getSamplesPerPixel(), image.getWidth(), image.getHeight()]).toEqual([4, 100, 50]);
      expect(asset["proj:shape"]).toEqual([50, 100]);
      image.getBoundingBox().forEach((edge, i) => {
        expect(edge).toBeCloseTo((asset["proj:bbox"] as number[])[i] as number, 9);
      });
      for (const b of [0, 3]) {
        for (const [y, x] of [
          [0, 0],
          [49, 99],
          [20, 33],
        ] as const) {
          const expected = data[t]?.[b]?.[y]?.[x] as number;
          expect((bands[b] as Float32Array)[y * 100 + x]).toBeCloseTo(expected, 3);
        }
      }
    }
    const [first, second] = await Promise.all(
      names.slice(0, 2).map((n) => readTiff(results.assets[n] as Asset)),
    );
    expect(Array.from(first?.bands[0] ?? [])).not.toEqual(Array.from(second?.bands[0] ?? []));
  });

  it("writes a cube that keeps t with one date as one GTiff named and dated after that date", async () => {
    const oneDate: Node = {
      ...load,
      arguments: { ...load.arguments, temporal_extent: ["2021-01-06", "2021-01-07"] },
    };
    const { status, results } = await runJob({ load: oneDate, save: save("load", "GTiff") });
    expect(status).toBe("finished");
    expect(Object.keys(results.assets)).toEqual(["openEO_2021-01-06Z.tif"]);
    const asset = results.assets["openEO_2021-01-06Z.tif"] as Asset;
    expect(asset.datetime).toBe("2021-01-06T00:00:00.000Z");
    const { image } = await readTiff(asset);
    expect([image.getSamplesPerPixel(), image.getWidth(), image.getHeight()]).toEqual([4, 100, 50]);
  });

  it("writes one GTiff with the chosen bands for filter_bands + reduce_dimension(t, mean)", async () => {
    const bands: Node = {
      process_id: "filter_bands",
      arguments: { data: { from_node: "load" }, bands: ["B04", "B08"] },
    };
    const graph = { load, bands, mean: meanOverTime, save: save("mean", "GTiff") };
    const { status, results } = await runJob(graph);
    expect(status).toBe("finished");
    expect(Object.keys(results.assets)).toEqual(["result.tif"]);
    const asset = results.assets["result.tif"] as Asset;
    expect(asset["eo:bands"]).toEqual([{ name: "B04" }, { name: "B08" }]);
    expect(asset.datetime).toBeUndefined();
    const { image, bands: read } = await readTiff(asset);
    expect(image.getSamplesPerPixel()).toBe(2);
    const cube = await cubeOf({ load, bands, mean: { ...meanOverTime, result: true } });
    expect(cube.order).toEqual(["bands", "y", "x"]);
    const data = cube.data as number[][][];
    expect((read[1] as Float32Array)[7 * 100 + 3]).toBeCloseTo(data[1]?.[7]?.[3] as number, 3);
  });

  it("writes one GTiff without a date of a collection without time (DEMO_DEM), with the engine's values", async () => {
    const dem: Node = {
      process_id: "load_collection",
      arguments: { id: "DEMO_DEM", spatial_extent: EXTENT, temporal_extent: null },
    };
    const { status, results } = await runJob({ dem, save: save("dem", "GTiff") });
    expect(status).toBe("finished");
    expect(Object.keys(results.assets)).toEqual(["result.tif"]);
    const asset = results.assets["result.tif"] as Asset;
    expect([asset["eo:bands"], asset.datetime]).toEqual([[{ name: "elevation" }], undefined]);
    const { bands } = await readTiff(asset);
    const cube = await cubeOf({ dem: { ...dem, result: true } });
    expect(cube.order).toEqual(["bands", "y", "x"]);
    const data = cube.data as number[][][];
    expect((bands[0] as Float32Array)[12 * 100 + 34]).toBeCloseTo(data[0]?.[12]?.[34] as number, 3);
  });

  it("writes a netCDF of an ndvi cube whose variables, dimensions and labels are the cube's", async () => {
    const ndvi: Node = {
      process_id: "ndvi",
      arguments: { data: { from_node: "load" }, nir: "B08", red: "B04", target_band: "NDVI" },
    };
    const { status, results } = await runJob({ load, ndvi, save: save("ndvi", "netCDF") });
    expect(status).toBe("finished");
    expect(Object.keys(results.assets)).toEqual(["result.nc"]);
    const bytes = new Uint8Array(await download(results.assets["result.nc"] as Asset));
    readNetCdf(bytes, (file) => {
      expect(file.keys().sort()).toEqual([...BANDS, "NDVI", "crs", "t", "x", "y"].sort());
      const variable = file.get("NDVI") as Dataset;
      expect(variable.shape).toEqual([3, 50, 100]);
      expect([0, 1, 2].map((d) => variable.get_attached_scales(d))).toEqual([["/t"], ["/y"], ["/x"]]);
      expect(Array.from((file.get("t") as Dataset).value as Int32Array)).toEqual([18628, 18633, 18638]);
      const values = Array.from(variable.value as Float32Array);
      expect(values.every((v) => v >= -1 && v <= 1)).toBe(true);
      expect(new Set(values).size).toBeGreaterThan(100);
    });
  });

  it("writes one set of assets per save_result node", async () => {
    const graph = {
      load,
      bands: { process_id: "filter_bands", arguments: { data: { from_node: "load" }, bands: ["B04"] } },
      mean: meanOverTime,
      tif: save("load", "GTiff", false),
      nc: save("mean", "netCDF"),
    };
    const { status, results } = await runJob(graph);
    expect(status).toBe("finished");
    const names = Object.keys(results.assets).sort();
    expect(names).toEqual([
      "openEO_2021-01-01Z.tif",
      "openEO_2021-01-06Z.tif",
      "openEO_2021-01-11Z.tif",
      "result.nc",
    ]);
    const nc = new Uint8Array(await download(results.assets["result.nc"] as Asset));
    readNetCdf(nc, (file) => {
      expect(file.keys().sort()).toEqual(["B04", "crs", "x", "y"]);
      expect((file.get("B04") as Dataset).shape).toEqual([50, 100]);
    });
  });

  it("fails a job whose graph fails while it runs, with the engine's openEO error in its log", async () => {
    const reduce: Node = {
      ...meanOverTime,
      arguments: { ...meanOverTime.arguments, data: { from_node: "load" }, dimension: "no-such-dimension" },
    };
    const { status, logs } = await runJob({ load, reduce, save: save("reduce", "GTiff") });
    expect(status).toBe("error");
    expect(logs).toContainEqual(
      expect.objectContaining({ level: "error", code: "DimensionNotAvailable", message: expect.any(String) }),
    );
  });
});
