import { jobkitAssetsAbsoluteHref } from "../../judges/jobkit/jobkit-assets-absolute-href.js";
import { jobkitAssetsFileChecksum } from "../../judges/jobkit/jobkit-assets-file-checksum.js";
import { jobkitAssetsFileSize } from "../../judges/jobkit/jobkit-assets-file-size.js";
import { fail, pass } from "../outcome.js";
import type { Exchange } from "../probe.js";
import type { Session } from "../session.js";
import { answered, body, costsVerdict, findLink, isObject, type JsonObject, listSome } from "./answers.js";
import { judgeMade } from "./judge-exchanges.js";

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
  const metadata = body(exchange);
  const isItem = metadata.type === "Feature";
  await s.check("jobs.results.status-200", (c) => {
    c.use(exchange);
    return exchange.status === 200
      ? pass("200")
      : fail(`GET /jobs/{id}/results of a finished job ${answered(exchange)}`);
  });
  if (exchange.status !== 200 || !exchange.isJson) {
    s.skipRemaining(`the results could not be read (${answered(exchange)})`, "lifecycle", judgesResults);
    return undefined;
  }
  await s.check("jobs.results.stac", (c) => {
    c.use(exchange);
    const problem = stacProblem(metadata);
    return problem
      ? fail(problem)
      : pass(`a STAC ${String(metadata.stac_version)} ${isItem ? "Item" : "Collection"}`);
  });
  const assets = assetsOf(metadata, exchange.url);
  await s.check("jobs.results.assets", (c) => {
    c.use(exchange);
    if (!isObject(metadata.assets)) return fail("there is no assets object");
    const entries = Object.entries(metadata.assets);
    if (entries.length === 0) return fail("the finished job has no assets");
    const problems = entries.flatMap(([key, asset]) => {
      if (!isObject(asset)) return [`${key} is not an object`];
      const issues: string[] = [];
      if (typeof asset.href !== "string" || !URL.canParse(asset.href, exchange.url))
        issues.push(`${key} has no href that is a URL`);
      if (typeof asset.type !== "string" || !asset.type) issues.push(`${key} has no type`);
      return issues;
    });
    return problems.length > 0
      ? fail(listSome(problems), problems)
      : pass(`${entries.length} assets: ${entries.map(([key]) => key).join(", ")}`);
  });
  await s.check("jobs.results.metadata", (c) => {
    c.use(exchange);
    if (isItem) {
      const properties = isObject(metadata.properties) ? metadata.properties : {};
      const problems = [
        // the API document lets an unlocated result (geometry null) omit bbox
        metadata.geometry === null || (Array.isArray(metadata.bbox) && metadata.bbox.length >= 4)
          ? ""
          : "no bbox",
        "geometry" in metadata ? "" : "no geometry",
        properties.datetime !== undefined || (properties.start_datetime && properties.end_datetime)
          ? ""
          : "no datetime (or start/end_datetime)",
      ].filter(Boolean);
      return problems.length > 0
        ? fail(`the Item has ${problems.join(", ")}`)
        : pass("bbox, geometry and datetime");
    }
    const extent = isObject(metadata.extent) ? metadata.extent : {};
    return isObject(extent.spatial) && isObject(extent.temporal)
      ? pass("extent.spatial and extent.temporal")
      : fail("the Collection has no extent.spatial and extent.temporal");
  });
  for (const check of [jobkitAssetsAbsoluteHref, jobkitAssetsFileSize, jobkitAssetsFileChecksum])
    await judgeMade(s, check, [exchange]);
  await canonical(s, exchange);
  const expires = resultProperty(metadata, "expires");
  const expiresAt = typeof expires === "string" ? Date.parse(expires) : Number.NaN;
  await s.check("jobs.results.expires", (c) => {
    c.use(exchange);
    if (typeof expires !== "string") return fail("no expires");
    if (Number.isNaN(expiresAt)) return fail(`expires ${JSON.stringify(expires)} is not a date-time`);
    const now = serverNow(s, exchange);
    return expiresAt > now
      ? pass(`expires ${expires}`)
      : fail(`expires ${expires} is already past (server time ${new Date(now).toISOString()})`);
  });
  await s.check("jobs.results.costs", (c) => costsVerdict(c.use(exchange)));
  return { exchange, assets, expiresAt: Number.isNaN(expiresAt) ? undefined : expiresAt };
}

/** The target's idea of now: the run clock when it is the target's, else the Date header, else this machine. */
export function serverNow(s: Session, exchange: Exchange): number {
  if (s.options.targetClock) return s.options.clock.now();
  const date = Date.parse(exchange.headers.get("date") ?? "");
  return Number.isNaN(date) ? Date.now() : date;
}

/** Rule 871: the results' rel=canonical link gives access without credentials (it is public or signed). */
async function canonical(s: Session, exchange: Exchange): Promise<void> {
  if (!s.runs("jobs.results.canonical")) return;
  const link = findLink(body(exchange).links, "canonical");
  const href = link && typeof link.href === "string" ? new URL(link.href, exchange.url).href : undefined;
  // a public, long-lived URL that may live outside the API: judged here, not by the API-wide checks
  const fetched = href ? await s.fetchUrl("GET", href, {}, "asset") : undefined;
  await s.check("jobs.results.canonical", (c) => {
    c.use(exchange);
    if (!href) return fail("no link with rel=canonical and an href");
    const document = c.use(fetched);
    if (document.status !== 200)
      return fail(
        `GET of the canonical link ${href} without credentials ${answered(document)}; expected 200`,
      );
    const problem = stacProblem(body(document));
    return problem
      ? fail(`the canonical link ${href} answers 200 without credentials, but ${problem}`)
      : pass(`${href} answers the results without credentials`);
  });
}
