/** The side of the benchmarks' tile: 5120 m, 512 pixels of 10 m (256 of 20 m on the default grid). */
const SIDE_METRES = 5120;

/**
 * The benchmarks' job: load_collection of SENTINEL2_L2A, 4 bands (B02, B03, B04, B08) over one 5120 m tile of
 * EPSG:32631 in `temporalExtent`, saved in `format`.
 */
export function s2TileGraph(format: string, temporalExtent: [string, string]): Record<string, unknown> {
  const [west, south] = [600_000, 5_600_000];
  return {
    process_graph: {
      load: {
        process_id: "load_collection",
        arguments: {
          id: "SENTINEL2_L2A",
          spatial_extent: { west, south, east: west + SIDE_METRES, north: south + SIDE_METRES, crs: 32631 },
          temporal_extent: temporalExtent,
          bands: ["B02", "B03", "B04", "B08"],
        },
      },
      save: { process_id: "save_result", arguments: { data: { from_node: "load" }, format }, result: true },
    },
  };
}
