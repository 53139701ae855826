import { describe, expect, it } from "vitest";
import { contractFor } from "./contract.js";

describe("contractFor", () => {
  it("judges each discovered version by its own contract and any other by 1.2.0's", () => {
    expect(["1.3.0", "1.2.0", "1.1.0", "2.0.0", undefined].map((v) => contractFor(v).judgedAs)).toEqual([
      "1.3.0",
      "1.2.0",
      "1.2.0",
      "1.2.0",
      "1.2.0",
    ]);
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
