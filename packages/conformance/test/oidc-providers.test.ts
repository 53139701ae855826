import { createMockServer, type FaultSpec } from "@jobkit/mock-server";
import { describe, expect, it } from "vitest";
import { mockTarget, runConformance } from "../src/index.js";
import { DEMO_USERS, EMBEDDED_MOCK_OPTIONS } from "../src/internal/embedded-target.js";

/** `auth.oidc.providers` judges by the contract of the target's version: never stricter than openEO. */
async function providersCheck(apiVersion: "1.2.0" | "1.3.0", set: Record<string, unknown>) {
  const faults: FaultSpec[] = [
    { match: { path: "/credentials/oidc" }, action: { type: "override", body: { set } } },
  ];
  const mock = createMockServer({ ...EMBEDDED_MOCK_OPTIONS, apiVersion, faults });
  const result = await runConformance({
    url: "http://mock.test",
    ...mockTarget(mock),
    ...DEMO_USERS,
    only: ["auth.oidc.providers"],
  });
  return result.checks.find((check) => check.id === "auth.oidc.providers");
}

describe("auth.oidc.providers", () => {
  it("accepts a provider id with a dash, as openEO's unanchored id pattern does", async () => {
    const check = await providersCheck("1.3.0", { "/providers/0/id": "egi-dev" });
    expect(check?.status).toBe("pass");
    expect(check?.observation).toBe("1 provider(s): egi-dev");
  });

  it("fails authorization_parameters that are not an object on 1.3.0, naming the contract", async () => {
    const check = await providersCheck("1.3.0", { "/providers/0/authorization_parameters": "prompt=login" });
    expect(check?.status).toBe("fail");
    expect(check?.observation).toBe(
      "the providers break the 1.3.0 contract: /providers/0/authorization_parameters must be object",
    );
  });

  it("fails a provider whose issuer is not a URI", async () => {
    const check = await providersCheck("1.2.0", { "/providers/0/issuer": "not a uri" });
    expect(check?.status).toBe("fail");
    expect(check?.observation).toBe(
      'the providers break the 1.2.0 contract: /providers/0/issuer must match format "uri"',
    );
  });
});
