import { fileURLToPath } from "node:url";
import { createConfig, lint } from "@redocly/openapi-core";
import { describe, expect, it } from "vitest";

const specPath = fileURLToPath(new URL("../openapi.yaml", import.meta.url));

describe("openapi.yaml", () => {
  it("is valid OpenAPI under Redocly's recommended rules, without errors or warnings", async () => {
    const config = await createConfig({ extends: ["recommended"], rules: { "info-contact": "off" } });
    const problems = await lint({ ref: specPath, config });
    const described = problems.map((problem) => `${problem.severity} ${problem.ruleId}: ${problem.message}`);
    expect(described).toEqual([]);
  });
});
