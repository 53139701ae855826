import { jobkitAssetsAbsoluteHref } from "../../judges/jobkit/jobkit-assets-absolute-href.js";
import { jobkitAssetsFileChecksum } from "../../judges/jobkit/jobkit-assets-file-checksum.js";
import { jobkitAssetsFileSize } from "../../judges/jobkit/jobkit-assets-file-size.js";
import { jobsResultsAssets } from "../../judges/jobs/jobs-results-assets.js";
import { jobsResultsCanonical } from "../../judges/jobs/jobs-results-canonical.js";
import { jobsResultsCosts } from "../../judges/jobs/jobs-results-costs.js";
import { jobsResultsExpires } from "../../judges/jobs/jobs-results-expires.js";
import { jobsResultsMetadata } from "../../judges/jobs/jobs-results-metadata.js";
import { jobsResultsStac } from "../../judges/jobs/jobs-results-stac.js";
import { jobsResultsStatus200 } from "../../judges/jobs/jobs-results-status-200.js";
import type { Exchange } from "../probe.js";
import type { Session } from "../session.js";
import { answered, body, findLink, isObject, type JsonObject } from "./answers.js";
import { judgeMade } from "./judge-exchanges.js";
import { judgeScenario } from "./judge-scenario.js";

/** One asset of the results, as the metadata describes it. */
export interface AssetInfo {
  key: string;
  /** The href resolved against the results document's URL (openEO allows relative hrefs). */
  href: string;
  type: string | undefined;
  size: number | undefined;
  checksum: string | undefined;
}

/** What the downloads step needs from the results. */
export interface ResultsMetadata {
  exchange: Exchange;
  assets: AssetInfo[];
  /** `expires` as milliseconds since the epoch, when given and valid. */
  expiresAt: number | undefined;
}

/** Whether a check judges the results of a finished job (so it cannot run when there are none). */
export function judgesResults(id: string): boolean {
  return ["jobs.results.", "downloads.", "jobkit.assets."].some((prefix) => id.startsWith(prefix));
}

/** A property of a results document: in `properties` for an Item, at the top level for a Collection. */
export function resultProperty(metadata: JsonObject, name: string): unknown {
  return isObject(metadata.properties) && metadata.properties[name] !== undefined
    ? metadata.properties[name]
    : metadata[name];
}

/** The asset list of a results document read from `base`, without the assets whose href is no URL. */
function assetsOf(metadata: JsonObject, base: URL): AssetInfo[] {
  if (!isObject(metadata.assets)) return [];
  return Object.entries(metadata.assets).flatMap(([key, asset]) =>
    isObject(asset) && typeof asset.href === "string" && URL.canParse(asset.href, base)
      ? [
          {
            key,
            href: new URL(asset.href, base).href,
            type: typeof asset.type === "string" ? asset.type : undefined,
            size: typeof asset["file:size"] === "number" ? asset["file:size"] : undefined,
            checksum: typeof asset["file:checksum"] === "string" ? asset["file:checksum"] : undefined,
          },
        ]
      : [],
  );
}

/** The stac_version pattern of the openEO API document: "Supports versions 0.9.x and 1.x.x". */
const STAC_VERSION = /^(0\.9\.\d+|1\.\d+\.\d+)/;

/**
 * What keeps a results document from being a STAC Item or Collection (type, stac_version); none: undefined.
 * A Collection of STAC 0.9 has no `type` (the API document requires it from 1.0.0-rc.1 on).
 */
export function stacProblem(metadata: JsonObject): string | undefined {
  const version = metadata.stac_version;
  if (typeof version !== "string" || !STAC_VERSION.test(version))
    return `stac_version is ${JSON.stringify(version)}, not 0.9.x or 1.x.x`;
  const untypedCollection = metadata.type === undefined && version.startsWith("0.9");
  if (metadata.type !== "Feature" && metadata.type !== "Collection" && !untypedCollection)
    return `type is ${JSON.stringify(metadata.type)}, not Feature or Collection`;
  return undefined;
}

/** GET /jobs/{id}/results of a finished job and the checks on its metadata. */
export async function results(s: Session, jobId: string): Promise<ResultsMetadata | undefined> {
  const exchange = await s.api("GET", "/jobs/{}/results", { params: [jobId] });
  await judgeScenario(s, jobsResultsStatus200, exchange);
  if (exchange.status !== 200 || !exchange.isJson) {
    s.skipRemaining(`the results could not be read (${answered(exchange)})`, "lifecycle", judgesResults);
    return undefined;
  }
  await judgeMade(s, jobsResultsStac, [exchange]);
  await judgeScenario(s, jobsResultsAssets, exchange);
  await judgeMade(s, jobsResultsMetadata, [exchange]);
  const metadata = body(exchange);
  for (const check of [jobkitAssetsAbsoluteHref, jobkitAssetsFileSize, jobkitAssetsFileChecksum])
    await judgeMade(s, check, [exchange]);
  await canonical(s, exchange);
  await judgeMade(s, jobsResultsExpires, [exchange]);
  await judgeMade(s, jobsResultsCosts, [exchange]);
  const expires = resultProperty(metadata, "expires");
  const expiresAt = typeof expires === "string" ? Date.parse(expires) : Number.NaN;
  return {
    exchange,
    assets: assetsOf(metadata, exchange.url),
    expiresAt: Number.isNaN(expiresAt) ? undefined : expiresAt,
  };
}

/** The target's idea of now: the run clock when it is the target's, else the Date header, else this machine. */
export function serverNow(s: Session, exchange: Exchange): number {
  if (s.options.targetClock) return s.options.clock.now();
  const date = Date.parse(exchange.headers.get("date") ?? "");
  return Number.isNaN(date) ? Date.now() : date;
}

/** GET of the results' rel=canonical link, without credentials. */
async function canonical(s: Session, exchange: Exchange): Promise<void> {
  if (!s.runs(jobsResultsCanonical.id)) return;
  const link = findLink(body(exchange).links, "canonical");
  const href = link && typeof link.href === "string" ? new URL(link.href, exchange.url).href : undefined;
  // a public, long-lived URL that may live outside the API: judged here, not by the API-wide checks
  const fetched = href ? await s.fetchUrl("GET", href, {}, "asset") : undefined;
  await judgeScenario(s, jobsResultsCanonical, { exchange, href, fetched });
}
