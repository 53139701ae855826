import { fromArrayBuffer } from "geotiff";
import { describe, expect, it } from "vitest";
import { harness, ONE_DATE_TIFF, saveResultGraph } from "./support.js";

const UTM32 = { west: 500_000, south: 5_600_000, east: 510_000, north: 5_610_000, crs: "EPSG:32632" };

describe("spatial_extent in any EPSG code", () => {
  it("writes the GeoTIFF in EPSG:32632 with its georeferencing and reports proj:epsg and proj:bbox", async () => {
    const h = harness();
    const { id, headers } = await h.startJob({ process: saveResultGraph("GTiff", "SENTINEL2_L2A", UTM32) });
    h.mock.clock.advance(10_000);
    const results = (await h.json(`/jobs/${id}/results`, { headers })).body;
    const asset = results.assets[ONE_DATE_TIFF];
    expect([asset["proj:epsg"], asset["proj:bbox"]]).toEqual([
      32632,
      [500_000, 5_600_000, 510_000, 5_610_000],
    ]);
    const [west, south, east, north] = results.bbox;
    expect(west).toBeCloseTo(9.0, 2);
    expect(east).toBeCloseTo(9.141, 2);
    expect(south).toBeCloseTo(50.55, 1);
    expect(north).toBeGreaterThan(south);
    const bytes = await (await h.request(new URL(asset.href).pathname)).arrayBuffer();
    const image = await (await fromArrayBuffer(bytes)).getImage();
    expect(image.getGeoKeys()).toMatchObject({ GTModelTypeGeoKey: 1, ProjectedCSTypeGeoKey: 32632 });
    expect(image.getOrigin().slice(0, 2)).toEqual([500_000, 5_610_000]);
    const [xScale, yScale] = image.getResolution();
    expect((xScale as number) * image.getWidth()).toBeCloseTo(10_000, 6);
    expect(-(yScale as number) * image.getHeight()).toBeCloseTo(10_000, 6);
  });

  it("accepts the code as a number and keeps EPSG:4326 outputs as before", async () => {
    const h = harness();
    const numeric = await h.startJob({
      process: saveResultGraph("GTiff", "SENTINEL2_L2A", { ...UTM32, crs: 32632 }),
    });
    expect(numeric.status).toBe(202);
    const plain = await h.startJob({ process: saveResultGraph() });
    h.mock.clock.advance(10_000);
    const asset = (await h.json(`/jobs/${plain.id}/results`, { headers: plain.headers })).body.assets[
      ONE_DATE_TIFF
    ];
    expect(asset["proj:epsg"]).toBe(4326);
  });

  it("refuses an unknown EPSG code with ProcessParameterInvalid naming it, storing nothing", async () => {
    const h = harness();
    const headers = { ...(await h.auth()), "Content-Type": "application/json" };
    for (const crs of ["EPSG:99999", 12]) {
      const body = JSON.stringify({ process: saveResultGraph("GTiff", "SENTINEL2_L2A", { ...UTM32, crs }) });
      const response = await h.json("/jobs", { method: "POST", headers, body });
      expect([response.status, response.body.code]).toEqual([400, "ProcessParameterInvalid"]);
      expect(response.body.message).toContain(JSON.stringify(crs));
    }
    expect(h.mock.store.size).toBe(0);
  });

  it("lists load_collection with the official spatial_extent schema, whose crs is an EPSG code", async () => {
    const processes = (await harness().json("/processes")).body.processes;
    const load = processes.find((process: { id: string }) => process.id === "load_collection");
    const extent = load.parameters.find((parameter: { name: string }) => parameter.name === "spatial_extent");
    expect(JSON.stringify(extent.schema)).toContain(
      '"crs":{"anyOf":[{"type":"integer","subtype":"epsg-code"',
    );
  });
});
