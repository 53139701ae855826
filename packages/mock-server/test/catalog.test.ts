import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { API_VERSIONS, createSchemaValidator } from "@jobkit/spec";
import { fromArrayBuffer } from "geotiff";
import { describe, expect, it } from "vitest";
import { createMockServer, MockCatalogError, type MockServerOptions } from "../src/index.js";
import { expectWithinAPixel, harness, saveResultGraph } from "./support.js";

/** Real answers of openeo-driver's dummy back-end (see fixtures/README.md): the listing, and every collection's details. */
const SAVED = fileURLToPath(new URL("./fixtures/openeo-driver-collections.json", import.meta.url));
const DETAILS = fileURLToPath(new URL("./fixtures/openeo-driver-collection-details.json", import.meta.url));

/** A Collection as the official openEO document's example has it: bands in `cube:dimensions` and `eo:bands`. */
function collection(id: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    stac_version: "1.0.0",
    type: "Collection",
    id,
    title: `${id} (test)`,
    description: "A collection written for the catalogue tests.",
    license: "proprietary",
    extent: {
      spatial: { bbox: [[2, 49, 7, 52]] },
      temporal: { interval: [["2020-01-01T00:00:00Z", "2020-12-31T23:59:59Z"]] },
    },
    "cube:dimensions": {
      x: { type: "spatial", axis: "x", extent: [2, 7] },
      y: { type: "spatial", axis: "y", extent: [49, 52] },
      t: { type: "temporal", extent: ["2020-01-01T00:00:00Z", "2020-12-31T23:59:59Z"] },
      bands: { type: "bands", values: ["VV", "VH", "angle"] },
    },
    summaries: { "eo:bands": [{ name: "VV" }, { name: "VH" }, { name: "angle", common_name: "other" }] },
    links: [],
    ...overrides,
  };
}

function catalogueError(catalog: MockServerOptions["catalog"]): MockCatalogError {
  try {
    createMockServer({ catalog });
  } catch (error) {
    if (error instanceof MockCatalogError) return error;
    throw error;
  }
  throw new Error("the catalogue was accepted");
}

async function finishedResults(options: MockServerOptions, process: Record<string, unknown>) {
  const h = harness({ timing: { mode: "virtual" }, ...options });
  const { id, headers } = await h.startJob({ process });
  h.mock.clock.advance(10_000);
  const job = (await h.json(`/jobs/${id}`, { headers })).body;
  const results = await h.json(`/jobs/${id}/results`, { headers });
  const logs = (await h.json(`/jobs/${id}/logs?level=error`, { headers })).body.logs;
  return { h, job, results, logs };
}

