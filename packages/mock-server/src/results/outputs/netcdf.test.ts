import h5wasm, { type Dataset, FS } from "h5wasm";
import { beforeAll, describe, expect, it } from "vitest";
import { encodeNetCdf, loadNetCdf, overDates } from "./netcdf.js";
import { synthesizeRaster } from "./raster.js";

const HDF5_SIGNATURE = [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a];
const fs = FS as unknown as { writeFile(path: string, data: Uint8Array): void; unlink(path: string): void };

/** Opens netCDF bytes with h5wasm and hands the file to `read`, then closes and removes it. */
function readBack<T>(bytes: Uint8Array, read: (file: InstanceType<typeof h5wasm.File>) => T): T {
  fs.writeFile("/read-back.nc", bytes);
  const file = new h5wasm.File("/read-back.nc", "r");
  try {
    return read(file);
  } finally {
    file.close();
    fs.unlink("/read-back.nc");
  }
}

const dataset = (file: InstanceType<typeof h5wasm.File>, name: string) => file.get(name) as Dataset;

describe("encodeNetCdf", () => {
  beforeAll(loadNetCdf);
  const raster = synthesizeRaster([5, 50, 5.5, 50.25], ["B04", "B08"], 42);
  const dates = ["2021-01-01", "2021-01-06", "2021-01-11"];

  it("writes HDF5 with one (t, y, x) variable per band and netCDF-4 dimension scales", () => {
    const bytes = encodeNetCdf(overDates(raster, dates), undefined);
    expect(Array.from(bytes.subarray(0, 8))).toEqual(HDF5_SIGNATURE);
    readBack(bytes, (file) => {
      expect(file.keys().sort()).toEqual(["B04", "B08", "crs", "t", "x", "y"]);
      const b08 = dataset(file, "B08");
      expect(b08.shape).toEqual([3, raster.height, raster.width]);
      expect([0, 1, 2].map((d) => b08.get_attached_scales(d))).toEqual([["/t"], ["/y"], ["/x"]]);
      expect(b08.attrs.grid_mapping?.value).toBe("crs");
      const values = b08.value as Uint16Array;
      const cells = raster.width * raster.height;
      expect(Array.from(values.subarray(2 * cells, 3 * cells))).toEqual(
        Array.from(raster.bands[1] as Uint16Array),
      );
      expect(["t", "y", "x"].map((name) => dataset(file, name).attrs._Netcdf4Dimid?.value)).toEqual([
        0, 1, 2,
      ]);
    });
  });

  it("labels t in days since 1970 and x/y with pixel centres of the extent, in WGS84 by default", () => {
    readBack(encodeNetCdf(overDates(raster, dates), undefined), (file) => {
      const t = dataset(file, "t");
      expect(Array.from(t.value as Int32Array)).toEqual([18628, 18633, 18638]);
      expect(t.attrs.units?.value).toBe("days since 1970-01-01");
      const x = Array.from(dataset(file, "x").value as Float64Array);
      const y = Array.from(dataset(file, "y").value as Float64Array);
      expect(x[0]).toBeCloseTo(5 + 0.25 / raster.width, 12);
      expect(x.at(-1)).toBeCloseTo(5.5 - 0.25 / raster.width, 12);
      expect(y[0]).toBeCloseTo(50.25 - 0.125 / raster.height, 12);
      expect(y.at(-1)).toBeCloseTo(50 + 0.125 / raster.height, 12);
      expect(dataset(file, "x").attrs.units?.value).toBe("degrees_east");
      expect(dataset(file, "crs").attrs.crs_wkt?.value).toMatch(
        /^GEOGCS\["WGS 84".*AUTHORITY\["EPSG","4326"\]\]$/,
      );
    });
  });

  it("writes x/y in the requested projected CRS and names it on the crs variable", () => {
    const native = { epsg: 32631, geographic: false, bbox: [600000, 5540000, 640000, 5560000] as const };
    const bytes = encodeNetCdf(overDates(raster, dates.slice(0, 1)), { ...native, bbox: [...native.bbox] });
    readBack(bytes, (file) => {
      expect(dataset(file, "B04").shape).toEqual([1, raster.height, raster.width]);
      expect((dataset(file, "x").value as Float64Array)[0]).toBeCloseTo(600000 + 20000 / raster.width, 6);
      expect(dataset(file, "x").attrs.standard_name?.value).toBe("projection_x_coordinate");
      expect(dataset(file, "crs").attrs.spatial_ref?.value).toBe("EPSG:32631");
    });
  });
});
