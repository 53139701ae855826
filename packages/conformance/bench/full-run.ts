/**
 * Benchmark (run by hand): a full conformance run against the in-process mock on virtual time.
 *   npx tsx bench/full-run.ts [runs]
 * One first run, timed apart (cold: the engine, the schemas and the signing keys are made on first use, the code
 * is not yet optimised), then `runs` warm runs, of which the median is the figure.
 * Baselines measured in the same process: (a) the back-end time the run covers on the mock's virtual clock,
 * i.e. what a run on real time would at least wait; (b) the same number of bare requests (GET /) sent to the
 * same in-process mock without the kit, i.e. the floor the kit's own work sits on.
 */
import { createMockServer } from "@jobkit/mock-server";
import { mockTarget, runConformance } from "../src/index.js";
import { DEMO_USERS, EMBEDDED_MOCK_OPTIONS } from "../src/internal/embedded-target.js";

const runs = Number(process.argv[2] ?? 7);
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

const kitSeconds: number[] = [];
const rawSeconds: number[] = [];
let simulatedSeconds = 0;
let requests = 0;
let checks = 0;
let coldSeconds = 0;
for (let run = -1; run < runs; run += 1) {
  const mock = createMockServer(EMBEDDED_MOCK_OPTIONS);
  const start = mock.clock.now();
  const target = mockTarget(mock);
  const began = performance.now();
  const result = await runConformance({
    url: "http://bench.test",
    ...target,
    ...DEMO_USERS,
  });
  const seconds = (performance.now() - began) / 1000;
  if (run < 0) coldSeconds = seconds;
  else kitSeconds.push(seconds);
  if (!result.ok)
    throw new Error(
      `the run failed: ${result.checks.filter((check) => check.status === "fail").map((check) => check.id)}`,
    );
  simulatedSeconds = (mock.clock.now() - start) / 1000;
  requests = mock.journal.entries().length;
  checks = result.checks.length;

  const bare = createMockServer({ timing: { mode: "virtual" } });
  const rawBegan = performance.now();
  for (let index = 0; index < requests; index += 1) await (await bare.app.request("/")).arrayBuffer();
  if (run >= 0) rawSeconds.push((performance.now() - rawBegan) / 1000);
}

const kit = median(kitSeconds);
const raw = median(rawSeconds);
console.log(`| measure (median of ${runs} warm runs) | value |`);
console.log("|---|---|");
console.log(`| full run: ${checks} checks, ${requests} requests | ${kit.toFixed(3)} s |`);
console.log(
  `| the first (cold) run, timed apart | ${coldSeconds.toFixed(2)} s (${(coldSeconds / kit).toFixed(0)}× a warm run) |`,
);
console.log(
  `| back-end time covered on the virtual clock | ${simulatedSeconds.toFixed(0)} s (${(simulatedSeconds / kit).toFixed(0)}× the run) |`,
);
console.log(
  `| ${requests} bare GET / to the same mock, no kit | ${raw.toFixed(3)} s (the run is ${(kit / raw).toFixed(1)}× that) |`,
);
