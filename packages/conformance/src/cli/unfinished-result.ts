import { summarise } from "../run-conformance.js";
import type { ConformanceResult } from "../types.js";

/**
 * The result of a run that ended without verdicts (the target unreachable, an option the back-end refuses): no
 * checks, the error as its run problem, verdict `fail`. The CLI writes it to every requested report file, so
 * that a pipeline finds a report on every exit path.
 */
export function unfinishedResult(
  given: string | undefined,
  startedAt: Date,
  problem: string,
  redacted: boolean,
): ConformanceResult {
  const target = given ?? "embedded jobkit mock";
  return {
    target,
    api: { given: target, url: target, source: "as-given" },
    processChoice: "not chosen: the run ended before",
    embedded: given === undefined,
    startedAt: startedAt.toISOString(),
    durationMs: Date.now() - startedAt.getTime(),
    checks: [],
    summary: summarise([]),
    timelines: [],
    leftovers: [],
    runProblems: [problem],
    verdict: "fail",
    ok: false,
    redacted,
  };
}
