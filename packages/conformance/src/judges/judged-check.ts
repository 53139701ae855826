import type { Outcome } from "../internal/outcome.js";
import type { CheckDefinition } from "../types.js";
import type { Observed } from "./observed.js";

/** A judge's word on one exchange: `{}` when it keeps the rule, `{ problem }` when it breaks it. */
export interface Finding {
  readonly problem?: string;
  /** What a conforming exchange showed, the observation when it is the only one judged. */
  readonly note?: string;
}

/** The exchange keeps the rule. */
export const conforms: Finding = Object.freeze({});

/** The exchange keeps the rule; `note` says how, in one phrase. */
export const conformsAs = (note: string): Finding => ({ note });

/** The exchange breaks the rule, in one phrase. */
export const breaks = (problem: string): Finding => ({ problem });

/** An outcome as a judge's finding: its observation as the note or the problem; a skip is no finding. */
export function findingOf(outcome: Outcome): Finding | undefined {
  if (outcome.status === "pass") return conformsAs(outcome.observation);
  return outcome.status === "fail" ? breaks(outcome.observation) : undefined;
}

/**
 * A check that judges exchanges: its catalogue entry and the judge, a pure function shared by a run's scenarios
 * (which make the exchanges) and the proxy (which observes them).
 */
export interface JudgedCheck<Id extends string = string> extends CheckDefinition {
  readonly id: Id;
  /**
   * Judges one exchange, knowing the earlier exchanges `keep` selected (oldest first); undefined when the rule
   * says nothing about this exchange.
   */
  readonly judge: (exchange: Observed, earlier: readonly Observed[]) => Finding | undefined;
  /** Which exchanges later judgements need to know (none when omitted). */
  readonly keep?: (exchange: Observed) => boolean;
  /** The observation when no exchange was of the kind the rule judges. */
  readonly unjudged: string;
  /**
   * Why an exchange the judge passed over leaves the rule not evaluated (a refused creation for the headers of a
   * successful one), or undefined; the last such reason replaces `unjudged` when nothing was judged.
   */
  readonly passedOver?: (exchange: Observed) => string | undefined;
  /**
   * True when the check judges every exchange handed to it, also one a failed check already blamed (a status
   * poll shows the job's status whatever else was wrong with it). The other checks over every answer leave
   * blamed exchanges out, so that a fault is reported once.
   */
  readonly judgesBlamed?: true;
}

/** The catalogue fields of a check; `source` defaults to openEO. */
export type Definition<Id extends string> = Omit<CheckDefinition, "source" | "id"> & {
  readonly id: Id;
  readonly source?: CheckDefinition["source"];
};

/**
 * Defines a check that judges exchanges. Give `rules` (profile rule numbers) or, when no rule numbers it,
 * `basis` (the passage of the openEO documents that asks for it).
 *
 * @example
 * export const errorsBody = judgedCheck({ id: "errors.body", level: "L1", rules: [7], ..., judge: (exchange) => … });
 */
export function judgedCheck<const Id extends string>(
  check: Definition<Id> &
    Pick<JudgedCheck<Id>, "judge" | "keep" | "unjudged" | "passedOver" | "judgesBlamed">,
): JudgedCheck<Id> {
  return Object.freeze({ source: "openeo" as const, ...check, rules: Object.freeze([...check.rules]) });
}
