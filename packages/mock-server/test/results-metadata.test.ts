import { describe, expect, it } from "vitest";
import { harness, saveResultGraph } from "./support.js";

const EXPECTED = [
  { format: "GTiff", name: "result.tif", type: "image/tiff; application=geotiff", raster: true },
  { format: "netCDF", name: "result.nc", type: "application/x-netcdf", raster: true },
  { format: "PNG", name: "result.png", type: "image/png", raster: true },
  { format: "JSON", name: "result.json", type: "application/json", raster: false },
  { format: "CSV", name: "result.csv", type: "text/csv", raster: false },
  { format: "GeoJSON", name: "result.geojson", type: "application/geo+json", raster: false },
];

async function finishedResults(format: string, type?: "Collection") {
  const h = harness();
  const { id, headers, status } = await h.startJob({ process: saveResultGraph(format) });
  expect(status).toBe(202);
  h.mock.clock.advance(10_000);
  const query = type ? "?type=Collection" : "";
  return (await h.json(`/jobs/${id}/results${query}`, { headers })).body;
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
        expect(asset["proj:bbox"]).toEqual([5, 50, 5.5, 50.25]);
        const [height, width] = asset["proj:shape"];
        expect(Number.isInteger(height) && Number.isInteger(width) && height > 0 && width > 0).toBe(true);
        expect(width / height).toBeCloseTo(2, 0);
      } else {
        expect(Object.keys(asset).filter((key) => /^(proj|eo):/.test(key))).toEqual([]);
      }
    },
  );

  it("gives the Item the job's time range, with datetime null", async () => {
    const { properties } = await finishedResults("GTiff");
    expect(properties.datetime).toBeNull();
    expect([properties.start_datetime, properties.end_datetime]).toEqual([
      expect.stringMatching(/^2021-01-01T00:00:00/),
      expect.stringMatching(/^2021-0(1-31|2-01)T/),
    ]);
  });
});
