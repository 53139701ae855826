import { describe, expect, it } from "vitest";
import { expectWithinAPixel, harness, ONE_DATE_TIFF, saveResultGraph } from "./support.js";

const EXPECTED = [
  { format: "GTiff", name: ONE_DATE_TIFF, type: "image/tiff; application=geotiff", raster: true },
  { format: "netCDF", name: "result.nc", type: "application/x-netcdf", raster: true },
  { format: "PNG", name: "result.png", type: "image/png", raster: true },
  { format: "JSON", name: "result.json", type: "application/json", raster: false },
  { format: "CSV", name: "result.csv", type: "text/csv", raster: false },
  { format: "GeoJSON", name: "result.geojson", type: "application/geo+json", raster: false },
];

async function finishedResults(format: string, process = saveResultGraph(format)) {
  const h = harness();
  const { id, headers, status } = await h.startJob({ process });
  expect(status).toBe(202);
  h.mock.clock.advance(10_000);
  return (await h.json(`/jobs/${id}/results`, { headers })).body;
}

describe("results metadata of a finished batch job", () => {
  it.each(EXPECTED)(
    "gives the $format asset its media type and, for rasters, bands and projection",
    async (want) => {
      const asset = (await finishedResults(want.format)).assets[want.name];
      expect(asset.type).toBe(want.type);
      if (want.raster) {
        expect(asset["eo:bands"]).toEqual([{ name: "B04" }, { name: "B08" }]);
        expect(asset["proj:epsg"]).toBe(4326);
        const [height, width] = asset["proj:shape"];
        expect(Number.isInteger(height) && Number.isInteger(width) && height > 0 && width > 0).toBe(true);
        expect(width / height).toBeCloseTo(2, 0);
        expectWithinAPixel(asset["proj:bbox"], [5, 50, 5.5, 50.25], [width, height]);
      } else {
        expect(Object.keys(asset).filter((key) => /^(proj|eo):/.test(key))).toEqual([]);
      }
    },
  );

  it("gives the Item the time range of the saved cube's dates, with datetime null", async () => {
    const process = saveResultGraph("netCDF") as { process_graph: Record<string, { arguments: object }> };
    const load = process.process_graph.loadcollection1 as { arguments: object };
    load.arguments = { ...load.arguments, temporal_extent: ["2021-01-01", "2021-02-01"] };
    const { properties } = await finishedResults("netCDF", process);
    expect(properties.datetime).toBeNull();
    // dates every 5 days from 2021-01-01: the last one before 2021-02-01 is 2021-01-31
    expect([properties.start_datetime, properties.end_datetime]).toEqual([
      "2021-01-01T00:00:00.000Z",
      "2021-01-31T00:00:00.000Z",
    ]);
  });

  it("gives the Item the one date of a cube of one date as its datetime", async () => {
    const { properties } = await finishedResults("GTiff");
    expect(properties.datetime).toBe("2021-01-01T00:00:00.000Z");
  });
});
