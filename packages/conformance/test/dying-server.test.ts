import { describe, expect, it } from "vitest";
import type { ConformanceResult } from "../src/index.js";
import { everyone } from "./demo-user-flags.js";
import { passThrough, serveEachTest } from "./faulty-server.js";
import { kit } from "./run-cli.js";

const { serve, current } = serveEachTest();

describe("a back-end that dies", { timeout: 60_000 }, () => {
  it("crashes on DELETE /jobs/{id} (openeo-test-api): the report says once that it stopped answering, and after which request", async () => {
    const created = new Set<string>();
    const url = await serve(async (request, mock) => {
      const path = new URL(request.url).pathname;
      if (request.method !== "DELETE" || !created.has(path)) {
        const answer = await mock(request);
        const id = answer.headers.get("OpenEO-Identifier");
        if (request.method === "POST" && path === "/jobs" && id) created.add(`/jobs/${id}`);
        return answer;
      }
      // The whole server goes down with the DELETE of a real job: its connections reset, later ones refused.
      await current()?.close();
      return undefined;
    });
    const run = await kit([...everyone(url), "--reporter", "json"]);
    const report = JSON.parse(run.stdout) as ConformanceResult;
    const notices = report.runProblems.filter((problem) => problem.includes("stopped answering"));
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(
      /^the back-end stopped answering after \w+ \/\S+ \(answered \d{3}\): all \d+ requests from DELETE \/jobs\/[^/ ]+ on got no answer \(the request failed: /,
    );
    expect(report.verdict).toBe("fail");
    expect(run.code).toBe(1);
  });

  it("a back-end that answers to the end: no such notice", async () => {
    const url = await serve(passThrough);
    const run = await kit([...everyone(url), "--only", "jobs.delete.*", "--reporter", "json"]);
    const report = JSON.parse(run.stdout) as ConformanceResult;
    expect(report.runProblems).toEqual([]);
    expect(run.code).toBe(0);
  });
});
