import type { CheckId } from "../../catalogue.js";
import { downloadsChecksum } from "../../judges/downloads/downloads-checksum.js";
import { downloadsContentType } from "../../judges/downloads/downloads-content-type.js";
import { downloadsGet } from "../../judges/downloads/downloads-get.js";
import { downloadsNoAuth } from "../../judges/downloads/downloads-no-auth.js";
import { downloadsSize } from "../../judges/downloads/downloads-size.js";
import { jobkitDownloadsHead } from "../../judges/jobkit/jobkit-downloads-head.js";
import { sniffFormat } from "../file-format.js";
import { observeExchange } from "../observe-exchange.js";
import { fail, pass, skip } from "../outcome.js";
import type { Exchange } from "../probe.js";
import type { Session } from "../session.js";
import { answered, listSome } from "./answers.js";
import { judgeExchanges } from "./judge-exchanges.js";
import { type AssetInfo, type ResultsMetadata, serverNow } from "./results.js";

const MAX_ASSETS = 20;
/** Added to `expires` before testing that a link is refused, for clock skew. */
const EXPIRY_MARGIN_MS = 2000;

interface Download {
  asset: AssetInfo;
  head: Exchange;
  /** The GET without credentials. */
  anonymous: Exchange;
  /**
   * The GET whose bytes are judged: the anonymous one, or a retry with credentials when that was refused and the
   * asset is on the API's origin (credentials never go elsewhere: hosts that need them give signed URLs).
   */
  get: Exchange;
}

/** HEAD and GET of every asset, then the checks that follow the results to their bytes. */
export async function downloads(s: Session, jobId: string, metadata: ResultsMetadata): Promise<void> {
  const wanted: CheckId[] = [
    "jobkit.downloads.head",
    "downloads.no-auth",
    "downloads.get",
    "downloads.content-type",
    "downloads.size",
    "downloads.checksum",
    "downloads.format",
    "downloads.link-expiry",
  ];
  if (!s.runs(...wanted)) return;
  const list: Download[] = [];
  const timeline = s.jobs.timeline(jobId, "lifecycle");
  for (const asset of metadata.assets.slice(0, MAX_ASSETS)) {
    const startMs = s.jobs.elapsed();
    const head = await s.fetchUrl("HEAD", asset.href, s.authHeader());
    const anonymous = await s.fetchUrl("GET", asset.href);
    // off the API's origin the kit sends no credentials, so a retry would ask the same again
    const retry = (anonymous.status === 401 || anonymous.status === 403) && s.onApiOrigin(asset.href);
    const get = retry ? await s.fetchUrl("GET", asset.href, s.authHeader()) : anonymous;
    const realMs =
      head.evidence.durationMs + anonymous.evidence.durationMs + (retry ? get.evidence.durationMs : 0);
    timeline.downloads.push({
      name: asset.key,
      startMs,
      endMs: Math.max(s.jobs.elapsed(), startMs + realMs),
      ok: get.status === 200 && !get.problem,
    });
    list.push({ asset, head, anonymous, get });
  }
  const none = list.length === 0 ? "the results list no asset with an href" : undefined;

  const observed = list.flatMap(({ asset, head, anonymous, get }) =>
    [...new Set([head, anonymous, get])].map((exchange) => ({
      exchange,
      observed: observeExchange(exchange, {
        kind: "asset",
        asset: { ...asset, onApiOrigin: s.onApiOrigin(asset.href) },
      }),
    })),
  );
  for (const check of [jobkitDownloadsHead, downloadsNoAuth, downloadsGet]) {
    if (none) await s.check(check.id, () => fail(none));
    else await judgeExchanges(s, check, observed);
  }
  const fetched = list.filter(({ get }) => get.status === 200 && !get.problem);
  for (const check of [downloadsContentType, downloadsSize, downloadsChecksum])
    await judgeExchanges(s, check, observed);
  await s.check("downloads.format", (c) => {
    if (fetched.length === 0) return skip("no asset could be downloaded (see downloads.get)");
    const verdicts = fetched.map(({ asset, get }) => ({
      asset,
      get,
      ...sniffFormat(get.bytes, asset.type ?? get.headers.get("content-type") ?? ""),
    }));
    const judged = verdicts.filter((verdict) => verdict.judged);
    if (judged.length === 0)
      return skip(
        `no asset has a format the kit can parse (${verdicts.map((verdict) => verdict.message).join("; ")})`,
      );
    const problems = judged.filter((verdict) => !verdict.ok);
    for (const verdict of problems) c.note(verdict.get);
    return problems.length > 0
      ? fail(
          listSome(
            problems.map((verdict) => `${verdict.asset.key} (${verdict.asset.type}): ${verdict.message}`),
          ),
        )
      : pass(judged.map((verdict) => `${verdict.asset.key}: ${verdict.message}`).join(", "));
  });
  if (s.runs("downloads.link-expiry")) await linkExpiry(s, metadata, fetched[0]);
}

async function linkExpiry(
  s: Session,
  metadata: ResultsMetadata,
  sample: Download | undefined,
): Promise<void> {
  if (!sample) {
    await s.check("downloads.link-expiry", () => skip("no asset could be downloaded (see downloads.get)"));
    return;
  }
  if (metadata.expiresAt === undefined) {
    await s.check("downloads.link-expiry", () =>
      skip("the results announce no expires (see jobs.results.expires)"),
    );
    return;
  }
  const wait = metadata.expiresAt - serverNow(s, metadata.exchange) + EXPIRY_MARGIN_MS;
  if (!s.options.targetClock && wait > s.options.jobTimeoutMs) {
    await s.check("downloads.link-expiry", () =>
      skip(
        `the links expire in ${Math.round(wait / 1000)} s, beyond the job budget of ${s.options.jobTimeoutMs / 1000} s (raise --job-timeout to test it)`,
      ),
    );
    return;
  }
  if (wait > 0) await s.options.clock.sleep(wait);
  const after = await s.fetchUrl("GET", sample.asset.href);
  await s.check("downloads.link-expiry", (c) => {
    c.use(after);
    const status = after.status ?? 0;
    if (status >= 400 && status < 500) {
      return pass(
        `${Math.round(wait / 1000)} s later, past expires: ${answered(after)}${status === 410 ? "" : " (410 ResultLinkExpired is the usual answer)"}`,
      );
    }
    return fail(
      `${sample.asset.key} still ${answered(after)} ${Math.round(wait / 1000)} s later, after the announced expires`,
    );
  });
}
