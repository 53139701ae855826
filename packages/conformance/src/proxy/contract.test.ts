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

  it("takes a cancel's 202 (rule 891) beside the contract's 204, and nothing else the contract lacks", () => {
    for (const version of ["1.3.0", "1.2.0"]) {
      const contract = contractFor(version);
      const cancel = { method: "DELETE", path: "/jobs/j-1/results" };
      expect(contract.validateResponse({ ...cancel, status: 202 })).toEqual([]);
      expect(contract.validateResponse({ ...cancel, status: 204 })).toEqual([]);
      expect(contract.validateResponse({ ...cancel, status: 200 })).toEqual([
        "status 200 is not documented for DELETE /jobs/{job_id}/results",
      ]);
      expect(contract.validateResponse({ method: "DELETE", path: "/jobs/j-1", status: 202 })).toEqual([
        "status 202 is not documented for DELETE /jobs/{job_id}",
      ]);
    }
  });
});
