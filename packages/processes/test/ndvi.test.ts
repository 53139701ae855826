import { describe, expect, it } from "vitest";
import type { DataCube, Dimension } from "../src/index.js";
import { cubeOf, registryWith, runOn, X } from "./cube-callbacks-helpers.js";

const BANDS: Dimension = { name: "bands", type: "bands", labels: ["red", "nir", "B08"] };
// x × bands = 2 × 3: (red, nir, B08) = (1, 3, 7) and (2, 2, NaN).
const cube = cubeOf([X, BANDS], [1, 3, 7, 2, 2, Number.NaN]);
const registry = registryWith();

describe("ndvi", () => {
  it("computes (nir - red) / (nir + red) and drops the bands dimension", () => {
    const result = runOn(registry, "ndvi", cube, {}) as DataCube;
    expect(result.dimensions).toEqual([X]);
    expect([...result.values]).toEqual([0.5, 0]);
  });

  it("takes other band names and keeps no-data as NaN", () => {
    const result = runOn(registry, "ndvi", cube, { nir: "B08" }) as DataCube;
    expect([...result.values]).toEqual([0.75, Number.NaN]);
  });

  it("adds the result as a new band when target_band is given", () => {
    const result = runOn(registry, "ndvi", cube, { target_band: "ndvi" }) as DataCube;
    expect(result.dimensions[1]?.labels).toEqual(["red", "nir", "B08", "ndvi"]);
    expect([...result.values]).toEqual([1, 3, 7, 0.5, 2, 2, Number.NaN, 0]);
  });

  it.each([
    [{ nir: "B05" }, "NirBandAmbiguous"],
    [{ red: "B04" }, "RedBandAmbiguous"],
    [{ target_band: "B08" }, "BandExists"],
  ])("fails for %j with %s", (args, code) => {
    expect(() => runOn(registry, "ndvi", cube, args)).toThrow(expect.objectContaining({ openeoCode: code }));
  });

  it("fails with DimensionAmbiguous without a bands dimension", () => {
    const noBands = cubeOf([X], [1, 2]);
    expect(() => runOn(registry, "ndvi", noBands, {})).toThrow(
      expect.objectContaining({ openeoCode: "DimensionAmbiguous" }),
    );
  });

  describe("by common names", () => {
    // Sentinel-2's names: B04 is red, B08 nir; x × bands = 2 × 3
    const named: Dimension = {
      name: "bands",
      type: "bands",
      labels: ["B04", "B08", "B8A"],
      commonNames: { B04: "red", B08: "nir", B8A: "nir08" },
    };
    const s2 = cubeOf([X, named], [1, 3, 5, 2, 6, 6]);

    it("finds the default nir and red by their common names, as the definition's defaults ask", () => {
      const result = runOn(registry, "ndvi", s2, {}) as DataCube;
      expect([...result.values]).toEqual([0.5, 0.5]);
      expect([...(runOn(registry, "ndvi", s2, { nir: "nir08" }) as DataCube).values]).toEqual([4 / 6, 0.5]);
    });

    it("prefers a band named like the common name, and refuses a common name of several bands", () => {
      const both: Dimension = {
        ...named,
        labels: ["B04", "B08", "nir"],
        commonNames: { B04: "red", B08: "nir" },
      };
      const result = runOn(registry, "ndvi", cubeOf([X, both], [1, 3, 5, 2, 6, 6]), {}) as DataCube;
      expect([...result.values]).toEqual([4 / 6, 0.5]);
      const twice: Dimension = { ...named, commonNames: { B04: "red", B08: "nir", B8A: "nir" } };
      expect(() => runOn(registry, "ndvi", cubeOf([X, twice], [1, 3, 5, 2, 6, 6]), {})).toThrow(
        expect.objectContaining({ openeoCode: "NirBandAmbiguous" }),
      );
    });
  });
});
