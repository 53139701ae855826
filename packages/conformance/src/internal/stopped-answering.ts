import type { Exchange } from "./probe.js";

/** Fewer requests without an answer than this at the end of a run say nothing of a back-end that died. */
const AT_LEAST = 2;

/** The probe's problem of a request that reached no server, or whose connection broke before any answer. */
const CONNECTION_LOST = /^the request failed: /;

const named = (exchange: Exchange) => `${exchange.method} ${exchange.url.pathname}${exchange.url.search}`;

/**
 * When the back-end stopped answering for good (every request to its origin from some point on got no answer,
 * the connection refused or broken), one sentence naming the last request it answered and the first it did not;
 * otherwise undefined. Timeouts do not count: a slow back-end is not a dead one.
 */
export function stoppedAnswering(exchanges: readonly Exchange[], origin: string): string | undefined {
  const own = exchanges.filter((exchange) => exchange.url.origin === origin);
  const lastAnswered = own.findLastIndex((exchange) => exchange.status !== undefined);
  const after = own.slice(lastAnswered + 1);
  if (lastAnswered < 0 || after.length < AT_LEAST) return undefined;
  if (!after.every((exchange) => CONNECTION_LOST.test(exchange.problem ?? ""))) return undefined;
  const last = own[lastAnswered] as Exchange;
  const first = after[0] as Exchange;
  return `the back-end stopped answering after ${named(last)} (answered ${last.status}): all ${after.length} requests from ${named(first)} on got no answer (${first.problem}); the failures after it follow from that`;
}
