import type h5wasm from "h5wasm";
import type { Dataset } from "h5wasm";
import { beforeAll, describe, expect, it } from "vitest";
import { readNetCdf as readBack } from "../../../test/read-netcdf.js";
import { encodeNetCdf, loadNetCdf } from "./netcdf.js";
import { type ResultGrid, sourceOfGrid } from "./result-grid.js";

const HDF5_SIGNATURE = [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a];
const dataset = (file: InstanceType<typeof h5wasm.File>, name: string) => file.get(name) as Dataset;

describe("encodeNetCdf", () => {
  beforeAll(loadNetCdf);
  const dates = ["2021-01-01T00:00:00Z", "2021-01-06T00:00:00Z", "2021-01-11T00:00:00Z"];
  const [width, height] = [8, 4];
  const raster: ResultGrid = {
    width,
    height,
    epsg: 4326,
    bbox: [5, 50, 5.5, 50.25],
    bandNames: ["B04", "B08"],
    dates,
    bands: [0, 1].map((b) => Float32Array.from({ length: 3 * width * height }, (_, i) => b * 1000 + i / 4)),
  };

  it("writes HDF5 with one (t, y, x) variable per band and netCDF-4 dimension scales", () => {
    const bytes = encodeNetCdf(sourceOfGrid(raster));
    expect(Array.from(bytes.subarray(0, 8))).toEqual(HDF5_SIGNATURE);
    readBack(bytes, (file) => {
      expect(file.keys().sort()).toEqual(["B04", "B08", "crs", "t", "x", "y"]);
      const b08 = dataset(file, "B08");
      expect(b08.shape).toEqual([3, raster.height, raster.width]);
      expect([0, 1, 2].map((d) => b08.get_attached_scales(d))).toEqual([["/t"], ["/y"], ["/x"]]);
      expect(b08.attrs.grid_mapping?.value).toBe("crs");
      expect(b08.dtype).toBe("<f");
      expect(Array.from(b08.value as Float32Array)).toEqual(Array.from(raster.bands[1] as Float32Array));
      expect(b08.attrs._FillValue?.value).toBeNaN();
      expect(["t", "y", "x"].map((name) => dataset(file, name).attrs._Netcdf4Dimid?.value)).toEqual([
        0, 1, 2,
      ]);
    });
  });

  it("labels t in days since 1970 and x/y with pixel centres of the extent, in WGS84 by default", () => {
    readBack(encodeNetCdf(sourceOfGrid(raster)), (file) => {
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

  it("writes x/y in the grid's projected CRS and names it on the crs variable", () => {
    const projected: ResultGrid = { ...raster, epsg: 32631, bbox: [600000, 5540000, 640000, 5560000] };
    readBack(encodeNetCdf(sourceOfGrid(projected)), (file) => {
      expect(dataset(file, "B04").shape).toEqual([3, raster.height, raster.width]);
      expect((dataset(file, "x").value as Float64Array)[0]).toBeCloseTo(600000 + 20000 / raster.width, 6);
      expect(dataset(file, "x").attrs.standard_name?.value).toBe("projection_x_coordinate");
      expect(dataset(file, "crs").attrs.spatial_ref?.value).toBe("EPSG:32631");
    });
  });

  it("writes (y, x) variables and no t for a grid without dates", () => {
    const timeless: ResultGrid = {
      ...raster,
      dates: [],
      bands: raster.bands.map((b) => b.subarray(0, width * height)),
    };
    readBack(encodeNetCdf(sourceOfGrid(timeless)), (file) => {
      expect(file.keys().sort()).toEqual(["B04", "B08", "crs", "x", "y"]);
      expect(dataset(file, "B04").shape).toEqual([height, width]);
      expect(["y", "x"].map((name) => dataset(file, name).attrs._Netcdf4Dimid?.value)).toEqual([0, 1]);
    });
  });
});
