import type { ProxiedExchange } from "./proxied-exchange.js";

/** The side whose behaviour broke a rule. */
export type Side = "client" | "server";

/** One rule broken by one exchange. */
export interface Violation {
  readonly check: string;
  readonly side: Side;
  readonly message: string;
  readonly exchange: ProxiedExchange;
}

/**
 * What the judges found over the traffic: how many exchanges each check judged and every violation. An exchange
 * blamed by a specific check is left out of the checks over every exchange (CORS, error format, contract).
 */
export function createVerdicts(onViolation?: (violation: Violation) => void) {
  const judgedCounts = new Map<string, number>();
  const violations: Violation[] = [];
  const blamed = new Set<number>();

  return {
    violations: violations as readonly Violation[],

    /** Counts one exchange judged by `check`; with a message, it broke the rule. */
    judge(check: string, side: Side, exchange: ProxiedExchange, problem?: string): void {
      judgedCounts.set(check, (judgedCounts.get(check) ?? 0) + 1);
      if (problem === undefined) return;
      const violation = { check, side, message: problem, exchange };
      violations.push(violation);
      if (side === "server") blamed.add(exchange.seq);
      onViolation?.(violation);
    },

    /** Whether a server check already blamed this exchange. */
    blamed: (exchange: ProxiedExchange) => blamed.has(exchange.seq),

    judged: (check: string) => judgedCounts.get(check) ?? 0,
  };
}

export type Verdicts = ReturnType<typeof createVerdicts>;
