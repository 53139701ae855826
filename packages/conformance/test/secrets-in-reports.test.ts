import { createMockServer, type FaultSpec } from "@jobkit/mock-server";
import { describe, expect, it } from "vitest";
import {
  type ConformanceOptions,
  createConsoleReporter,
  mockTarget,
  runConformance,
  toHtml,
  toJson,
  toJUnit,
} from "../src/index.js";
import { DEMO_USERS, EMBEDDED_MOCK_OPTIONS } from "../src/internal/embedded-target.js";

/** Faults that put secret-carrying exchanges into failures: their evidence and curl lines reach every report. */
const FAULTS: FaultSpec[] = [
  // a signed download link fails downloads.content-type: its URL is in the evidence and the curl line
  {
    match: { method: "GET", path: "/download/**" },
    action: { type: "override", headers: { set: { "Content-Type": "application/octet-stream" } } },
  },
  // the answers carrying basic access tokens fail cors.allow-origin: their bodies are in the evidence
  {
    match: { path: "/credentials/basic" },
    action: { type: "override", headers: { remove: ["Access-Control-Allow-Origin"] } },
  },
];

/**
 * Every secret in the traffic: credentials the target accepted (not the kit's forged ones it refused), tokens
 * answered, signatures of signed links, `token=` values.
 */
function secretCollector() {
  const secrets = new Map<string, string>(
    ["alice123", "bob123", "broke123", DEMO_USERS.oidcClient.clientSecret].map((secret) => [
      secret,
      "password",
    ]),
  );
  const add = (kind: string, ...values: string[]) => {
    for (const value of values) if (!secrets.has(value)) secrets.set(value, kind);
  };
  async function collect(request: Request, answer: Response): Promise<void> {
    const authorization = (answer.status < 400 && request.headers.get("authorization")) || "";
    const [scheme, value = ""] = authorization.split(" ", 2);
    if (scheme === "Bearer") add("bearer", value, value.slice(value.lastIndexOf("/") + 1));
    if (scheme === "Basic") add("basic", value);
    const sent = request.method === "POST" ? await request.clone().text() : "";
    add("client secret", ...new URLSearchParams(sent).getAll("client_secret"));
    const text = await answer.clone().text();
    for (const [, kind, token] of text.matchAll(/"(access_token|refresh_token|id_token)"\s*:\s*"([^"]+)"/g))
      add(kind as string, token as string);
    for (const [, signature] of text.matchAll(/\/download\/[^/]+\/\d+\/([^/]+)\//g))
      add("signature", signature as string);
    for (const [, token] of `${request.url} ${text}`.matchAll(/[?&]token=([^&"\s]+)/g))
      add("token=", token as string);
  }
  return { secrets, collect };
}

/** A full run against the in-process mock with the faults, and its four reports. */
async function reportsOfRun(options: Partial<ConformanceOptions>) {
  const target = mockTarget(createMockServer({ ...EMBEDDED_MOCK_OPTIONS, faults: FAULTS }));
  const { secrets, collect } = secretCollector();
  let console = "";
  const reporter = createConsoleReporter({
    write: (text) => {
      console += text;
    },
    live: true,
    redacted: options.redact !== false,
  });
  const result = await runConformance({
    url: "http://api.test/openeo/1.2",
    clock: target.clock,
    fetch: async (request) => {
      const answer = await target.fetch(request.clone());
      await collect(request, answer);
      return answer;
    },
    ...DEMO_USERS,
    onEvent: reporter.onEvent,
    ...options,
  });
  reporter.finish(result);
  const reports = { json: toJson(result), junit: toJUnit(result), html: toHtml(result), console };
  return { result, reports, secrets: [...secrets.keys()], kinds: new Set(secrets.values()) };
}

describe("reports are safe to publish", { timeout: 30_000 }, () => {
  it("no report of a full run shows any secret the run used", async () => {
    const { result, reports, secrets, kinds } = await reportsOfRun({});
    const failed = result.checks.filter((check) => check.status === "fail").map((check) => check.id);
    expect(failed).toEqual(expect.arrayContaining(["downloads.content-type", "cors.allow-origin"]));
    expect(result.checks.find((check) => check.id === "downloads.content-type")?.reproduction).toMatch(
      /^curl .*\/download\//,
    );
    // the traffic had every kind: passwords, a basic token per user, the OIDC tokens, link signatures
    expect(kinds).toEqual(new Set(["password", "basic", "access_token", "id_token", "bearer", "signature"]));
    expect(secrets.length).toBeGreaterThan(10);
    for (const secret of secrets) expect(secret.length).toBeGreaterThanOrEqual(6);
    const leaks = Object.entries(reports).flatMap(([name, text]) =>
      secrets.filter((secret) => text.includes(secret)).map((secret) => `${name}: ${secret}`),
    );
    expect(leaks).toEqual([]);
    expect(reports.json).not.toMatch(/UNREDACTED/);
  });

  it("--no-redact keeps the secrets and every report says so at its top", async () => {
    const { result, reports, secrets } = await reportsOfRun({ redact: false });
    expect(result.redacted).toBe(false);
    const warning = /^UNREDACTED REPORT: it shows live secrets/;
    expect(JSON.parse(reports.json).warning).toMatch(warning);
    expect(reports.json.split("\n").slice(0, 3).join("\n")).toContain('"warning": "UNREDACTED REPORT');
    expect(reports.junit.split("\n")[1]).toMatch(/^<!-- UNREDACTED REPORT: /);
    expect(reports.html.slice(reports.html.indexOf("<body>"), reports.html.indexOf("<h1>"))).toContain(
      "UNREDACTED REPORT",
    );
    expect(reports.console.split("\n")[0]).toMatch(/UNREDACTED REPORT/);
    // what the redacted run hides is really there to hide
    expect(secrets.some((secret) => reports.json.includes(secret))).toBe(true);
  });
});
