import { corsAllowOrigin } from "../../judges/cors/cors-allow-origin.js";
import { corsExposeHeaders } from "../../judges/cors/cors-expose-headers.js";
import { encodingUtf8 } from "../../judges/encoding/encoding-utf8.js";
import { errorsBody } from "../../judges/errors/errors-body.js";
import { errorsIdOrUrl } from "../../judges/errors/errors-id-or-url.js";
import { errorsStatusRange } from "../../judges/errors/errors-status-range.js";
import { jobsTransitions } from "../../judges/jobs/jobs-transitions.js";
import type { Observed } from "../../judges/observed.js";
import { specResponses } from "../../judges/spec/spec-responses.js";
import { observeExchange, runTarget } from "../observe-exchange.js";
import type { Exchange } from "../probe.js";
import type { Session } from "../session.js";
import { judgeExchanges } from "./judge-exchanges.js";

/**
 * Checks over every answer of the API in the run (those a failed check already blamed are not reported twice).
 * Asset downloads are left to the `downloads.*` checks, as in the proxy: an asset href may point anywhere (object
 * storage, a CDN), and openEO's rules on CORS headers, error bodies and charsets are rules of its API.
 */
export async function overall(s: Session): Promise<void> {
  const unblamedAnswers = () =>
    s.probe.exchanges.filter(
      (exchange) =>
        exchange.status !== undefined &&
        exchange.purpose !== "asset" &&
        !s.blamed.has(exchange.seq) &&
        s.judged(exchange),
    );
  // Each answer is observed once and handed to every judge: what it went to and what came back do not change
  // while the checks over every answer run; which answers are left to judge does (a failed check blames some).
  const seen = new Map<number, Observed>();
  const observe = (exchange: Exchange) => {
    let observation = seen.get(exchange.seq);
    if (!observation) {
      observation = observeExchange(exchange, runTarget(s, exchange));
      seen.set(exchange.seq, observation);
    }
    return { exchange, observed: observation };
  };
  const observed = () => unblamedAnswers().map(observe);
  // Status changes are judged over every request of the API the run made, blamed or not, as the proxy judges them.
  const made = () => s.probe.exchanges.filter((exchange) => exchange.purpose === "api").map(observe);
  await judgeExchanges(s, corsAllowOrigin, observed());
  await judgeExchanges(s, corsExposeHeaders, observed());
  await judgeExchanges(s, encodingUtf8, observed());
  await judgeExchanges(s, errorsStatusRange, observed());
  await judgeExchanges(s, errorsBody, observed());
  await judgeExchanges(s, errorsIdOrUrl, observed());
  await judgeExchanges(s, jobsTransitions, made());
  await judgeExchanges(s, specResponses, observed());
}
