import { describe, expect, it } from "vitest";
import { epsgCode, reproject } from "./crs.js";

describe("reproject", () => {
  it("projects to UTM as published (50°N 10°E in zone 32N)", () => {
    const [easting, northing] = reproject([10, 50], 4326, 32632);
    expect(easting).toBeCloseTo(571666.4475, 3);
    expect(northing).toBeCloseTo(5539109.8151, 3);
  });

  it("puts the central meridian on the equator at the false easting, south zones at 10,000 km", () => {
    expect(reproject([9, 0], 4326, 25832)).toEqual([500000, 0]);
    expect(reproject([-69, -1e-9], 4326, 32719)[1]).toBeCloseTo(10000000, 3);
  });

  it("goes back and forth within a millimetre", () => {
    const [x, y] = reproject(reproject([404860, 5757475], 25832, 4326), 4326, 25832);
    expect(Math.abs(x - 404860)).toBeLessThan(1e-3);
    expect(Math.abs(y - 5757475)).toBeLessThan(1e-3);
    const [lon, lat] = reproject(reproject([10, 50], 4326, 3857), 3857, 4326);
    expect(lon).toBeCloseTo(10, 9);
    expect(lat).toBeCloseTo(50, 9);
  });

  it("projects to and from EPSG:3035 (LAEA Europe) as GN 7-2 publishes (5°E 50°N)", () => {
    const [easting, northing] = reproject([5, 50], 4326, 3035);
    expect(Math.abs(easting - 3962799.45)).toBeLessThan(0.01);
    expect(Math.abs(northing - 2999718.85)).toBeLessThan(0.01);
    const [x, y] = reproject(reproject([3962799.45, 2999718.85], 3035, 25832), 25832, 3035);
    expect(Math.abs(x - 3962799.45)).toBeLessThan(1e-3);
    expect(Math.abs(y - 2999718.85)).toBeLessThan(1e-3);
  });

  it("refuses a CRS it cannot compute offline", () => {
    expect(() => reproject([0, 0], 4326, 2056)).toThrow(/EPSG:2056 cannot be reprojected offline/);
  });
});

describe("epsgCode", () => {
  it("reads numbers, EPSG strings, WKT2 and PROJJSON", () => {
    expect(epsgCode(25832)).toBe(25832);
    expect(epsgCode("EPSG:4326")).toBe(4326);
    expect(epsgCode('PROJCRS["x",ID["EPSG",32633]]')).toBe(32633);
    expect(epsgCode({ id: { authority: "EPSG", code: 3857 } })).toBe(3857);
    expect(() => epsgCode("+proj=longlat")).toThrow(
      expect.objectContaining({ openeoCode: "ProcessParameterInvalid" }),
    );
  });
});
