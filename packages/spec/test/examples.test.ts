import { describe, expect, it } from "vitest";
import { createSchemaValidator, DEFAULT_API_VERSION, type SchemaName } from "../src/index.js";
import { createdJob, error, finishedJob, logPage, oidcProviders, resultsItem } from "./examples.js";

const validator = createSchemaValidator();
const withExtras = createSchemaValidator(DEFAULT_API_VERSION, { jobkitExtras: true });
const v120 = createSchemaValidator("1.2.0");

const examples: [string, SchemaName, unknown][] = [
  ["a created job", "batch_job", createdJob],
  ["a finished job", "batch_job", finishedJob],
  ["a results Item with two assets", "results_item", resultsItem],
  ["a log page", "log_page", logPage],
  ["an error", "error", error],
  ["OpenID Connect providers", "oidc_providers", oidcProviders],
];

describe("example payloads", () => {
  it.each(examples)("%s validates", (_, schema, value) => {
    expect(validator.validate(schema, value)).toEqual([]);
  });
});

const { process: _process, ...jobWithoutProcess } = createdJob;
const { message: _message, ...errorWithoutMessage } = error;
const assetWithoutHref = { ...resultsItem.assets["result.tiff"], href: undefined };

const broken: [string, SchemaName, unknown, string][] = [
  [
    "a job with an unknown status",
    "batch_job",
    { ...createdJob, status: "paused" },
    "/status must be equal to one of the allowed values",
  ],
  ["a job without process", "batch_job", jobWithoutProcess, "must have required property 'process'"],
  [
    "a job with progress above 100",
    "batch_job",
    { ...finishedJob, progress: 101 },
    "/progress must be <= 100",
  ],
  [
    "a job with a non-date created",
    "batch_job",
    { ...createdJob, created: "yesterday" },
    '/created must match format "date-time"',
  ],
  [
    "an Item with STAC 2.0.0",
    "results_item",
    { ...resultsItem, stac_version: "2.0.0" },
    "/stac_version must match pattern",
  ],
  [
    "an Item whose asset has no href",
    "results_item",
    { ...resultsItem, assets: { "result.tiff": JSON.parse(JSON.stringify(assetWithoutHref)) } },
    "must have required property 'href'",
  ],
  [
    "a log entry with a numeric id",
    "log_page",
    { ...logPage, logs: [{ id: 1, level: "info", message: "x" }] },
    "/logs/0/id must be string",
  ],
  [
    "a log entry with an unknown level",
    "log_page",
    { ...logPage, logs: [{ id: "1", level: "fatal", message: "x" }] },
    "/logs/0/level must be equal to one of the allowed values",
  ],
  ["a log page without links", "log_page", { logs: [] }, "must have required property 'links'"],
  ["an error without message", "error", errorWithoutMessage, "must have required property 'message'"],
  [
    "no OpenID Connect provider",
    "oidc_providers",
    { providers: [] },
    "/providers must NOT have fewer than 1 items",
  ],
  [
    "a default client with an unknown grant",
    "oidc_providers",
    {
      providers: [
        { ...oidcProviders.providers[0], default_clients: [{ id: "c", grant_types: ["password"] }] },
      ],
    },
    "/providers/0/default_clients/0/grant_types/0 must be equal to one of the allowed values",
  ],
];

describe("broken payloads", () => {
  it.each(broken)("%s is rejected", (_, schema, value, expected) => {
    const problems = validator.validate(schema, value);
    expect(
      problems.some((problem) => problem.includes(expected)),
      problems.join("\n"),
    ).toBe(true);
  });
});

