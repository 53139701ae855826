import { listSome } from "../internal/scenarios/answers.js";
import type { CheckStatus, Evidence } from "../types.js";
import type { JudgedCheck } from "./judged-check.js";
import { describeObserved, type Observed } from "./observed.js";

/** How many failing exchanges a verdict shows as evidence. */
const SHOWN = 5;

/** The verdict of a judged check over every exchange it was handed. */
export interface JudgedVerdict {
  readonly status: Extract<CheckStatus, "pass" | "fail" | "skip">;
  readonly observation: string;
  /** One line per exchange that broke the rule. */
  readonly violations: readonly string[];
  /** The first exchanges that broke the rule. */
  readonly evidence: readonly Evidence[];
  /** The sequence numbers of every exchange that broke the rule. */
  readonly blamed: readonly number[];
  /** The sequence numbers of the first exchanges judged. */
  readonly judgedFirst: readonly number[];
}

/**
 * Runs one check's judge over exchanges as they come (the proxy) or all at once (a run), and gives the same
 * verdict either way.
 */
export function createTally(check: JudgedCheck) {
  const kept: Observed[] = [];
  const violations: string[] = [];
  const evidence: Evidence[] = [];
  const blamed: number[] = [];
  const judgedFirst: number[] = [];
  let judged = 0;
  let lastProblem: string | undefined;
  let lastNote: string | undefined;
  let passedOver: string | undefined;

  return {
    /** Judges one exchange; returns its problem, if it broke the rule (undefined otherwise). */
    add(exchange: Observed): { judged: boolean; problem?: string } {
      const finding = check.judge(exchange, kept);
      if (check.keep?.(exchange)) kept.push(exchange);
      if (!finding) {
        passedOver = check.passedOver?.(exchange) ?? passedOver;
        return { judged: false };
      }
      judged += 1;
      if (judgedFirst.length < SHOWN) judgedFirst.push(exchange.seq);
      lastNote = finding.note;
      if (finding.problem === undefined) return { judged: true };
      lastProblem = finding.problem;
      violations.push(`${describeObserved(exchange)}: ${finding.problem}`);
      if (evidence.length < SHOWN) evidence.push(exchange.evidence);
      blamed.push(exchange.seq);
      return { judged: true, problem: finding.problem };
    },

    verdict(): JudgedVerdict {
      const status = violations.length > 0 ? "fail" : judged > 0 ? "pass" : "skip";
      const exchanges = `${judged} exchange${judged === 1 ? "" : "s"}`;
      const observation =
        status === "fail"
          ? judged === 1
            ? (lastProblem as string)
            : `${violations.length} of ${exchanges} break it: ${listSome(violations)}`
          : status === "pass"
            ? judged === 1 && lastNote !== undefined
              ? lastNote
              : `${exchanges} judged, all conform`
            : (passedOver ?? check.unjudged);
      return {
        status,
        observation,
        violations: [...violations],
        evidence: [...evidence],
        blamed: [...blamed],
        judgedFirst: [...judgedFirst],
      };
    },
  };
}

export type Tally = ReturnType<typeof createTally>;

/** The verdict of a check over a list of exchanges, oldest first. */
export function judgeAll(check: JudgedCheck, exchanges: readonly Observed[]): JudgedVerdict {
  const tally = createTally(check);
  for (const exchange of exchanges) tally.add(exchange);
  return tally.verdict();
}
