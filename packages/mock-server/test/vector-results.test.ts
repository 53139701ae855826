import { parse } from "csv-parse/sync";
import { parquetReadObjects } from "hyparquet";
import { describe, expect, it } from "vitest";
import type { BBox } from "../src/processes/bbox.js";
import { bboxPolygon } from "../src/processes/bbox-polygon.js";
import { harness } from "./support.js";

const FIELDS = {
  type: "FeatureCollection",
  features: (
    [
      [5.1, 50.05, 5.2, 50.1],
      [5.3, 50.1, 5.35, 50.2],
    ] as BBox[]
  ).map((bbox) => ({ type: "Feature", properties: {}, geometry: bboxPolygon(bbox) })),
};

const save = (format: string, result = false) => ({
  process_id: "save_result",
  arguments: { data: { from_node: "aggregate" }, format, options: {} },
  ...(result ? { result: true } : {}),
});

/** The graph of an NDVI-style time series as the Python client builds it: aggregate_spatial saved three ways. */
const TIME_SERIES = {
  process_graph: {
    load: {
      process_id: "load_collection",
      arguments: {
        id: "SENTINEL2_L2A",
        spatial_extent: { west: 5, south: 50, east: 5.5, north: 50.25 },
        temporal_extent: ["2021-01-01", "2021-02-01"],
        bands: ["B04", "B08"],
      },
    },
    aggregate: {
      process_id: "aggregate_spatial",
      arguments: {
        data: { from_node: "load" },
        geometries: FIELDS,
        reducer: {
          process_graph: {
            m: { process_id: "mean", arguments: { data: { from_parameter: "data" } }, result: true },
          },
        },
      },
    },
    csv: save("CSV"),
    json: save("JSON"),
    geojson: save("GeoJSON"),
    parquet: save("Parquet", true),
  },
};

describe("a batch job saving aggregate_spatial's time series", () => {
  it("writes CSV and GeoParquet with one row per date and geometry, GeoJSON with one feature per geometry, JSON by date", async () => {
    const h = harness();
    const { id, headers } = await h.startJob({ process: TIME_SERIES });
    h.mock.clock.advance(4000);
    const { body } = await h.json(`/jobs/${id}/results`, { headers });
    expect(Object.keys(body.assets)).toEqual([
      "result.csv",
      "result.json",
      "result.geojson",
      "result.parquet",
    ]);
    const get = async (name: string) =>
      new Uint8Array(
        await (await h.request(body.assets[name].href.replace("http://localhost", ""))).arrayBuffer(),
      );
    const [header, ...rows] = parse(new TextDecoder().decode(await get("result.csv"))) as string[][];
    expect(header).toEqual(["date", "feature_index", "B04", "B08"]);
    const dates = [...new Set(rows.map((row) => row[0]))];
    expect(dates.length).toBeGreaterThan(1);
    const pairs = (list: (readonly [unknown, unknown])[]) => list.map((pair) => pair.join(" ")).sort();
    const every = dates.flatMap((date) => FIELDS.features.map((_, g) => [date, String(g)] as const));
    expect(pairs(rows.map((row) => [row[0], row[1]] as const))).toEqual(pairs(every));
    const parquet = await get("result.parquet");
    const records = await parquetReadObjects({ file: parquet.buffer as ArrayBuffer });
    const iso = (date: unknown) => new Date(date as string).toISOString();
    expect(pairs(records.map((record) => [iso(record.date), String(record.feature_index)] as const))).toEqual(
      pairs(every),
    );
    expect(records.map((record) => record.geometry)).toEqual(
      records.map((record) => FIELDS.features[record.feature_index as number]?.geometry),
    );
    // JSON as the Python client's timeseries_json_to_pandas reads it: {date: [[B04, B08] per geometry]}, CSV's values
    const series = JSON.parse(new TextDecoder().decode(await get("result.json")));
    expect(Object.keys(series).map(iso).sort()).toEqual([...dates].sort());
    for (const row of rows) {
      const values =
        series[Object.keys(series).find((date) => iso(date) === row[0]) as string][Number(row[1])];
      expect(values.map((v: number | null) => (v === null ? "" : String(v)))).toEqual(row.slice(2));
    }
    const collection = JSON.parse(new TextDecoder().decode(await get("result.geojson")));
    expect(collection.features).toHaveLength(FIELDS.features.length);
    for (const feature of collection.features) {
      const keyed = Object.keys(feature.properties).map((key) => key.split("~"));
      expect(pairs(keyed.map(([date, band]) => [iso(date), band] as const))).toEqual(
        pairs(dates.flatMap((date) => ["B04", "B08"].map((band) => [date, band] as const))),
      );
    }
  });
});