describe("the contract's versions and jobkit's extras", () => {
  const { type: _type, ...assetWithoutType } = resultsItem.assets["result.tiff"];
  const itemWith = (asset: object) => ({ ...resultsItem, assets: { a: asset } });

  it("accepts STAC 0.9.x and 1.x.x as openEO 1.2.0 does", () => {
    for (const stac_version of ["0.9.0", "1.0.0", "1.1.0"])
      expect(v120.validate("results_item", { ...resultsItem, stac_version })).toEqual([]);
  });

  it("accepts an asset without type or with a negative file:size, and the extras refuse both", () => {
    const negative = { ...resultsItem.assets["result.tiff"], "file:size": -1 };
    expect(validator.validate("results_item", itemWith(assetWithoutType))).toEqual([]);
    expect(validator.validate("results_item", itemWith(negative))).toEqual([]);
    expect(withExtras.validate("results_item", itemWith(assetWithoutType))).toEqual([
      "/assets/a must have required property 'type'",
    ]);
    expect(withExtras.validate("results_item", itemWith(negative))).toEqual([
      "/assets/a/file:size must be >= 0",
    ]);
  });

  it("requires type and conformsTo on GET / in 1.3.0 only", () => {
    const capabilities = {
      api_version: "1.2.0",
      backend_version: "1",
      stac_version: "1.0.0",
      id: "x",
      title: "x",
      description: "x",
      endpoints: [],
      links: [],
    };
    expect(v120.validate("capabilities", capabilities)).toEqual([]);
    expect(validator.validate("capabilities", { ...capabilities, api_version: "1.3.0" })).toEqual([
      "(root) must have required property 'type'",
      "(root) must have required property 'conformsTo'",
    ]);
  });

  it("accepts PATCH {} and a process parameter whose schema is a list of schemas", () => {
    expect(validator.validateRequestBody("PATCH", "/jobs/j-1", {})).toEqual([]);
    const parameters = [{ name: "x", description: "x", schema: [{ type: "string" }, { type: "null" }] }];
    const process = { ...createdJob.process, parameters };
    expect(validator.validateRequestBody("POST", "/jobs", { process })).toEqual([]);
  });
});

describe("validating HTTP exchanges", () => {
  it("accepts a 201 job creation with Location and OpenEO-Identifier", () => {
    const headers = { Location: "http://127.0.0.1:8080/jobs/j-1", "OpenEO-Identifier": "j-1" };
    expect(validator.validateResponse({ method: "POST", path: "/jobs", status: 201, headers })).toEqual([]);
  });

  it("lets an undocumented body pass where openEO documents none, but not on a 204, where HTTP forbids one", () => {
    const headers = { Location: "http://127.0.0.1:8080/jobs/j-1", "OpenEO-Identifier": "j-1" };
    expect(
      validator.validateResponse({ method: "POST", path: "/jobs", status: 201, headers, body: null }),
    ).toEqual([]);
    expect(
      validator.validateResponse({ method: "DELETE", path: "/jobs/j-1", status: 204, body: {} }),
    ).toEqual(["status 204 must have no body"]);
  });

  it("rejects a job creation answered with 200", () => {
    expect(validator.validateResponse({ method: "POST", path: "/jobs", status: 200 })).toEqual([
      "status 200 is not documented for POST /jobs",
    ]);
  });

  it("rejects a job creation without the Location header", () => {
    const headers = { "OpenEO-Identifier": "j-1" };
    expect(validator.validateResponse({ method: "POST", path: "/jobs", status: 201, headers })).toEqual([
      "header Location is missing",
    ]);
  });

  it("checks error bodies of concrete paths: a 424 carries the failing log entry", () => {
    const body = { id: "1", level: "error", code: "Internal" };
    const response = { method: "GET", path: "/jobs/j-1/results", status: 424, body };
    expect(validator.validateResponse(response)).toEqual(["(root) must have required property 'message'"]);
  });

  it("checks results by their media type", () => {
    const headers = { "Content-Type": "application/geo+json" };
    const response = { method: "GET", path: "/jobs/j-1/results", status: 200, headers, body: resultsItem };
    expect(validator.validateResponse(response)).toEqual([]);
    expect(
      validator.validateResponse({ ...response, headers: { "Content-Type": "application/json" } }),
    ).toEqual([]);
    expect(validator.validateResponse({ ...response, headers: { "Content-Type": "text/html" } })).toEqual([
      "Content-Type text/html is not one of application/geo+json, application/json",
    ]);
  });

  it("validates request bodies, where title, description, plan and budget may be null", () => {
    const body = { title: null, description: null, plan: null, budget: null, process: createdJob.process };
    expect(validator.validateRequestBody("POST", "/jobs", body)).toEqual([]);
    expect(validator.validateRequestBody("POST", "/jobs", { title: "x" })).toEqual([
      "(root) must have required property 'process'",
    ]);
  });

  it("matches concrete paths to their templates", () => {
    expect(validator.matchPath("/jobs/j-1/logs?offset=3")).toEqual({
      template: "/jobs/{job_id}/logs",
      params: { job_id: "j-1" },
    });
    expect(validator.matchPath("/")).toEqual({ template: "/", params: {} });
    expect(validator.matchPath("/nope/deeper")).toBeUndefined();
  });

  it("gives each caller its own parameters when a path is matched again", () => {
    const first = validator.matchPath("/jobs/j-2");
    if (first) first.params.job_id = "changed";
    expect(validator.matchPath("/jobs/j-2")).toEqual({
      template: "/jobs/{job_id}",
      params: { job_id: "j-2" },
    });
  });
});
