import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import type { CheckResult, ConformanceResult } from "../types.js";
import { createConsoleReporter } from "./console-reporter.js";
import { timelineCaption, timelineSvg, toHtml } from "./html-reporter.js";
import { toJson } from "./json-reporter.js";
import { toJUnit } from "./junit-reporter.js";

function check(
  id: string,
  status: CheckResult["status"],
  observation: string,
  extra: Partial<CheckResult> = {},
): CheckResult {
  return {
    id,
    source: "openeo",
    rules: [736],
    rule: "#736",
    level: "L1B",
    scenario: "lifecycle",
    required: true,
    status,
    expectation: "POST /jobs answers 201",
    observation,
    evidence: [],
    durationMs: 1.5,
    ...extra,
  };
}

const failed = check("jobs.create.status-201", "fail", 'POST /jobs answered 200 <b>&"\u0007', {
  evidence: [
    {
      method: "POST",
      url: "http://api.test/jobs",
      requestHeaders: { authorization: "Bearer basic//<redacted>" },
      requestBody: '{"title":"t"}',
      status: 200,
      responseHeaders: { location: "http://api.test/jobs/j-1" },
      bodyExcerpt: "",
      bodyBytes: 0,
      durationMs: 2,
    },
  ],
});

const result: ConformanceResult = {
  target: "http://api.test",
  api: { given: "http://api.test", url: "http://api.test", apiVersion: "1.2.0", source: "api-root" },
  processChoice: "the jobs run the given process; the failing job runs the given failing process",
  embedded: false,
  startedAt: "2026-01-01T00:00:00.000Z",
  durationMs: 1234,
  checks: [
    check("jobs.create.location", "pass", "http://api.test/jobs/j-1"),
    failed,
    check("downloads.link-expiry", "skip", "the links expire in 3600 s", {
      level: "L2",
      required: false,
      rules: [],
      rule: undefined,
    }),
    check("conformance.conforms-to", "not-supported", "not advertised", { level: "L3", required: false }),
  ],
  summary: [
    { level: "L1", name: "minimal", total: 0, pass: 0, fail: 0, missing: 0, skip: 0, notSupported: 0 },
    {
      level: "L1A",
      name: "sync processing",
      total: 0,
      pass: 0,
      fail: 0,
      missing: 0,
      skip: 0,
      notSupported: 0,
    },
    { level: "L1B", name: "batch jobs", total: 2, pass: 1, fail: 1, missing: 0, skip: 0, notSupported: 0 },
    { level: "L2", name: "recommended", total: 1, pass: 0, fail: 0, missing: 0, skip: 1, notSupported: 0 },
    { level: "L3", name: "advanced", total: 1, pass: 0, fail: 0, missing: 0, skip: 0, notSupported: 1 },
  ],
  timelines: [
    {
      jobId: "j-1",
      scenario: "lifecycle",
      points: [
        { atMs: 0, status: "created" },
        { atMs: 100, status: "queued" },
        { atMs: 1100, status: "running" },
        { atMs: 4100, status: "running", progress: 50 },
        { atMs: 7100, status: "finished" },
      ],
      downloads: [{ name: "result.tif", startMs: 7200, endMs: 7600, ok: true }],
    },
    { jobId: "j-2", scenario: "lifecycle", points: [], downloads: [] },
  ],
  leftovers: ["j-9: DELETE answered 500"],
  runProblems: [],
  verdict: "fail",
  ok: false,
};

describe("toJUnit", () => {
  it("writes one testcase per check with failures and skips, escaped and parseable", () => {
    const xml = toJUnit(result);
    expect(xml).not.toContain("\u0007");
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(xml);
    expect(parsed.testsuites).toMatchObject({ tests: "4", failures: "1", skipped: "2", errors: "1" });
    const suites = [parsed.testsuites.testsuite].flat();
    expect(suites.map((suite: { name: string }) => suite.name)).toEqual([
      "L1B batch jobs",
      "L2 recommended",
      "L3 advanced",
    ]);
    const failure = suites[0].testcase[1].failure;
    expect(failure.message).toBe('POST /jobs answered 200 <b>&"');
    expect(failure["#text"]).toContain("> POST http://api.test/jobs");
    expect(failure["#text"]).toContain("< location: http://api.test/jobs/j-1");
    expect(suites[2].testcase.skipped.message).toBe("not-supported: not advertised");
    expect(parsed.testsuites["system-err"]).toBe("left behind: j-9: DELETE answered 500");
  });

  it("reports a jobkit extra that was not required as a warning, not a failure", () => {
    const warning = check("jobkit.assets.absolute-href", "fail", 'result.tif has the relative href "/d/1"', {
      source: "jobkit",
      level: "L2",
      required: false,
      rules: [],
      rule: undefined,
    });
    const xml = toJUnit({ ...result, checks: [warning] });
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(xml);
    expect(parsed.testsuites).toMatchObject({ tests: "1", failures: "0" });
    const testcase = parsed.testsuites.testsuite.testcase;
    expect(testcase.failure).toBeUndefined();
    expect(testcase["system-out"]).toContain(
      "Warning (jobkit extra, advisory: --require jobkit.assets.absolute-href to enforce).",
    );
    const required = toJUnit({ ...result, checks: [{ ...warning, required: true }] });
    expect(required).toContain('<failure message="result.tif has the relative href');
  });
});

