import { createHash } from "node:crypto";
import { decode } from "fast-png";
import { fromArrayBuffer } from "geotiff";
import { parquetReadObjects } from "hyparquet";
import { decode as decodeJpeg } from "jpeg-js";
import { describe, expect, it } from "vitest";
import {
  expectWithinAPixel,
  type Harness,
  harness,
  ONE_DATE_TIFF,
  saveResultGraph,
} from "../../test/support.js";

type Asset = { href: string; type: string; "file:size": number; "file:checksum": string };

async function finishedAssets(h: Harness, process = saveResultGraph()): Promise<Record<string, Asset>> {
  const { id, headers } = await h.startJob({ process });
  h.mock.clock.advance(4000);
  return (await h.json(`/jobs/${id}/results`, { headers })).body.assets;
}

const local = (href: string) => href.replace("http://localhost", "");
const checksum = (bytes: Uint8Array) => `1220${createHash("sha256").update(bytes).digest("hex")}`;

describe("signed downloads", () => {
  it("serves a real GeoTIFF georeferenced from load_collection's extent, without auth", async () => {
    const h = harness();
    const asset = (await finishedAssets(h))[ONE_DATE_TIFF] as Asset;
    const response = await h.request(local(asset.href));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/tiff; application=geotiff");
    expect(response.headers.get("accept-ranges")).toBe("bytes");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(response.headers.get("content-length")).toBe(String(bytes.byteLength));
    expect(bytes.byteLength).toBe(asset["file:size"]);
    expect(checksum(bytes)).toBe(asset["file:checksum"]);
    const image = await (await fromArrayBuffer(bytes.buffer)).getImage();
    expectWithinAPixel(image.getBoundingBox(), [5, 50, 5.5, 50.25], [image.getWidth(), image.getHeight()]);
    expect(image.getSamplesPerPixel()).toBe(2);
    expect(image.getGeoKeys()).toMatchObject({ GeographicTypeGeoKey: 4326 });
    const grid = asset as unknown as Record<string, unknown>;
    expect(grid["proj:epsg"]).toBe(4326);
    expect(grid["proj:shape"]).toEqual([image.getHeight(), image.getWidth()]);
    expect(grid["proj:bbox"]).toEqual(image.getBoundingBox());
    expect(grid["eo:bands"]).toEqual([{ name: "B04" }, { name: "B08" }]);
    const [red] = (await image.readRasters()) as unknown as Float32Array[];
    expect(red?.length).toBe(image.getWidth() * image.getHeight());
  });

  it("georeferences from a GeoJSON spatial_extent (its bounding box)", async () => {
    const h = harness();
    const polygon = {
      type: "Polygon",
      coordinates: [
        [
          [10, 45],
          [11, 45.5],
          [10.5, 46],
          [10, 45],
        ],
      ],
    };
    const process = saveResultGraph("GTiff", "SENTINEL2_L2A", polygon);
    const asset = (await finishedAssets(h, process))[ONE_DATE_TIFF] as Asset;
    const image = await (
      await fromArrayBuffer(await (await h.request(local(asset.href))).arrayBuffer())
    ).getImage();
    expectWithinAPixel(image.getBoundingBox(), [10, 45, 11, 46], [image.getWidth(), image.getHeight()]);
  });

  it("tolerates an Authorization header, even a bad one, and answers HEAD with the length", async () => {
    const h = harness();
    const asset = (await finishedAssets(h))[ONE_DATE_TIFF] as Asset;
    const withAuth = await h.request(local(asset.href), {
      headers: { Authorization: "Bearer basic//garbage" },
    });
    expect(withAuth.status).toBe(200);
    const head = await h.request(local(asset.href), { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("content-length")).toBe(String(asset["file:size"]));
    expect(await head.text()).toBe("");
    const downloads = h.mock.journal.entries().filter((e) => e.path.startsWith("/download/"));
    expect(downloads.map((e) => `${e.method} ${e.status} ${e.user ?? "-"}`)).toEqual([
      "GET 200 -",
      "HEAD 200 -",
    ]);
  });

  it("answers Range requests with 206 and Content-Range, and 416 when unsatisfiable", async () => {
    const h = harness();
    const asset = (await finishedAssets(h))[ONE_DATE_TIFF] as Asset;
    const full = new Uint8Array(await (await h.request(local(asset.href))).arrayBuffer());
    const size = full.byteLength;
    const cases: [string, number, number][] = [
      ["bytes=0-9", 0, 9],
      ["bytes=100-", 100, size - 1],
      ["bytes=-50", size - 50, size - 1],
      [`bytes=10-${size + 100}`, 10, size - 1],
    ];
    for (const [range, start, end] of cases) {
      const response = await h.request(local(asset.href), { headers: { Range: range } });
      expect(response.status, range).toBe(206);
      expect(response.headers.get("content-range")).toBe(`bytes ${start}-${end}/${size}`);
      expect(response.headers.get("content-length")).toBe(String(end - start + 1));
      expect(new Uint8Array(await response.arrayBuffer())).toEqual(full.subarray(start, end + 1));
    }
    const outside = await h.json(local(asset.href), { headers: { Range: `bytes=${size}-` } });
    expect([outside.status, outside.body.code]).toEqual([416, "RangeNotSatisfiable"]);
    expect(outside.headers.get("content-range")).toBe(`bytes */${size}`);
  });

  it("answers 410 ResultLinkExpired after the link's lifetime and 403 for a forged signature", async () => {
    const h = harness({ timing: { mode: "virtual" }, results: { linkTtlMs: 60_000 } });
    const asset = (await finishedAssets(h))[ONE_DATE_TIFF] as Asset;
    const forged = local(asset.href).replace(/\/[0-9a-f]{32}\//, `/${"0".repeat(32)}/`);
    const refused = await h.json(forged);
    expect([refused.status, refused.body.code]).toEqual([403, "PermissionsInsufficient"]);
    const otherName = local(asset.href).replace(ONE_DATE_TIFF, "result.png");
    expect((await h.json(otherName)).status).toBe(403);
    h.mock.clock.advance(60_001);
    const expired = await h.json(local(asset.href));
    expect([expired.status, expired.body.code]).toEqual([410, "ResultLinkExpired"]);
  });

  it("serves the results document itself through the signed canonical link", async () => {
    const h = harness();
    const { id, headers } = await h.startJob();
    h.mock.clock.advance(4000);
    const results = (await h.json(`/jobs/${id}/results`, { headers })).body;
    const canonical = results.links.find((l: { rel: string }) => l.rel === "canonical").href;
    const document = await h.json(local(canonical));
    expect(document.status).toBe(200);
    expect(document.body.assets).toEqual(results.assets);
  });

  it("writes JSON, GeoJSON, CSV, PNG, JPEG and GeoParquet outputs that parse as their formats", async () => {
    const h = harness();
    const process = {
      process_graph: {
        lc: {
          process_id: "load_collection",
          arguments: {
            id: "SENTINEL2_L2A",
            spatial_extent: { west: 1, south: 2, east: 3, north: 4 },
            temporal_extent: ["2022-05-01", "2022-05-06"],
            bands: ["B02", "B03", "B04"],
          },
        },
        a: { process_id: "save_result", arguments: { data: { from_node: "lc" }, format: "JSON" } },
        b: { process_id: "save_result", arguments: { data: { from_node: "lc" }, format: "GeoJSON" } },
        c: { process_id: "save_result", arguments: { data: { from_node: "lc" }, format: "CSV" } },
        d: { process_id: "save_result", arguments: { data: { from_node: "lc" }, format: "PNG" } },
        e: { process_id: "save_result", arguments: { data: { from_node: "lc" }, format: "jpg" } },
        f: {
          process_id: "save_result",
          arguments: { data: { from_node: "lc" }, format: "parquet" },
          result: true,
        },
      },
    };
    const assets = await finishedAssets(h, process);
    expect(Object.keys(assets)).toEqual([
      "result.json",
      "result.geojson",
      "result.csv",
      "result.png",
      "result.jpg",
      "result.parquet",
    ]);
    const get = async (name: string) => {
      const response = await h.request(local((assets[name] as Asset).href));
      expect(response.headers.get("content-type")).toBe((assets[name] as Asset).type);
      return new Uint8Array(await response.arrayBuffer());
    };
    const json = JSON.parse(new TextDecoder().decode(await get("result.json")));
    expect(json).toMatchObject({
      type: "datacube",
      order: ["t", "bands", "y", "x"],
      dimensions: { t: { values: ["2022-05-01T00:00:00Z"] }, bands: { values: ["B02", "B03", "B04"] } },
    });
    const geojson = JSON.parse(new TextDecoder().decode(await get("result.geojson")));
    expect(geojson.type).toBe("FeatureCollection");
    expect(geojson.features[0].geometry.coordinates[0][2]).toEqual([3, 4]);
    const csv = new TextDecoder()
      .decode(await get("result.csv"))
      .trim()
      .split("\n");
    const png = decode(await get("result.png"));
    // a raster cube as CSV: one row per cell, as pandas writes xarray's to_dataframe()
    expect(csv[0]).toBe("t,y,x,B02,B03,B04");
    expect(csv.length - 1).toBe(png.width * png.height);
    expect(new Set(csv.slice(1).map((row) => row.split(",")[0]))).toEqual(
      new Set(["2022-05-01T00:00:00.000Z"]),
    );
    expect([png.channels, png.depth]).toEqual([3, 8]);
    expect(png.width).toBeGreaterThan(0);
    const jpeg = decodeJpeg(await get("result.jpg"), { useTArray: true });
    expect([jpeg.width, jpeg.height]).toEqual([png.width, png.height]);
    const parquet = (await get("result.parquet")).buffer as ArrayBuffer;
    const [row, ...more] = await parquetReadObjects({ file: parquet });
    expect(more).toEqual([]);
    expect(row).toMatchObject({
      date: "2022-05-01T00:00:00Z",
      feature_index: 0,
      geometry: geojson.features[0].geometry,
    });
    const item = (await h.json(`/jobs/${h.mock.store.list()[0]?.id}/results`, { headers: await h.auth() }))
      .body;
    expect(item.assets["result.png"].roles).toEqual(["thumbnail", "overview"]);
    expect(item.properties.datetime).toBe("2022-05-01T00:00:00.000Z");
  });

  it("streams a synthetic large asset with exact ranges and checksum", async () => {
    const size = 300_001;
    const h = harness({ timing: { mode: "virtual" }, results: { largeAssetBytes: size } });
    const assets = await finishedAssets(h);
    const large = assets["large.bin"] as Asset;
    expect(large).toMatchObject({ type: "application/octet-stream", "file:size": size });
    const response = await h.request(local(large.href));
    expect(response.headers.get("content-length")).toBe(String(size));
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(bytes.byteLength).toBe(size);
    expect(checksum(bytes)).toBe(large["file:checksum"]);
    const start = 65_530;
    const ranged = await h.request(local(large.href), { headers: { Range: `bytes=${start}-${start + 99}` } });
    expect(new Uint8Array(await ranged.arrayBuffer())).toEqual(bytes.subarray(start, start + 100));
  });

  it("answers 404 for a file of a job that was restarted or deleted", async () => {
    const h = harness();
    const { id, headers } = await h.startJob();
    h.mock.clock.advance(4000);
    const href = local((await h.json(`/jobs/${id}/results`, { headers })).body.assets[ONE_DATE_TIFF].href);
    await h.request(`/jobs/${id}/results`, { method: "POST", headers });
    expect((await h.json(href)).body.code).toBe("NotFound");
    await h.request(`/jobs/${id}`, { method: "DELETE", headers });
    expect((await h.json(href)).status).toBe(404);
  });
});