describe("a saved GET /collections answer as the catalogue", () => {
  const saved = createMockServer({ catalog: [SAVED] });

  it("serves exactly its collections, each valid under the contract of both versions", async () => {
    const listed = await (await saved.app.request("/collections")).json();
    const ids = listed.collections.map((item: { id: string }) => item.id);
    expect(ids.length).toBeGreaterThan(1);
    expect(ids).not.toContain("SENTINEL2_L2A");
    for (const version of API_VERSIONS) {
      const validator = createSchemaValidator(version);
      const prefix = version === "1.2.0" ? "/openeo/1.2.0" : "";
      for (const id of ids) {
        const response = await saved.app.request(`${prefix}/collections/${id}`);
        const body = await response.json();
        const path = `/collections/${id}`;
        expect(validator.validateResponse({ method: "GET", path, status: response.status, body })).toEqual(
          [],
        );
        expect(body.id).toBe(id);
      }
    }
  });

  it("runs a job on a collection of the saved details with all of its bands", async () => {
    const process = saveResultGraph("GTiff", "SENTINEL2_L2A_SENTINELHUB", {
      west: 4,
      south: 50,
      east: 4.5,
      north: 50.5,
    });
    const graph = process.process_graph as Record<string, { arguments: Record<string, unknown> }>;
    Object.assign(graph.loadcollection1?.arguments ?? {}, { bands: null });
    const { h, job, results } = await finishedResults({ catalog: [DETAILS] }, process);
    expect(job.status).toBe("finished");
    // its one date in 2021-01-01..06: the collection observes every 5 days from its start (2019-01-01)
    expect(Object.keys(results.body.assets)).toEqual(["openEO_2021-01-05Z.tif"]);
    const href = results.body.assets["openEO_2021-01-05Z.tif"].href.replace("http://localhost", "");
    const tiff = await (await fromArrayBuffer(await (await h.request(href)).arrayBuffer())).getImage();
    expect(tiff.getSamplesPerPixel()).toBe(8);
  });

  it("runs a job on a collection whose extent is [0, 0, 0, 0] (unknown) without clipping", async () => {
    const process = saveResultGraph("GTiff", "PROBAV_L3_S10_TOC_NDVI_333M_V2");
    const graph = process.process_graph as Record<string, { arguments: Record<string, unknown> }>;
    Object.assign(graph.loadcollection1?.arguments ?? {}, { bands: ["ndvi"] });
    const { job, results } = await finishedResults({ catalog: [DETAILS] }, process);
    expect(job.status).toBe("finished");
    expect(results.body.bbox).toEqual([5, 50, 5.5, 50.25]);
  });

  it("refuses unknown ids as before", async () => {
    const response = await saved.app.request("/collections/SENTINEL2_L2A");
    expect(response.status).toBe(404);
    expect((await response.json()).code).toBe("CollectionNotFound");
  });
});

