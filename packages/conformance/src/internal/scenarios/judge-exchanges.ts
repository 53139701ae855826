import type { CheckId } from "../../catalogue.js";
import type { JudgedCheck } from "../../judges/judged-check.js";
import type { Observed } from "../../judges/observed.js";
import { judgeAll } from "../../judges/tally.js";
import { observeExchange, runTarget } from "../observe-exchange.js";
import { fail, type Outcome, pass, skip } from "../outcome.js";
import type { Exchange } from "../probe.js";
import type { Session } from "../session.js";

/**
 * The outcome of a shared judge over exchanges. The exchanges that broke the rule go to `note` as evidence, or,
 * when none did, those judged if they are few (a check over every answer of the run names none).
 */
export function judgedOutcome(
  check: JudgedCheck,
  observed: readonly Observed[],
  note: (seq: number) => void,
): Outcome {
  const verdict = judgeAll(check, observed);
  const few = verdict.judgedFirst.length < 5 ? verdict.judgedFirst : [];
  for (const seq of verdict.status === "fail" ? verdict.blamed.slice(0, 5) : few) note(seq);
  if (verdict.status === "fail") return fail(verdict.observation, verdict.violations);
  return verdict.status === "pass" ? pass(verdict.observation) : skip(verdict.observation);
}

/**
 * Records a shared check's verdict over exchanges the run made (already observed, in the order they were made),
 * with the same judge the proxy uses on the exchanges it relays.
 */
export async function judgeExchanges(
  s: Session,
  check: JudgedCheck<CheckId>,
  exchanges: readonly { exchange: Exchange; observed: Observed }[],
): Promise<void> {
  const bySeq = new Map(exchanges.map((pair) => [pair.exchange.seq, pair.exchange]));
  await s.check(check.id, (c) =>
    judgedOutcome(
      check,
      exchanges.map((pair) => pair.observed),
      (seq) => {
        const exchange = bySeq.get(seq);
        if (exchange) c.note(exchange);
      },
    ),
  );
}

/** Records a shared check's verdict over exchanges the run made, each observed as going where the session noted. */
export async function judgeMade(
  s: Session,
  check: JudgedCheck<CheckId>,
  exchanges: readonly Exchange[],
): Promise<void> {
  await judgeExchanges(
    s,
    check,
    exchanges.map((exchange) => ({ exchange, observed: observeExchange(exchange, runTarget(s, exchange)) })),
  );
}

/**
 * Records a shared check's verdict on a request the run made knowing it valid (so a refusal breaks a success
 * rule), after `earlier` exchanges the judge may need to know (not marked).
 */
export async function judgeValid(
  s: Session,
  check: JudgedCheck<CheckId>,
  made: Exchange,
  earlier: readonly Exchange[] = [],
): Promise<void> {
  const observe = (exchange: Exchange) => observeExchange(exchange, runTarget(s, exchange));
  await judgeExchanges(s, check, [
    ...earlier.map((exchange) => ({ exchange, observed: observe(exchange) })),
    { exchange: made, observed: { ...observe(made), madeValid: true } },
  ]);
}
