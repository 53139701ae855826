import { breaks, type Finding } from "./judged-check.js";
import { type Observed, templateOf } from "./observed.js";

/**
 * For the judges of one operation's answers: undefined for an exchange to another operation or for a whole
 * answer too large to judge; otherwise a failure when no whole answer arrived (as a run's checks fail then), else
 * `judge`'s finding.
 */
export function judgeOperation(
  exchange: Observed,
  operation: { readonly method: string; readonly template: string },
  judge: (exchange: Observed) => Finding | undefined,
): Finding | undefined {
  if (exchange.method !== operation.method || templateOf(exchange) !== operation.template) return undefined;
  // a whole answer the proxy relayed but did not keep (larger than its validation cap) is not judged
  if (exchange.status !== undefined && exchange.problem === undefined && exchange.body === undefined)
    return undefined;
  if (exchange.status === undefined || exchange.problem !== undefined || exchange.body === undefined)
    return breaks(
      `no answer: ${exchange.method} ${exchange.url.href}: ${exchange.problem ?? "the body did not arrive whole"}`,
    );
  return judge(exchange);
}