describe("jobs on catalogue collections", () => {
  const catalog = [[collection("S1_TEST"), collection("NO_BANDS", { "cube:dimensions": {}, summaries: {} })]];

  it("write a GeoTIFF per date with the collection's bands, clipped to its extent and time range", async () => {
    const process = saveResultGraph("GTiff", "S1_TEST", { west: 6, south: 51, east: 8, north: 53 });
    const graph = process.process_graph as Record<string, { arguments: Record<string, unknown> }>;
    Object.assign(graph.loadcollection1?.arguments ?? {}, {
      bands: null,
      temporal_extent: ["2020-06-01", "2021-06-01"],
    });
    const { h, job, results } = await finishedResults({ catalog }, process);
    expect(job.status).toBe("finished");
    expect(results.body.bbox).toEqual([6, 51, 7, 52]);
    // the saved cube's first and last dates: every 5 days from the collection's start (2020-01-01) to its end
    expect(results.body.properties.start_datetime).toBe("2020-06-04T00:00:00.000Z");
    expect(results.body.properties.end_datetime).toBe("2020-12-31T00:00:00.000Z");
    const names = Object.keys(results.body.assets);
    expect([names.length, names[0], names.at(-1)]).toEqual([
      43,
      "openEO_2020-06-04Z.tif",
      "openEO_2020-12-31Z.tif",
    ]);
    const href = results.body.assets["openEO_2020-06-04Z.tif"].href.replace("http://localhost", "");
    const tiff = await (await fromArrayBuffer(await (await h.request(href)).arrayBuffer())).getImage();
    expect(tiff.getSamplesPerPixel()).toBe(3);
    expectWithinAPixel(tiff.getBoundingBox(), [6, 51, 7, 52], [tiff.getWidth(), tiff.getHeight()]);
  });

  it("pick bands by name or common name, in the order asked", async () => {
    const process = saveResultGraph("JSON", "S1_TEST");
    const graph = process.process_graph as Record<string, { arguments: Record<string, unknown> }>;
    Object.assign(graph.loadcollection1?.arguments ?? {}, { bands: ["other", "VV"], temporal_extent: null });
    const { h, results } = await finishedResults({ catalog }, process);
    const href = results.body.assets["result.json"].href.replace("http://localhost", "");
    expect((await (await h.request(href)).json()).dimensions.bands.values).toEqual(["angle", "VV"]);
  });

  it("end in error when the extent, the time range or a band lies outside the collection", async () => {
    const cases: [Record<string, unknown>, string][] = [
      [
        { spatial_extent: { west: 10, south: 40, east: 11, north: 41 } },
        "The spatial extent [10, 40, 11, 41] lies outside collection 'S1_TEST' ([2, 49, 7, 52]); there is no data to load.",
      ],
      [
        { temporal_extent: ["2019-01-01", "2020-01-01"] },
        "The temporal extent [2019-01-01T00:00:00.000Z, 2020-01-01T00:00:00.000Z] lies outside collection 'S1_TEST' ([2020-01-01T00:00:00Z, 2020-12-31T23:59:59Z]); there is no data to load.",
      ],
      [{ bands: ["B04"] }, "Band 'B04' is not in collection 'S1_TEST'."],
      [
        { temporal_extent: ["2020-06-01", "2020-06-01"] },
        "The temporal extent [2020-06-01T00:00:00.000Z, 2020-06-01T00:00:00.000Z] is empty: openEO's intervals include their start and exclude their end, so the end must be later than the start.",
      ],
    ];
    for (const [argumentsChange, message] of cases) {
      const process = saveResultGraph("GTiff", "S1_TEST");
      const graph = process.process_graph as Record<string, { arguments: Record<string, unknown> }>;
      Object.assign(graph.loadcollection1?.arguments ?? {}, { bands: null, ...argumentsChange });
      const { job, results, logs } = await finishedResults({ catalog }, process);
      expect(job.status).toBe("error");
      expect(results.status).toBe(424);
      expect(
        logs.map((entry: { code: string; message: string }) => [entry.code, entry.message]),
      ).toContainEqual(["ProcessParameterInvalid", message]);
    }
  });

  it("give a collection without bands one band", async () => {
    const process = saveResultGraph("JSON", "NO_BANDS");
    const graph = process.process_graph as Record<string, { arguments: Record<string, unknown> }>;
    Object.assign(graph.loadcollection1?.arguments ?? {}, { temporal_extent: null });
    const { h, job, results } = await finishedResults({ catalog }, process);
    expect(job.status).toBe("finished");
    const href = results.body.assets["result.json"].href.replace("http://localhost", "");
    expect((await (await h.request(href)).json()).dimensions.bands.values).toEqual(["band_1"]);
  });

  it("keep the hundreds of bands of a hyperspectral collection through load_collection and filter_bands", async () => {
    const names = Array.from({ length: 237 }, (_, i) => `b${i + 1}`);
    const bands = { type: "bands", values: names };
    const hyperspectral = collection("HYPER", {
      "cube:dimensions": { ...(collection("HYPER")["cube:dimensions"] as object), bands },
      summaries: { "eo:bands": names.map((name) => ({ name })) },
    });
    const process = saveResultGraph("JSON", "HYPER", { west: 5, south: 50, east: 5.01, north: 50.01 });
    const graph = process.process_graph as Record<string, Record<string, unknown>>;
    Object.assign(graph.loadcollection1?.arguments as object, {
      bands: names,
      temporal_extent: ["2020-06-01", "2020-06-06"],
    });
    graph.filterbands1 = {
      process_id: "filter_bands",
      arguments: { data: { from_node: "loadcollection1" }, bands: names.slice(1) },
    };
    Object.assign(graph.saveresult1?.arguments as object, { data: { from_node: "filterbands1" } });
    const { h, job, results, logs } = await finishedResults({ catalog: [hyperspectral] }, process);
    expect([job.status, logs]).toEqual(["finished", []]);
    const href = results.body.assets["result.json"].href.replace("http://localhost", "");
    expect((await (await h.request(href)).json()).dimensions.bands.values).toEqual(names.slice(1));
  });
});