describe("toHtml", () => {
  it("is one self-contained page with the summary, the failure's evidence and a timeline per observed job", () => {
    const html = toHtml(result);
    expect(html).not.toMatch(/<script|<link rel="stylesheet"|src=/);
    expect(html).toContain("L1B batch jobs: 1/2 (1 failed)");
    expect(html).toContain("POST /jobs answered 200 &lt;b&gt;&amp;&quot;");
    expect(html).toContain("left behind: j-9: DELETE answered 500");
    expect(html.match(/<svg /g)).toHaveLength(1);
  });

  it("draws one bar per status change and one per download, on a shared time axis", () => {
    const svg = timelineSvg(result.timelines[0] as ConformanceResult["timelines"][number]);
    const bars = [...svg.matchAll(/<rect x="([\d.]+)"[^>]*fill="(#[0-9a-f]+)"/g)].map((match) => [
      Number(match[1]),
      match[2],
    ]);
    expect(bars.map(([, color]) => color)).toEqual(["#4b5563", "#b45309", "#1d4ed8", "#15803d", "#6d28d9"]);
    const xs = bars.map(([x]) => x as number);
    expect(xs.slice(0, 4)).toEqual([...xs.slice(0, 4)].sort((a, b) => a - b));
    expect(svg).toContain(">download</text>");
  });

  it("stretches the last status to the job's last observation: 20 s of running is not a sliver", () => {
    const svg = timelineSvg({
      jobId: "j-4",
      scenario: "lifecycle",
      points: [
        { atMs: 0, status: "created" },
        { atMs: 1000, status: "running" },
        ...Array.from({ length: 20 }, (_, i) => ({ atMs: 2000 + i * 1000, status: "running" })),
      ],
      downloads: [],
    });
    const widths = [...svg.matchAll(/<rect x="[\d.]+" y="\d+" width="([\d.]+)"/g)].map((match) =>
      Number(match[1]),
    );
    expect(widths).toHaveLength(2);
    // 1 s created, 20 s running on a 21 s axis
    expect((widths[1] as number) / (widths[0] as number)).toBeCloseTo(20, 0);
  });

  it("explains a timeline that is a single dot", () => {
    expect(
      timelineCaption({
        jobId: "j-5",
        scenario: "cancel",
        points: [{ atMs: 1200, status: "running" }],
        downloads: [],
      }),
    ).toBe("observed once (running at 1.2 s): a single dot, not a duration — the job was not polled again");
    expect(
      timelineCaption({
        jobId: "j-6",
        scenario: "cancel",
        points: [
          { atMs: 0, status: "created" },
          { atMs: 2500, status: "queued" },
        ],
        downloads: [],
      }),
    ).toBe("2 observations from 0.0 s to 2.5 s; each status lasts until the next one seen");
  });

  it("badges and bars keep white text at a contrast of at least 4.5:1", () => {
    const html = toHtml(result);
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => {
        const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const whiteOn = [
      ...html.matchAll(/background:(#[0-9a-f]{6});color:#fff/g),
      ...timelineSvg(result.timelines[0] as ConformanceResult["timelines"][number]).matchAll(
        /fill="(#[0-9a-f]{6})"/g,
      ),
    ].map((match) => match[1] as string);
    expect(whiteOn.length).toBeGreaterThan(4);
    for (const color of whiteOn) expect(1.05 / (luminance(color) + 0.05), color).toBeGreaterThanOrEqual(4.5);
  });

  it("labels a span too short for distinct ticks once, not five times", () => {
    const svg = timelineSvg({
      jobId: "j-3",
      scenario: "partial",
      points: [
        { atMs: 9500, status: "queued" },
        { atMs: 9520, status: "queued" },
      ],
      downloads: [],
    });
    const labels = [...svg.matchAll(/class="tick"[^>]*>([^<]*)</g)].map((match) => match[1]);
    expect(labels).toEqual(["9.5 s"]);
  });
});

describe("toJson", () => {
  it("round-trips the result with a tool marker", () => {
    expect(JSON.parse(toJson(result))).toEqual({
      tool: "jobkit-conformance",
      ...JSON.parse(JSON.stringify(result)),
    });
  });
});

describe("createConsoleReporter", () => {
  it("prints verdicts as they land, then levels, what to fix and the verdict", () => {
    let text = "";
    const reporter = createConsoleReporter({ write: (chunk) => (text += chunk) });
    reporter.onEvent({ type: "scenario", scenario: "lifecycle" });
    reporter.onEvent({ type: "request", method: "GET", url: "http://api.test/" });
    for (const item of result.checks) reporter.onEvent({ type: "check", result: item });
    reporter.finish(result);
    expect(text).toMatchInlineSnapshot(`
      "▸ lifecycle
        ✓ jobs.create.location #736
        ✗ jobs.create.status-201 #736  POST /jobs answered 200 <b>&"?
        - downloads.link-expiry  the links expire in 3600 s
        ○ conformance.conforms-to #736  not advertised

      L1B batch jobs: 1/2 (1 failed)
      L2 recommended: 0/0 (1 skipped)
      L3 advanced: 0/0 (1 not supported)

      What to fix:
      ✗ jobs.create.status-201 #736 [L1B]
          expected: POST /jobs answers 201
          observed: POST /jobs answered 200 <b>&"?
      left behind: j-9: DELETE answered 500

      FAIL: 1 required check failed, 1 job left behind (4 checks, 1.2 s)
      "
    `);
  });

  it("marks a scenario entered again as continued", () => {
    let text = "";
    const reporter = createConsoleReporter({ write: (chunk) => (text += chunk) });
    for (const scenario of ["discovery", "auth", "discovery"] as const)
      reporter.onEvent({ type: "scenario", scenario });
    expect(text).toBe("▸ discovery\n▸ auth\n▸ discovery (continued)\n");
  });
});
