import { describe, expect, it } from "vitest";
import { stacProblem } from "./results.js";

describe("stacProblem", () => {
  it("accepts the STAC versions the openEO API document names (0.9.x and 1.x.x), Items and Collections", () => {
    expect(stacProblem({ type: "Feature", stac_version: "1.0.0" })).toBeUndefined();
    expect(stacProblem({ type: "Collection", stac_version: "1.1.0" })).toBeUndefined();
    expect(stacProblem({ type: "Feature", stac_version: "0.9.0" })).toBeUndefined();
  });

  it("accepts a STAC 0.9 Collection without type (required only from 1.0.0-rc.1 on)", () => {
    expect(stacProblem({ stac_version: "0.9.0" })).toBeUndefined();
    expect(stacProblem({ stac_version: "1.0.0" })).toBe("type is undefined, not Feature or Collection");
  });

  it("refuses other versions and types", () => {
    expect(stacProblem({ type: "Feature", stac_version: "2.0.0" })).toBe(
      'stac_version is "2.0.0", not 0.9.x or 1.x.x',
    );
    expect(stacProblem({ type: "Feature" })).toBe("stac_version is undefined, not 0.9.x or 1.x.x");
    expect(stacProblem({ type: "Catalog", stac_version: "1.0.0" })).toBe(
      'type is "Catalog", not Feature or Collection',
    );
  });
});
