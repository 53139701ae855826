import { describe, expect, it } from "vitest";
import { requiredFields } from "./contract-fields.js";

describe("requiredFields", () => {
  it("collects what the contract requires through allOf and $ref", () => {
    expect(requiredFields("batch_job", "1.2.0").sort()).toEqual(["created", "id", "process", "status"]);
    expect(requiredFields("capabilities", "1.3.0")).toEqual(
      expect.arrayContaining(["api_version", "backend_version", "stac_version", "id", "endpoints", "links"]),
    );
  });
});
