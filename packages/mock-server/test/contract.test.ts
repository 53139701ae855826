import { API_VERSIONS, createSchemaValidator, DEFAULT_API_VERSION } from "@jobkit/spec";
import { describe, expect, it } from "vitest";
import { harness, ONE_DATE_TIFF, saveResultGraph } from "./support.js";

const validator = createSchemaValidator(DEFAULT_API_VERSION, { jobkitExtras: true });

describe.each(API_VERSIONS)(
  "every response of a full lifecycle conforms to the %s contract",
  (apiVersion) => {
    it("validates discovery, auth, jobs, results, logs, estimate, sync and errors", async () => {
      const validator = createSchemaValidator(apiVersion, { jobkitExtras: true });
      const h = harness({ timing: { mode: "virtual" }, apiVersion });
      const headers = await h.auth();
      const json = { ...headers, "Content-Type": "application/json" };
      const problems: string[] = [];
      const seen: string[] = [];
      const check = async (method: string, path: string, init: RequestInit = {}) => {
        const response = await h.request(path, { method, ...init });
        const text = await response.text();
        const type = response.headers.get("content-type") ?? "";
        const body = type.includes("json") && text ? JSON.parse(text) : text === "" ? undefined : text;
        const found = validator.validateResponse({
          method,
          path,
          status: response.status,
          headers: response.headers,
          body,
        });
        for (const problem of found) problems.push(`${method} ${path} ${response.status}: ${problem}`);
        seen.push(`${response.status} ${method} ${path}`);
        return { response, body };
      };
      await check("GET", "/.well-known/openeo");
      await check("GET", "/");
      await check("GET", "/conformance");
      await check("GET", "/file_formats");
      await check("GET", "/processes");
      await check("GET", "/collections");
      await check("GET", "/collections/SENTINEL2_L2A");
      await check("GET", "/collections/NOPE");
      await check("GET", "/credentials/basic", {
        headers: { Authorization: `Basic ${btoa("alice:alice123")}` },
      });
      await check("GET", "/credentials/basic", {
        headers: { Authorization: `Basic ${btoa("alice:wrong")}` },
      });
      await check("GET", "/me", { headers });
      await check("GET", "/me");
      await check("GET", "/me", { headers: { Authorization: "Bearer basic//nope" } });
      const created = await check("POST", "/jobs", {
        headers: json,
        body: JSON.stringify({
          title: "lifecycle",
          description: "d",
          process: saveResultGraph(),
          plan: null,
          budget: null,
        }),
      });
      const id = created.response.headers.get("OpenEO-Identifier") as string;
      await check("POST", "/jobs", { headers: json, body: "{not json" });
      await check("GET", `/jobs/${id}`, { headers });
      await check("PATCH", `/jobs/${id}`, { headers: json, body: JSON.stringify({ title: "renamed" }) });
      await check("GET", `/jobs/${id}/estimate`, { headers });
      await check("GET", `/jobs/${id}/results`, { headers });
      await check("POST", `/jobs/${id}/results`, { headers });
      await check("PATCH", `/jobs/${id}`, { headers: json, body: JSON.stringify({ title: "locked" }) });
      await check("GET", `/jobs/${id}/results?partial=true`, { headers });
      h.mock.clock.advance(2000);
      await check("GET", `/jobs/${id}`, { headers });
      h.mock.clock.advance(5000);
      await check("GET", `/jobs/${id}`, { headers });
      await check("GET", "/jobs", { headers });
      await check("GET", "/jobs?limit=1", { headers });
      await check("GET", `/jobs/${id}/logs`, { headers });
      await check("GET", `/jobs/${id}/logs?limit=1&level=info`, { headers });
      const results = await check("GET", `/jobs/${id}/results`, { headers });
      expect(Object.keys(results.body.assets)).toEqual([ONE_DATE_TIFF]);
      await check("GET", "/jobs/j-unknown", { headers });
      await check("POST", "/result", {
        headers: json,
        body: JSON.stringify({ process: saveResultGraph("PNG") }),
      });
      await check("DELETE", `/jobs/${id}/results`, { headers });
      await check("DELETE", `/jobs/${id}`, { headers });
      expect(problems).toEqual([]);
      // Conforming is not enough: each request must also get the answer the lifecycle calls for.
      expect(seen.map((line) => line.replaceAll(id, "{id}"))).toEqual([
        "200 GET /.well-known/openeo",
        "200 GET /",
        "200 GET /conformance",
        "200 GET /file_formats",
        "200 GET /processes",
        "200 GET /collections",
        "200 GET /collections/SENTINEL2_L2A",
        "404 GET /collections/NOPE",
        "200 GET /credentials/basic",
        "403 GET /credentials/basic",
        "200 GET /me",
        "401 GET /me",
        "403 GET /me",
        "201 POST /jobs",
        "400 POST /jobs",
        "200 GET /jobs/{id}",
        "204 PATCH /jobs/{id}",
        "200 GET /jobs/{id}/estimate",
        "400 GET /jobs/{id}/results",
        "202 POST /jobs/{id}/results",
        "400 PATCH /jobs/{id}",
        "200 GET /jobs/{id}/results?partial=true",
        "200 GET /jobs/{id}",
        "200 GET /jobs/{id}",
        "200 GET /jobs",
        "200 GET /jobs?limit=1",
        "200 GET /jobs/{id}/logs",
        "200 GET /jobs/{id}/logs?limit=1&level=info",
        "200 GET /jobs/{id}/results",
        "404 GET /jobs/j-unknown",
        "200 POST /result",
        "204 DELETE /jobs/{id}/results",
        "204 DELETE /jobs/{id}",
      ]);
    });
  },
);

describe("other result shapes conform too", () => {
  it("validates Collection results, partial results, a failed job's 424 and forced faults' bodies", async () => {
    const h = harness({ timing: { mode: "virtual" }, results: { type: "Collection" } });
    const problems: string[] = [];
    const check = async (method: string, path: string, headers: Record<string, string>) => {
      const response = await h.request(path, { method, headers });
      const text = await response.text();
      const body = text ? JSON.parse(text) : undefined;
      for (const problem of validator.validateResponse({
        method,
        path,
        status: response.status,
        headers: response.headers,
        body,
      })) {
        problems.push(`${method} ${path} ${response.status}: ${problem}`);
      }
      return response.status;
    };
    const ok = await h.startJob();
    const failing = await h.startJob({ process: saveResultGraph("GTiff", "NOT_A_COLLECTION") });
    h.mock.faults.add({
      match: { path: "/jobs" },
      times: 1,
      action: { type: "job-outcome", outcome: "partial" },
    });
    const partial = await h.startJob();
    expect(await check("GET", `/jobs/${ok.id}/results?partial=true`, ok.headers)).toBe(200);
    h.mock.clock.advance(5000);
    expect(await check("GET", `/jobs/${ok.id}/results`, ok.headers)).toBe(200);
    expect(await check("GET", `/jobs/${failing.id}/results`, failing.headers)).toBe(424);
    expect(await check("GET", `/jobs/${failing.id}/logs?level=error`, failing.headers)).toBe(200);
    expect(await check("GET", `/jobs/${partial.id}/results?partial=true`, partial.headers)).toBe(200);
    h.mock.faults.add({
      match: { path: "/me" },
      times: 1,
      action: { type: "error", status: 429, retryAfter: 1 },
    });
    expect(await check("GET", "/me", ok.headers)).toBe(429);
    expect(problems).toEqual([]);
  });
});
