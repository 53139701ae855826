import { describe, expect, it } from "vitest";
import { contractFor, judgingVersion } from "./contract.js";

describe("contractFor", () => {
  it("judges each discovered version by its own contract, older 1.x by 1.2.0 and the unknown by the default", () => {
    expect(["1.3.0", "1.2.0", "1.1.0", "1.0.0", "2.0.0", undefined].map(judgingVersion)).toEqual([
      "1.3.0",
      "1.2.0",
      "1.2.0",
      "1.2.0",
      "1.3.0",
      "1.3.0",
    ]);
    expect(contractFor("1.1.0").judgedAs).toBe("1.2.0");
  });

  it("reads auth and JSON bodies from the contract's operations", () => {
    const contract = contractFor("1.2.0");
    expect(contract.needsAuth("POST", "/jobs")).toBe(true);
    expect(contract.needsAuth("GET", "/")).toBe(false);
    expect(contract.takesJson("POST", "/jobs")).toBe(true);
    expect(contract.takesJson("POST", "/jobs/{job_id}/results")).toBe(false);
    expect(contract.hasOperation("PUT", "/jobs")).toBe(false);
  });
});
