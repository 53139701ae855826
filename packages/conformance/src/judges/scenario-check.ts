import type { CheckContext, Outcome } from "../internal/outcome.js";
import type { CheckDefinition } from "../types.js";
import type { Definition } from "./judged-check.js";

/**
 * A check that needs what its scenario knows (which job, which step, what was sent), not only exchanges: its
 * catalogue entry and its verdict on what the scenario hands it. The proxy, which knows none of that, does not
 * judge it.
 */
export interface ScenarioCheck<Id extends string = string, Input = never> extends CheckDefinition {
  readonly id: Id;
  /** The verdict on what the scenario saw; `c` adds the exchanges it rests on to the evidence. */
  readonly verdict: (input: Input, c: CheckContext) => Outcome;
}

/**
 * Defines a check its scenario judges. Give `rules` (profile rule numbers) or, when no rule numbers it, `basis`;
 * `source: "jobkit"` marks a promise jobkit makes beyond openEO.
 *
 * @example
 * export const jobsDeleteGone = scenarioCheck({ id: "jobs.delete.gone", ..., verdict: (described: Exchange, c) => … });
 */
export function scenarioCheck<const Id extends string, Input>(
  check: Definition<Id> & Pick<ScenarioCheck<Id, Input>, "verdict">,
): ScenarioCheck<Id, Input> {
  return Object.freeze({
    source: "openeo" as const,
    ...check,
    rules: Object.freeze([...check.rules]),
    needs: Object.freeze([...check.needs]),
  });
}
