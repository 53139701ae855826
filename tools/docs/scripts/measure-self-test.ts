/**
 * Measures the conformance kit's self-test (the mutation matrix: a full run per check) and writes the time into
 * the kit's README, with the command and the date. `npm run measure:self-test -w @jobkit/docs [-- --rounds N]`
 * (default 3 rounds, after `npm run build`). CI never re-measures; `check:docs` only checks the block's form.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { replaceBlocks } from "../src/figure-blocks.js";
import { REPO_ROOT } from "../src/repo-root.js";

const README = `${REPO_ROOT}packages/conformance/README.md`;
const TEST = "test/mutation-matrix.test.ts";
const roundsArg = process.argv.indexOf("--rounds");
const rounds = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 3;
if (!Number.isInteger(rounds) || rounds < 1 || rounds > 20)
  throw new Error("--rounds takes a whole number 1–20");

function timeOneRound(): number {
  const started = performance.now();
  const run = spawnSync(process.execPath, [`${REPO_ROOT}node_modules/vitest/vitest.mjs`, "run", TEST], {
    cwd: `${REPO_ROOT}packages/conformance`,
    encoding: "utf8",
    timeout: 300_000,
  });
  if (run.status !== 0) throw new Error(`the self-test failed:\n${run.stdout}\n${run.stderr}`);
  return (performance.now() - started) / 1000;
}

const loadBefore = loadavg()[0] ?? 0;
const times = Array.from({ length: rounds }, timeOneRound).sort((a, b) => a - b);
const loadAfter = loadavg()[0] ?? 0;
const median = times[Math.floor(times.length / 2)] as number;
const s = (seconds: number) => `${seconds.toFixed(1)} s`;
const text = [
  `took **${s(median)}** (median of ${rounds}; ${s(times[0] as number)}–${s(times.at(-1) as number)}), measured by`,
  `\`npm run measure:self-test -w @jobkit/docs\` (\`vitest run ${TEST}\` in packages/conformance,`,
  `vitest's start included) on ${new Date().toISOString().slice(0, 10)}, Node ${process.versions.node}, ${cpus().length} cores,`,
  `load average ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)}.`,
].join("\n");
writeFileSync(
  README,
  replaceBlocks(readFileSync(README, "utf8"), "measured", (name) =>
    name === "self-test-time" ? text : undefined,
  ),
);
console.log(text);
