import { afterAll, describe, expect, it } from "vitest";
import {
  createProcessRegistry,
  evaluateGraph,
  JobkitProcessesError,
  type ProcessGraph,
  type Value,
} from "../src/index.js";
import { KNOWN_FAILURES } from "./known-failures.js";
import { decodeArgument, difference, loadOfficialCases, type OfficialCase } from "./official-cases.js";

const registry = createProcessRegistry();
const counts = new Map<string, { passed: number; known: number; skipped: number }>();

function count(level: string, outcome: "passed" | "known" | "skipped"): void {
  const entry = counts.get(level) ?? { passed: 0, known: 0, skipped: 0 };
  entry[outcome] += 1;
  counts.set(level, entry);
}

function execute(testCase: OfficialCase): Value {
  const graph: ProcessGraph = {
    node: {
      process_id: testCase.processId,
      arguments: decodeArgument(testCase.arguments) as Record<string, unknown>,
      result: true,
    },
  };
  return evaluateGraph(graph, {}, { registry, context: { warn: () => {} } });
}

function check(testCase: OfficialCase): void {
  let result: Value;
  try {
    result = execute(testCase);
  } catch (error) {
    // An Internal error is a bug of ours, never the exception a case expects.
    if (testCase.throws === undefined || !(error instanceof JobkitProcessesError)) throw error;
    if (error.openeoCode === "Internal") throw error;
    if (typeof testCase.throws === "string") expect(error.openeoCode).toBe(testCase.throws);
    return;
  }
  if (!testCase.hasReturns) expect.fail(`expected ${String(testCase.throws)} to be thrown, got a value`);
  expect(difference(testCase.returns, result, testCase.delta)).toBeUndefined();
}

const supported = (testCase: OfficialCase) =>
  [testCase.processId, ...testCase.required].every((id) => registry.get(id) !== undefined);

describe("the official process tests, in process", () => {
  for (const testCase of loadOfficialCases()) {
    const known = KNOWN_FAILURES[testCase.name];
    if (testCase.missingAsset) {
      count(testCase.level, "skipped");
      it.skip(`${testCase.name} (the official folder lacks ${testCase.missingAsset})`, () => {});
    } else if (!supported(testCase)) {
      count(testCase.level, "skipped");
      it.skip(`${testCase.name} (process not implemented)`, () => {});
    } else if (known) {
      count(testCase.level, "known");
      it.fails(`${testCase.name} fails: ${known}`, () => check(testCase));
    } else {
      count(testCase.level, "passed");
      it(testCase.name, () => check(testCase));
    }
  }

  afterAll(() => {
    const lines = [...counts.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(
        ([level, c]) => `${level}: ${c.passed} pass, ${c.known} known failures, ${c.skipped} not implemented`,
      );
    console.log(`official process cases, per level:\n  ${lines.join("\n  ")}`);
  });
});