describe("catalogue sources", () => {
  it("concatenates several sources: files, a page, an array of pages and a single Collection", () => {
    const folder = mkdtempSync(join(tmpdir(), "jobkit-catalog-"));
    const file = join(folder, "page-2.json");
    writeFileSync(file, JSON.stringify({ collections: [collection("B")], links: [] }));
    const pages = [{ collections: [collection("C")], links: [] }, { collections: [collection("D")] }];
    const mock = createMockServer({
      catalog: [{ collections: [collection("A")], links: [] }, file, pages, collection("E")],
    });
    expect(mock.options.collections.map((item) => item.id)).toEqual(["A", "B", "C", "D", "E"]);
  });

  it("refuses bad sources at creation, naming the JSON path of each problem", () => {
    const folder = mkdtempSync(join(tmpdir(), "jobkit-catalog-"));
    const broken = join(folder, "broken.json");
    writeFileSync(broken, "{ not json");
    const bbox = (value: unknown) =>
      collection("X", { extent: { spatial: { bbox: value }, temporal: { interval: [[null, null]] } } });
    const cases: [MockServerOptions["catalog"], string[]][] = [
      [
        [{ collections: [collection("A"), collection("B"), collection("C"), bbox([[1, 2, 3]])] }],
        ["catalog[0]: collections[3].extent.spatial.bbox[0]: expected 4 or 6 numbers"],
      ],
      [[join(folder, "missing.json")], [expect.stringMatching(/missing\.json: cannot be read \(ENOENT/)]],
      [[broken], [expect.stringMatching(/broken\.json: is not JSON \(/)]],
      [
        [
          [
            collection("A", { license: 7 }),
            collection("B", { summaries: { "eo:bands": [{ common_name: "red" }] } }),
          ],
        ],
        [
          "catalog[0]: [0].license: must be string",
          "catalog[0]: [1].summaries.eo:bands[0].name: expected band objects, each with a string name",
        ],
      ],
      [
        [[collection("A")], [collection("A")]],
        ['catalog[1]: [0].id: "A" is already the id of catalog[0]: [0]'],
      ],
      [
        [
          collection("T", {
            extent: { spatial: { bbox: [[0, 0, 1, 1]] }, temporal: { interval: [["2021", "2020"]] } },
          }),
        ],
        ["catalog[0]: extent.temporal.interval[0]: the start is after the end"],
      ],
      [[{ collections: "none" }], ["catalog[0]: collections: expected a STAC Collection object"]],
      [[[]], ["the sources hold no collection"]],
    ];
    for (const [catalog, problems] of cases) {
      const error = catalogueError(catalog);
      expect(error.problems).toEqual(problems);
      expect(error.code).toBe("CatalogInvalid");
      expect(error.message).toContain("nothing was loaded");
    }
  });

  it("keeps the error behind an unreadable file as the cause", () => {
    const error = catalogueError([join(tmpdir(), "jobkit-no-such-catalog.json")]);
    expect((error.cause as NodeJS.ErrnoException).code).toBe("ENOENT");
  });

  it("refuses an empty catalog option", () => {
    expect(() => createMockServer({ catalog: [] })).toThrow(
      /catalog must be a file path or a non-empty array/,
    );
  });
});

describe("collection ids with a slash", () => {
  const h = harness({ catalog: [collection("AAFC/ACI"), collection("S1")] });

  it("are served at the path the official clients send, and at the encoded one", async () => {
    for (const path of ["/collections/AAFC/ACI", "/collections/AAFC%2FACI"]) {
      const { status, body } = await h.json(path);
      expect(status, path).toBe(200);
      expect(body.id, path).toBe("AAFC/ACI");
    }
  });

  it("leave the other collections and unknown nested ids as they were", async () => {
    expect((await h.json("/collections/S1")).body.id).toBe("S1");
    const unknown = await h.json("/collections/AAFC/NOPE");
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe("CollectionNotFound");
    expect(unknown.body.message).toContain("'AAFC/NOPE'");
  });
});
