import { API_VERSIONS, createSchemaValidator } from "@jobkit/spec";
import { describe, expect, it } from "vitest";
import { createMockServer } from "../src/index.js";

/** The providers answer as the faithful contract (no jobkit extras) of each version judges it. */
describe.each(API_VERSIONS)("GET /credentials/oidc on %s", (apiVersion) => {
  const validator = createSchemaValidator(apiVersion);

  async function listed(options: Parameters<typeof createMockServer>[0] = {}) {
    const mock = createMockServer({ timing: { mode: "virtual" }, apiVersion, ...options });
    const response = await mock.app.request("/credentials/oidc");
    const body = (await response.json()) as { providers: Record<string, unknown>[] };
    const problems = validator.validateResponse({
      method: "GET",
      path: "/credentials/oidc",
      status: response.status,
      headers: response.headers,
      body,
    });
    return { status: response.status, body, problems };
  }

  it("lists the mock's own provider as the contract describes it", async () => {
    const { status, body, problems } = await listed();
    expect(status).toBe(200);
    expect(problems).toEqual([]);
    expect(body.providers.map((provider) => provider.id)).toEqual(["jobkit"]);
  });

  it("lists a trusted external issuer as the contract describes it", async () => {
    const { problems, body } = await listed({ oidc: { issuer: "http://127.0.0.1:9/realms/x" } });
    expect(problems).toEqual([]);
    expect(body.providers[0]?.issuer).toBe("http://127.0.0.1:9/realms/x");
  });

  it(
    apiVersion === "1.2.0"
      ? "has no authorization_parameters, which 1.3.0 added"
      : "carries authorization_parameters",
    async () => {
      const { body } = await listed();
      expect("authorization_parameters" in (body.providers[0] ?? {})).toBe(apiVersion !== "1.2.0");
    },
  );

  it("is judged by the contract: a provider without a title breaks it", async () => {
    const { body } = await listed();
    const untitled = { providers: body.providers.map(({ title: _, ...rest }) => rest) };
    const problems = validator.validateResponse({
      method: "GET",
      path: "/credentials/oidc",
      status: 200,
      body: untitled,
    });
    expect(problems).toEqual(["/providers/0 must have required property 'title'"]);
  });
});

it("the 1.2.0 contract has no authorization_parameters and the 1.3.0 contract accepts them", () => {
  const provider = { id: "p", issuer: "https://idp.example", title: "t", authorization_parameters: 1 };
  expect(createSchemaValidator("1.2.0").validate("oidc_provider", provider)).toEqual([]);
  expect(createSchemaValidator("1.3.0").validate("oidc_provider", provider)).toEqual([
    "/authorization_parameters must be object",
  ]);
});
