import { describe, expect, it } from "vitest";
import { createSchemaValidator, type SchemaName } from "../src/index.js";
import { createdJob, error, finishedJob, logPage, resultsItem } from "./examples.js";

const validator = createSchemaValidator();

const examples: [string, SchemaName, unknown][] = [
  ["a created job", "batch_job", createdJob],
  ["a finished job", "batch_job", finishedJob],
  ["a results Item with two assets", "results_item", resultsItem],
  ["a log page", "log_page", logPage],
  ["an error", "error", error],
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
    "an Item with STAC 0.9",
    "results_item",
    { ...resultsItem, stac_version: "0.9.0" },
    "/stac_version must be equal to one of the allowed values",
  ],
  [
    "an Item whose asset has no href",
    "results_item",
    { ...resultsItem, assets: { "result.tiff": JSON.parse(JSON.stringify(assetWithoutHref)) } },
    "must have required property 'href'",
  ],
  [
    "an Item with a negative file:size",
    "results_item",
    { ...resultsItem, assets: { a: { ...resultsItem.assets["result.tiff"], "file:size": -1 } } },
    "must be >= 0",
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

describe("validating HTTP exchanges", () => {
  it("accepts a 201 job creation with Location and OpenEO-Identifier", () => {
    const headers = { Location: "http://127.0.0.1:8080/jobs/j-1", "OpenEO-Identifier": "j-1" };
    expect(validator.validateResponse({ method: "POST", path: "/jobs", status: 201, headers })).toEqual([]);
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

  it("checks error bodies of concrete paths against the error schema", () => {
    const response = { method: "GET", path: "/jobs/j-1/results", status: 424, body: { code: "Internal" } };
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
});
