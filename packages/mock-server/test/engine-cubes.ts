import type { CollectionCatalog, DataCube } from "@jobkit/processes";
import { runProcessGraph } from "@jobkit/processes";

const S2 = {
  id: "S2",
  bands: ["B04", "B08", "B11"],
  bbox: [-180, -90, 180, 90] as const,
  interval: ["2017-01-01T00:00:00Z", null] as const,
};
const catalog: CollectionCatalog = { get: (id) => (id === S2.id ? S2 : undefined) };

/** Three fields near Mol (Belgium), WGS84, as a FeatureCollection: a polygon, a point, and a polygon outside the loaded extent (no data). */
export const FIELDS = {
  type: "FeatureCollection",
  features: [
    {
      type: "Feature",
      properties: {},
      geometry: {
        type: "Polygon",
        coordinates: [
          [
            [5.001, 51.201],
            [5.004, 51.201],
            [5.004, 51.203],
            [5.001, 51.203],
            [5.001, 51.201],
          ],
        ],
      },
    },
    { type: "Feature", properties: {}, geometry: { type: "Point", coordinates: [5.0065, 51.2045] } },
    {
      type: "Feature",
      properties: {},
      geometry: {
        type: "Polygon",
        coordinates: [
          [
            [6, 52],
            [6.001, 52],
            [6.001, 52.001],
            [6, 52],
          ],
        ],
      },
    },
  ],
};

const loadCollection = (bands: string[], temporal: string[] | null) => ({
  process_id: "load_collection",
  arguments: {
    id: "S2",
    spatial_extent: { west: 5, south: 51.2, east: 5.008, north: 51.206 },
    temporal_extent: temporal,
    bands,
  },
});

/** Runs a graph through the engine, as a job does, and returns its result cube. */
function run(processGraph: Record<string, unknown>): DataCube {
  return runProcessGraph({ process_graph: processGraph }, { context: { collections: catalog } }) as DataCube;
}

/**
 * The time series of `aggregate_spatial(geometries, mean)` over a Sentinel-2-like collection: a vector cube
 * `(geometry, t, bands)`, or `(geometry, bands)` after `reduce_dimension(t, mean)` when `reduceTime`.
 */
export function timeSeriesCube(bands = ["B04", "B08"], reduceTime = false): DataCube {
  const graph: Record<string, unknown> = {
    load: loadCollection(bands, ["2021-01-01", "2021-01-16"]),
    ...(reduceTime
      ? {
          time: {
            process_id: "reduce_dimension",
            arguments: {
              data: { from_node: "load" },
              dimension: "t",
              reducer: {
                process_graph: {
                  m: { process_id: "mean", arguments: { data: { from_parameter: "data" } }, result: true },
                },
              },
            },
          },
        }
      : {}),
    aggregate: {
      process_id: "aggregate_spatial",
      arguments: {
        data: { from_node: reduceTime ? "time" : "load" },
        geometries: FIELDS,
        reducer: {
          process_graph: {
            m: { process_id: "mean", arguments: { data: { from_parameter: "data" } }, result: true },
          },
        },
      },
      result: true,
    },
  };
  return run(graph);
}

/** A raster cube `(t, bands, y, x)` straight from `load_collection`. */
export function rasterCube(bands = ["B04", "B08", "B11"]): DataCube {
  return run({ load: { ...loadCollection(bands, ["2021-01-01", "2021-01-11"]), result: true } });
}
