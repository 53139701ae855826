/** Process graphs the mock back-end runs, shared by tests and benchmarks. */
export const EXTENT = { west: 11.2, south: 46.4, east: 11.3, north: 46.5 };

/**
 * `load_collection(collection)` saved once per format (`save_result` nodes `save0`, `save1`, …; the
 * last one is the result node). The mock writes one asset per `save_result`.
 */
export function graphOf(collection: string, formats: string[]) {
  const graph: Record<string, { process_id: string; arguments: Record<string, unknown>; result?: boolean }> =
    {
      load: {
        process_id: "load_collection",
        arguments: {
          id: collection,
          spatial_extent: EXTENT,
          // one observation date of SENTINEL2_L2A: one file per save_result (a GTiff is named after its date)
          temporal_extent: ["2024-06-04", "2024-06-09"],
          ...(collection === "SENTINEL2_L2A" && { bands: ["B04", "B08"] }),
        },
      },
    };
  formats.forEach((format, index) => {
    graph[`save${index}`] = {
      process_id: "save_result",
      arguments: { data: { from_node: "load" }, format },
      ...(index === formats.length - 1 && { result: true }),
    };
  });
  return graph;
}

/**
 * The name the mock gives the GeoTIFF of {@link graphOf}'s cube: it keeps its time dimension, with one date, and
 * a GTiff with time is written one file a date, named as openEO's GeoTrellis back-end names them.
 */
export const TIFF_NAME = "openEO_2024-06-04Z.tif";

/** One GeoTIFF. */
export const TIFF_GRAPH = graphOf("SENTINEL2_L2A", ["GTiff"]);
/** A GeoTIFF, a JSON file and a PNG quicklook. */
export const MULTI_GRAPH = graphOf("SENTINEL2_L2A", ["GTiff", "JSON", "PNG"]);
/** Ends in `error`: the collection does not exist. */
export const FAILING_GRAPH = graphOf("NOT_A_COLLECTION", ["GTiff"]);
