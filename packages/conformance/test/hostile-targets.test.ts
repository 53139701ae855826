import { createMockServer, type FaultSpec } from "@jobkit/mock-server";
import { describe, expect, it } from "vitest";
import { type ConformanceResult, type FetchLike, mockTarget, runConformance } from "../src/index.js";
import { DEMO_USERS, EMBEDDED_MOCK_OPTIONS } from "../src/internal/embedded-target.js";

/** A virtual clock for targets that have none: sleeping costs no real time. */
function virtualClock() {
  let now = Date.UTC(2025, 0, 1);
  return {
    now: () => now,
    sleep: async (ms: number) => {
      now += ms;
    },
  };
}

function mockWith(faults: FaultSpec[] = []) {
  return mockTarget(createMockServer({ ...EMBEDDED_MOCK_OPTIONS, faults }));
}

const statusOf = (result: ConformanceResult, id: string) =>
  result.checks.find((check) => check.id === id)?.status;
const observationOf = (result: ConformanceResult, id: string) =>
  result.checks.find((check) => check.id === id)?.observation;

describe("hostile and broken targets: every failure is an observation, never a hang or a crash", () => {
  it("a server that answers HTML to everything gets a verdict per check", async () => {
    const fetch: FetchLike = async () =>
      new Response("<html><body>It works!</body></html>", { headers: { "Content-Type": "text/html" } });
    const result = await runConformance({
      url: "http://html.test",
      fetch,
      clock: virtualClock(),
      ...DEMO_USERS,
    });
    expect(result.ok).toBe(false);
    expect(result.runProblems.filter((problem) => problem.includes("internal"))).toEqual([]);
    expect(statusOf(result, "capabilities.fields")).toBe("fail");
    expect(observationOf(result, "capabilities.fields")).toBe("GET / did not answer JSON");
    expect(statusOf(result, "auth.basic")).toBe("fail");
    expect(observationOf(result, "jobs.create.status-201")).toBe(
      "not authenticated: the credentials gave no token (see auth.basic)",
    );
  });

  it("requests that never answer time out, and the run still ends", async () => {
    const target = mockWith();
    const fetch: FetchLike = (request) =>
      request.method === "POST" ? new Promise<Response>(() => undefined) : target.fetch(request);
    const started = performance.now();
    const result = await runConformance({
      url: "http://stall.test",
      ...target,
      fetch,
      ...DEMO_USERS,
      requestTimeoutMs: 50,
    });
    expect(performance.now() - started).toBeLessThan(5000);
    expect(statusOf(result, "jobs.create.status-201")).toBe("fail");
    expect(observationOf(result, "jobs.create.status-201")).toMatch(
      /no complete answer within 50 ms \(request timeout\)/,
    );
    expect(observationOf(result, "jobs.poll.finished")).toMatch(/^no job to follow/);
    expect(statusOf(result, "capabilities.fields")).toBe("pass");
  });

  it("a reset connection is reported with its cause", async () => {
    const result = await runConformance({
      url: "http://reset.test",
      ...mockWith([{ match: { method: "POST", path: "/result" }, action: { type: "reset" } }]),
      ...DEMO_USERS,
    });
    expect(observationOf(result, "sync.status-200")).toMatch(
      /^no answer: POST http:\/\/reset.test\/result: the request failed: .*reset/,
    );
  });

  it("a body cut short is a failure that says so, not a parse error", async () => {
    const result = await runConformance({
      url: "http://cut.test",
      ...mockWith([{ match: { path: "/" }, action: { type: "truncate", bytes: 20 } }]),
      ...DEMO_USERS,
    });
    expect(statusOf(result, "capabilities.fields")).toBe("fail");
    expect(observationOf(result, "capabilities.fields")).toMatch(
      /^no answer: GET http:\/\/cut.test\/: the connection broke after 20 body bytes/,
    );
  });

  it("a redirect is reported, not followed", async () => {
    const target = mockWith();
    const fetch: FetchLike = async (request) =>
      new URL(request.url).pathname === "/me"
        ? new Response(null, { status: 302, headers: { Location: "https://login.test/" } })
        : target.fetch(request);
    const result = await runConformance({ url: "http://redirect.test", ...target, fetch, ...DEMO_USERS });
    expect(observationOf(result, "me.user-id")).toBe(
      "GET /me answered 302 (redirected (302) to https://login.test/; the kit does not follow the API's redirects)",
    );
  });

  it("stops at the run timeout, skips what it did not reach and fails the run", async () => {
    const target = mockWith();
    const fetch: FetchLike = async (request) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      return target.fetch(request);
    };
    const result = await runConformance({
      url: "http://slow.test",
      ...target,
      fetch,
      ...DEMO_USERS,
      timeoutMs: 100,
    });
    expect(result.ok).toBe(false);
    // Under load a request cut by the same deadline may add its own problem; the timeout must be among them.
    expect(result.runProblems).toContain("the run's timeout of 0.1 s was exhausted");
    expect(observationOf(result, "jobs.transitions")).toBe(
      "not run: the run's timeout of 0.1 s was exhausted",
    );
  });

  it("a job slower than the job budget fails with the status timeline it went through", async () => {
    const target = mockWith([
      {
        match: { method: "POST", path: "/jobs/*/results" },
        action: { type: "job-outcome", outcome: "slow" },
      },
    ]);
    const result = await runConformance({
      url: "http://slow-job.test",
      ...target,
      ...DEMO_USERS,
      jobTimeoutMs: 8000,
      only: ["jobs.poll.finished"],
    });
    expect(statusOf(result, "jobs.poll.finished")).toBe("fail");
    expect(observationOf(result, "jobs.poll.finished")).toBe(
      "still running when the job budget of 8 s ran out. Timeline: created@0.0s → queued@0.0s → running@1.0s",
    );
  });

  it("marks checks whose endpoints the capabilities do not list, and that do not answer, as not supported", async () => {
    const probe = createMockServer();
    const capabilities = (await (await probe.app.request("/")).json()) as { endpoints: { path: string }[] };
    const endpoints = capabilities.endpoints.filter((endpoint) => !/\/(logs|estimate)$/.test(endpoint.path));
    const result = await runConformance({
      url: "http://partial.test",
      ...mockWith([
        { match: { path: "/" }, action: { type: "override", body: { set: { "/endpoints": endpoints } } } },
        // Not implemented either: an unlisted endpoint that answers is used (see capabilities.unlisted).
        { match: { path: "/jobs/*/logs" }, action: { type: "error", status: 404, code: "NotFound" } },
        { match: { path: "/jobs/*/estimate" }, action: { type: "error", status: 404, code: "NotFound" } },
      ]),
      ...DEMO_USERS,
    });
    expect(
      result.checks.filter((check) => check.status === "not-supported").map((check) => check.id),
    ).toEqual([
      "logs.shape",
      "logs.entries",
      "logs.time",
      "logs.messages",
      "logs.offset",
      "logs.limit",
      "logs.unknown-job",
      "estimate.fields",
      "failing.error-logs",
      "logs.level",
      "isolation.logs",
    ]);
    expect(observationOf(result, "estimate.fields")).toBe(
      "not advertised: the capabilities do not list GET /jobs/{}/estimate",
    );
    expect(result.ok).toBe(true);
  });

  it("reports jobs it could not delete as left behind", async () => {
    const result = await runConformance({
      url: "http://sticky.test",
      ...mockWith([{ match: { method: "DELETE", path: "/jobs/*" }, action: { type: "error", status: 500 } }]),
      ...DEMO_USERS,
    });
    expect(result.leftovers.length).toBeGreaterThanOrEqual(4);
    expect(result.leftovers[0]).toMatch(/^j-[0-9a-f]+: DELETE answered 500 Internal/);
    expect(result.ok).toBe(false);
  });
});
