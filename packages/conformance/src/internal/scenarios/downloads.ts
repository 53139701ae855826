import type { CheckId } from "../../catalogue.js";
import { downloadsChecksum } from "../../judges/downloads/downloads-checksum.js";
import { downloadsContentType } from "../../judges/downloads/downloads-content-type.js";
import { downloadsFormat } from "../../judges/downloads/downloads-format.js";
import { downloadsGet } from "../../judges/downloads/downloads-get.js";
import { downloadsLinkExpiry } from "../../judges/downloads/downloads-link-expiry.js";
import { downloadsNoAuth } from "../../judges/downloads/downloads-no-auth.js";
import { downloadsSize } from "../../judges/downloads/downloads-size.js";
import { jobkitDownloadsHead } from "../../judges/jobkit/jobkit-downloads-head.js";
import { observeExchange } from "../observe-exchange.js";
import { fail } from "../outcome.js";
import type { Exchange } from "../probe.js";
import type { Session } from "../session.js";
import { judgeExchanges } from "./judge-exchanges.js";
import { judgeScenario } from "./judge-scenario.js";
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
  await judgeScenario(s, downloadsFormat, fetched);
  if (s.runs(downloadsLinkExpiry.id)) await linkExpiry(s, metadata, fetched[0]);
}

async function linkExpiry(
  s: Session,
  metadata: ResultsMetadata,
  sample: Download | undefined,
): Promise<void> {
  const unjudged = (reason: string) => judgeScenario(s, downloadsLinkExpiry, { unjudged: reason });
  if (!sample) return unjudged("no asset could be downloaded (see downloads.get)");
  if (metadata.expiresAt === undefined)
    return unjudged("the results announce no expires (see jobs.results.expires)");
  const waitMs = metadata.expiresAt - serverNow(s, metadata.exchange) + EXPIRY_MARGIN_MS;
  if (!s.options.targetClock && waitMs > s.options.jobTimeoutMs)
    return unjudged(
      `the links expire in ${Math.round(waitMs / 1000)} s, beyond the job budget of ${s.options.jobTimeoutMs / 1000} s (raise --job-timeout to test it)`,
    );
  if (waitMs > 0) await s.options.clock.sleep(waitMs);
  const after = await s.fetchUrl("GET", sample.asset.href);
  await judgeScenario(s, downloadsLinkExpiry, { key: sample.asset.key, waitMs, after });
}
