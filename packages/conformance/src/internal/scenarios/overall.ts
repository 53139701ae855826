import { canBeObservedAfter, JOB_STATUSES, type JobStatus } from "@jobkit/spec";
import { contractFor } from "../../proxy/contract.js";
import { isErrorObject, isJobFailure } from "../error-body.js";
import { fail, pass } from "../outcome.js";
import type { Exchange } from "../probe.js";
import type { Session } from "../session.js";
import { headerList, isObject, listSome } from "./answers.js";

const EXPOSED = ["location", "openeo-identifier", "openeo-costs", "link"];
const TEXT = /^(text\/|application\/([\w.+-]*\+)?json)/i;

/** The body as the contract sees it: the JSON, a marker for text that is not JSON, nothing for binary or empty. */
function contractBody(exchange: Exchange): unknown {
  if (exchange.isJson) return exchange.json;
  const text = exchange.bytes.length > 0 && TEXT.test(exchange.headers.get("content-type") ?? "");
  return text ? "<not JSON>" : undefined;
}

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

  await s.check("cors.allow-origin", (c) => {
    const regular = regulars();
    const bad = regular.filter((exchange) => !exchange.headers.get("access-control-allow-origin"));
    for (const exchange of bad.slice(0, 5)) c.note(exchange);
    return bad.length > 0
      ? fail(
          `${bad.length} of ${regular.length} answers lack Access-Control-Allow-Origin: ${listSome(bad.map(label))}`,
          bad.map(label),
        )
      : pass(`all ${regular.length} answers`);
  });
  await s.check("cors.expose-headers", (c) => {
    const regular = regulars();
    const bad = regular.filter((exchange) => {
      const exposed = headerList(exchange, "access-control-expose-headers");
      return !exposed.includes("*") && EXPOSED.some((name) => !exposed.includes(name));
    });
    for (const exchange of bad.slice(0, 5)) c.note(exchange);
    const sample = bad[0]
      ? `; e.g. "${bad[0].headers.get("access-control-expose-headers") ?? "no header"}"`
      : "";
    return bad.length > 0
      ? fail(
          `${bad.length} of ${regular.length} answers do not expose ${EXPOSED.join(", ")}: ${listSome(bad.map(label))}${sample}`,
          bad.map(label),
        )
      : pass(`all ${regular.length} answers expose them`);
  });
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
  await s.check("errors.body", (c) => {
    const errors = errorAnswers();
    // the 424 of a failed job's results is a log entry in the API document, not an error object
    const bad = errors.filter(
      (exchange) =>
        !isErrorObject(exchange.json) && !(exchange.status === 424 && isJobFailure(exchange.json)),
    );
    for (const exchange of bad.slice(0, 5)) c.note(exchange);
    return bad.length > 0
      ? fail(
          `${bad.length} error answers are not JSON with code and message: ${listSome(bad.map(labelWithStatus))}`,
          bad.map(labelWithStatus),
        )
      : pass(`${errors.length} error answers with code and message`);
  });
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
  await s.check("spec.responses", (c) => {
    const announced = s.discovered?.apiVersion ?? s.capabilities.api_version;
    const contract = contractFor(typeof announced === "string" ? announced : undefined);
    const problems: string[] = [];
    const violations: string[] = [];
    let validated = 0;
    for (const exchange of unblamedAnswers()) {
      const info = s.apiInfo.get(exchange.seq);
      if (!info || exchange.purpose === "preflight" || !contract.validator.matchPath(info.path)) continue;
      validated += 1;
      const found = contract.validateResponse({
        method: exchange.method,
        path: info.path,
        status: exchange.status as number,
        headers: exchange.headers,
        body: contractBody(exchange),
      });
      if (found.length > 0) {
        c.note(exchange);
        const answer = `${exchange.method} ${info.path} → ${exchange.status}`;
        problems.push(`${answer}: ${listSome(found, 2)}`);
        violations.push(...found.map((finding) => `${answer}: ${finding}`));
      }
    }
    return problems.length > 0
      ? fail(
          `${problems.length} of ${validated} answers break the contract: ${listSome(problems)}`,
          violations,
        )
      : pass(`${validated} answers match the contract`);
  });
}
