/**
 * The official per-process cases by profile level, as `test/official-cases.test.ts` runs them: how many must pass,
 * how many are known failures (each with its reason) and how many cannot run. Prints JSON; `tools/docs` writes it
 * into the README. The test proves each claim: a case listed as passing fails the suite if it does not pass, a
 * known failure fails it if it passes.
 */
import { KNOWN_FAILURES } from "../test/known-failures.js";
import { loadOfficialCases } from "../test/official-cases.js";

type Counts = { cases: number; pass: number; known: number; cannotRun: number };

const levels: Record<string, Counts> = {};
for (const testCase of loadOfficialCases()) {
  levels[testCase.level] ??= { cases: 0, pass: 0, known: 0, cannotRun: 0 };
  const counts = levels[testCase.level] as Counts;
  counts.cases += 1;
  if (testCase.missingAsset) counts.cannotRun += 1;
  else if (KNOWN_FAILURES[testCase.name]) counts.known += 1;
  else counts.pass += 1;
}
const knownFailures = Object.entries(KNOWN_FAILURES)
  .map(([name, reason]) => ({ name, reason }))
  .sort((a, b) => a.name.localeCompare(b.name, "en", { numeric: true }));
console.log(JSON.stringify({ levels, knownFailures }));
