import { describe, expect, it } from "vitest";
import { harness, saveResultGraph } from "./support.js";

const HDF5_SIGNATURE = [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a];

describe("netCDF output", () => {
  it("is listed by GET /file_formats as a raster output", async () => {
    const formats = (await harness().json("/file_formats")).body;
    expect(formats.output.netCDF).toMatchObject({ gis_data_types: ["raster"] });
  });

  it("gives a batch job a result.nc asset of type application/x-netcdf, whatever the case of the name", async () => {
    for (const format of ["netCDF", "NETCDF", "netcdf"]) {
      const h = harness();
      const { id, headers, status } = await h.startJob({ process: saveResultGraph(format) });
      expect(status).toBe(202);
      h.mock.clock.advance(4000);
      const assets = (await h.json(`/jobs/${id}/results`, { headers })).body.assets;
      expect(Object.keys(assets)).toEqual(["result.nc"]);
      expect(assets["result.nc"]).toMatchObject({ type: "application/x-netcdf", "proj:epsg": 4326 });
      const bytes = new Uint8Array(await (await h.request(assets["result.nc"].href)).arrayBuffer());
      expect(Array.from(bytes.subarray(0, 8))).toEqual(HDF5_SIGNATURE);
      expect(bytes.byteLength).toBe(assets["result.nc"]["file:size"]);
    }
  });

  it("answers POST /result with netCDF bytes", async () => {
    const h = harness();
    const response = await h.request("/result", {
      method: "POST",
      headers: { ...(await h.auth()), "Content-Type": "application/json" },
      body: JSON.stringify({ process: saveResultGraph("netCDF") }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/x-netcdf");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(Array.from(bytes.subarray(0, 8))).toEqual(HDF5_SIGNATURE);
  });
});
