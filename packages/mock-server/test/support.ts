import { expect } from "vitest";
import { createMockServer, type MockServer, type MockServerOptions } from "../src/index.js";

/**
 * A graph as the official Python client sends it for load_collection(...).save_result(format), over one date of
 * SENTINEL2_L2A (2021-01-01): one file per save_result, also for GTiff.
 */
export function saveResultGraph(
  format = "GTiff",
  collection = "SENTINEL2_L2A",
  extent: Record<string, unknown> = { west: 5, south: 50, east: 5.5, north: 50.25 },
): Record<string, unknown> {
  return {
    process_graph: {
      loadcollection1: {
        process_id: "load_collection",
        arguments: {
          id: collection,
          spatial_extent: extent,
          temporal_extent: ["2021-01-01", "2021-01-06"],
          bands: collection === "SENTINEL2_L2A" ? ["B04", "B08"] : null,
        },
      },
      saveresult1: {
        process_id: "save_result",
        arguments: { data: { from_node: "loadcollection1" }, format, options: {} },
        result: true,
      },
    },
  };
}

/**
 * The GeoTIFF a job of {@link saveResultGraph} writes: its cube keeps the time dimension with one date, and a
 * GTiff of a cube with time is written one file a date, named after it, as openEO's GeoTrellis back-end does.
 */
export const ONE_DATE_TIFF = "openEO_2021-01-01Z.tif";

const UDF_CODE = "def apply_datacube(cube, context):\n    return cube\n";

/** The graph the Python client builds for `cube.apply_dimension(process=openeo.UDF(code), dimension="t")`. */
export function udfGraph(): Record<string, unknown> {
  const { process_graph: base } = saveResultGraph() as {
    process_graph: Record<string, Record<string, unknown>>;
  };
  const udf = {
    process_id: "run_udf",
    arguments: { data: { from_parameter: "data" }, udf: UDF_CODE, runtime: "Python" },
    result: true,
  };
  return {
    process_graph: {
      loadcollection1: base.loadcollection1,
      applydimension1: {
        process_id: "apply_dimension",
        arguments: {
          data: { from_node: "loadcollection1" },
          dimension: "t",
          process: { process_graph: { runudf1: udf } },
        },
      },
      saveresult1: {
        process_id: "save_result",
        arguments: { data: { from_node: "applydimension1" }, format: "GTiff", options: {} },
        result: true,
      },
    },
  };
}

/**
 * Asserts that a raster's edges (west, south, east, north) lie within one pixel of the extent asked for: the
 * engine grids an extent on its own pixels, so the file covers the extent up to a pixel.
 */
export function expectWithinAPixel(
  edges: readonly number[],
  extent: readonly number[],
  [width, height]: readonly [number, number],
): void {
  const pixel = [(edges[2] as number) - (edges[0] as number), (edges[3] as number) - (edges[1] as number)];
  const size = [(pixel[0] as number) / width, (pixel[1] as number) / height];
  edges.forEach((edge, i) => {
    expect(Math.abs(edge - (extent[i] as number))).toBeLessThanOrEqual((size[i % 2] as number) + 1e-9);
  });
}

/** A mock plus small helpers to talk to it in process as one signed-in user. */
export interface Harness {
  mock: MockServer;
  request(path: string, init?: RequestInit): Promise<Response>;
  /** Authorization headers of `user` (logs in on first use). */
  auth(user?: string): Promise<Record<string, string>>;
  /** Creates a job as `user` and returns its id. */
  createJob(body?: Record<string, unknown>, user?: string): Promise<string>;
  /** Creates and starts a job as `user`: its id, the user's auth headers and the status of the start request. */
  startJob(
    body?: Record<string, unknown>,
    user?: string,
  ): Promise<{ id: string; headers: Record<string, string>; status: number }>;
  // biome-ignore lint/suspicious/noExplicitAny: parsed JSON of many shapes, inspected by the tests
  json(path: string, init?: RequestInit): Promise<{ status: number; body: any; headers: Headers }>;
}

const PASSWORDS: Record<string, string> = { alice: "alice123", bob: "bob123", broke: "broke123" };

export function harness(options: MockServerOptions = { timing: { mode: "virtual" } }): Harness {
  const mock = createMockServer(options);
  const tokens = new Map<string, string>();
  const request = async (path: string, init?: RequestInit) => mock.app.request(path, init);
  const auth = async (user = "alice") => {
    let token = tokens.get(user);
    if (!token) {
      const password = PASSWORDS[user] ?? options.users?.find((u) => u.name === user)?.password ?? "";
      const response = await request("/credentials/basic", {
        headers: { Authorization: `Basic ${btoa(`${user}:${password}`)}` },
      });
      token = ((await response.json()) as { access_token: string }).access_token;
      tokens.set(user, token);
    }
    return { Authorization: `Bearer basic//${token}` };
  };
  const json = async (path: string, init?: RequestInit) => {
    const response = await request(path, init);
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers };
  };
  const createJob = async (
    body: Record<string, unknown> = { process: saveResultGraph() },
    user = "alice",
  ) => {
    const response = await request("/jobs", {
      method: "POST",
      headers: { ...(await auth(user)), "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
    if (response.status !== 201)
      throw new Error(`createJob failed: ${response.status} ${await response.text()}`);
    return response.headers.get("OpenEO-Identifier") as string;
  };
  const startJob = async (body?: Record<string, unknown>, user = "alice") => {
    const id = await createJob(body, user);
    const headers = await auth(user);
    const response = await request(`/jobs/${id}/results`, { method: "POST", headers });
    return { id, headers, status: response.status };
  };
  return { mock, request, auth, createJob, startJob, json };
}
