import { canBeObservedAfter, JOB_STATUSES, type JobStatus } from "@jobkit/spec";
import { corsAllowOrigin } from "../../judges/cors/cors-allow-origin.js";
import { corsExposeHeaders } from "../../judges/cors/cors-expose-headers.js";
import { errorsBody } from "../../judges/errors/errors-body.js";
import { specResponses } from "../../judges/spec/spec-responses.js";
import { isErrorObject } from "../error-body.js";
import { observeExchange, runTarget } from "../observe-exchange.js";
import { fail, pass } from "../outcome.js";
import type { Exchange } from "../probe.js";
import type { Session } from "../session.js";
import { isObject, listSome } from "./answers.js";
import { judgeExchanges } from "./judge-exchanges.js";

const TEXT = /^(text\/|application\/([\w.+-]*\+)?json)/i;

function label(exchange: Exchange): string {
  return `${exchange.method} ${exchange.url.pathname}${exchange.url.search}`;
}

function labelWithStatus(exchange: Exchange): string {
  return `${label(exchange)} → ${exchange.status}`;
}

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
  const regulars = () => unblamedAnswers().filter((exchange) => exchange.purpose !== "preflight");

  const observed = () =>
    unblamedAnswers().map((exchange) => ({
      exchange,
      observed: observeExchange(exchange, runTarget(s, exchange)),
    }));
  await judgeExchanges(s, corsAllowOrigin, observed());
  await judgeExchanges(s, corsExposeHeaders, observed());
  await s.check("encoding.utf8", (c) => {
    const regular = regulars();
    const problems: string[] = [];
    for (const exchange of regular) {
      const type = exchange.headers.get("content-type") ?? "";
      if (!TEXT.test(type)) continue;
      const charset = /charset=([^;]+)/i.exec(type)?.[1]?.trim().replace(/"/g, "").toLowerCase();
      if (charset && charset !== "utf-8" && charset !== "utf8") {
        problems.push(`${label(exchange)} declares charset=${charset}`);
        c.note(exchange);
        continue;
      }
      try {
        new TextDecoder("utf-8", { fatal: true }).decode(exchange.bytes);
      } catch {
        problems.push(`${label(exchange)} is not valid UTF-8`);
        c.note(exchange);
      }
    }
    return problems.length > 0 ? fail(listSome(problems), problems) : pass("every text answer is UTF-8");
  });
  const errorAnswers = () =>
    regulars().filter((exchange) => exchange.method !== "HEAD" && (exchange.status as number) >= 400);
  await s.check("errors.status-range", (c) => {
    const errors = errorAnswers();
    const bad = regulars().filter(
      (exchange) =>
        isErrorObject(exchange.json) &&
        ((exchange.status as number) < 400 || (exchange.status as number) > 599),
    );
    for (const exchange of bad.slice(0, 5)) c.note(exchange);
    return bad.length > 0
      ? fail(
          `error bodies with status outside 400–599: ${listSome(bad.map(labelWithStatus))}`,
          bad.map(labelWithStatus),
        )
      : pass(`${errors.length} error answers, all 4xx/5xx`);
  });
  await judgeExchanges(s, errorsBody, observed());
  await s.check("errors.id-or-url", (c) => {
    const errors = errorAnswers();
    const bad = errors.filter(
      (exchange) =>
        isErrorObject(exchange.json) && !(isObject(exchange.json) && (exchange.json.id || exchange.json.url)),
    );
    for (const exchange of bad.slice(0, 5)) c.note(exchange);
    return bad.length > 0
      ? fail(
          `${bad.length} error bodies have neither id nor url: ${listSome(bad.map(label))}`,
          bad.map(label),
        )
      : pass(`${errors.length} error bodies`);
  });
  await s.check("jobs.transitions", () => {
    const illegal: string[] = [];
    let changes = 0;
    for (const timeline of s.jobs.timelines.values()) {
      const statuses = timeline.points.map((point) => point.status);
      for (let index = 1; index < statuses.length; index += 1) {
        const from = statuses[index - 1] as string;
        const to = statuses[index] as string;
        if (from === to) continue;
        changes += 1;
        const known = JOB_STATUSES.includes(from as JobStatus) && JOB_STATUSES.includes(to as JobStatus);
        if (!known || !canBeObservedAfter(from as JobStatus, to as JobStatus))
          illegal.push(`${timeline.jobId}: ${from} → ${to}`);
      }
    }
    if (illegal.length > 0) return fail(`illegal status changes: ${listSome(illegal)}`, illegal);
    return pass(`${changes} status changes on ${s.jobs.timelines.size} jobs, all allowed`);
  });
  await judgeExchanges(s, specResponses, observed());
}
