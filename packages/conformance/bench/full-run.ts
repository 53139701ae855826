/**
 * Benchmark (run by hand): a full conformance run against the in-process mock on virtual time.
 *   npx tsx bench/full-run.ts [runs] [--baseline DIR]
 * Baselines measured in the same process: (a) the back-end time the run covers on the mock's virtual clock,
 * i.e. what a run on real time would at least wait; (b) the same number of bare requests (GET /) sent to the
 * same in-process mock without the kit, i.e. the floor the kit's own work sits on. With `--baseline DIR` (the
 * root of another checkout, its mock built), that checkout's kit and mock run too, alternating run by run with
 * this one, so that both meet the same load: before and after a change, in one run of the script.
 */
import { resolve } from "node:path";

interface Side {
  label: string;
  kit: typeof import("../src/index.js");
  target: typeof import("../src/internal/embedded-target.js");
  mock: typeof import("@jobkit/mock-server");
  kitSeconds: number[];
  rawSeconds: number[];
  simulatedSeconds: number;
  requests: number;
  checks: number;
}

const args = process.argv.slice(2);
const baselineAt = args.indexOf("--baseline");
const baseline = baselineAt >= 0 ? resolve(args[baselineAt + 1] as string) : undefined;
const runs = Number(args.find((arg, index) => /^\d+$/.test(arg) && index !== baselineAt + 1) ?? 7);
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

async function side(label: string, root: string | undefined): Promise<Side> {
  const at = (path: string, own: string) => (root ? `${root}/packages/${path}` : own);
  return {
    label,
    kit: await import(at("conformance/src/index.js", "../src/index.js")),
    target: await import(
      at("conformance/src/internal/embedded-target.js", "../src/internal/embedded-target.js")
    ),
    mock: await import(at("mock-server/dist/index.js", "@jobkit/mock-server")),
    kitSeconds: [],
    rawSeconds: [],
    simulatedSeconds: 0,
    requests: 0,
    checks: 0,
  };
}

const sides = [await side("this checkout", undefined)];
if (baseline) sides.push(await side(`baseline ${baseline}`, baseline));

for (let run = 0; run < runs; run += 1) {
  for (const s of run % 2 === 0 ? sides : [...sides].reverse()) {
    const mock = s.mock.createMockServer(s.target.EMBEDDED_MOCK_OPTIONS);
    const start = mock.clock.now();
    const began = performance.now();
    const result = await s.kit.runConformance({
      url: "http://bench.test",
      ...s.kit.mockTarget(mock),
      ...s.target.DEMO_USERS,
    });
    s.kitSeconds.push((performance.now() - began) / 1000);
    if (!result.ok)
      throw new Error(
        `the run of ${s.label} failed: ${result.checks.filter((check) => check.status === "fail").map((check) => check.id)}`,
      );
    s.simulatedSeconds = (mock.clock.now() - start) / 1000;
    s.requests = mock.journal.entries().length;
    s.checks = result.checks.length;

    const bare = s.mock.createMockServer({ timing: { mode: "virtual" } });
    const rawBegan = performance.now();
    for (let index = 0; index < s.requests; index += 1) await (await bare.app.request("/")).arrayBuffer();
    s.rawSeconds.push((performance.now() - rawBegan) / 1000);
  }
}

for (const { label, simulatedSeconds, requests, checks, ...s } of sides) {
  const kit = median(s.kitSeconds);
  const raw = median(s.rawSeconds);
  if (baseline) console.log(`\n${label}:`);
  console.log(`| measure (median of ${runs} runs) | value |`);
  console.log("|---|---|");
  console.log(`| full run: ${checks} checks, ${requests} requests | ${kit.toFixed(3)} s |`);
  console.log(
    `| back-end time covered on the virtual clock | ${simulatedSeconds.toFixed(0)} s (${(simulatedSeconds / kit).toFixed(0)}× the run) |`,
  );
  console.log(
    `| ${requests} bare GET / to the same mock, no kit | ${raw.toFixed(3)} s (the run is ${(kit / raw).toFixed(1)}× that) |`,
  );
}
