import { API_VERSIONS, type ApiVersion, isApiVersion } from "@jobkit/spec/facts";
import { ConformanceUsageError } from "../errors.js";
import type { ApiDiscovery } from "../types.js";
import type { Exchange } from "./probe.js";
import { body, isObject } from "./scenarios/answers.js";
import type { Session } from "./session.js";

/** The openEO versions the kit judges (a 1.1.0 back-end by the 1.2.0 rules). */
export const JUDGED_VERSIONS: readonly string[] = [...API_VERSIONS, "1.1.0"];

/** The contract version whose rules judge a back-end announcing `announced` (1.2.0's for anything else). */
export function rulesVersion(announced: unknown): ApiVersion {
  return isApiVersion(announced) ? announced : "1.2.0";
}

interface ListedVersion {
  url: string;
  apiVersion: string;
  production: boolean;
}

/** What finding the API left for the discovery scenario to judge (so that it does not ask twice). */
export interface FoundApi extends ApiDiscovery {
  /** `GET /` of the API root, when it was asked at the chosen URL. */
  readonly capabilities?: Exchange;
  /** The well-known document that was read, if any. */
  readonly wellKnown?: Exchange;
}

const trimmed = (url: string) => url.replace(/\/+$/, "");

/** "1.2.0" → [1, 2, 0]: for ordering versions. */
function numbers(version: string): number[] {
  return version.split(/[.-]/).map((part) => Number.parseInt(part, 10) || 0);
}

function newer(a: ListedVersion, b: ListedVersion): number {
  const [x, y] = [numbers(a.apiVersion), numbers(b.apiVersion)];
  for (let i = 0; i < Math.max(x.length, y.length); i += 1) {
    const difference = (y[i] ?? 0) - (x[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** Whether `version` is what the user asked for: `1.2` matches `1.2.0`, `1.2.0` only itself. */
function matches(version: string, wanted: string): boolean {
  return version === wanted || version.startsWith(`${wanted}.`);
}

function listedVersions(wellKnown: Exchange): ListedVersion[] | undefined {
  const versions = body(wellKnown).versions;
  if (wellKnown.status !== 200 || !Array.isArray(versions)) return undefined;
  return versions.flatMap((version) =>
    isObject(version) && typeof version.url === "string" && typeof version.api_version === "string"
      ? [{ url: version.url, apiVersion: version.api_version, production: version.production !== false }]
      : [],
  );
}

/**
 * The version to test: the one asked for, else the newest version the kit judges, production versions first
 * (as the official Python client chooses).
 */
function choose(listed: ListedVersion[], wanted: string | undefined, from: string): ListedVersion {
  const judged = listed
    .filter((version) =>
      wanted
        ? matches(version.apiVersion, wanted)
        : JUDGED_VERSIONS.some((judgedVersion) => matches(version.apiVersion, judgedVersion)),
    )
    .sort(newer);
  const chosen = judged.find((version) => version.production) ?? judged[0];
  if (chosen) return chosen;
  const offered = listed.map((v) => `${v.apiVersion}${v.production ? "" : " (development)"}`).join(", ");
  throw new ConformanceUsageError(
    wanted
      ? `${from} lists no API version ${wanted} (it lists ${offered || "none"}); give --api-version with one of them.`
      : `${from} lists no version the kit judges (${JUDGED_VERSIONS.join(", ")}); it lists ${offered || "none"}. Give --api-version or the URL of an API root.`,
  );
}

/** Whether an answer to `GET /` is an openEO capabilities document (the URL is an API root). */
function isApiRoot(exchange: Exchange, wanted: string | undefined): boolean {
  const version = body(exchange).api_version;
  return (
    exchange.status !== undefined &&
    typeof version === "string" &&
    Array.isArray(body(exchange).endpoints) &&
    (!wanted || matches(version, wanted))
  );
}

/**
 * Finds the API as the official clients do. A URL whose `GET /` answers capabilities (of the wanted version)
 * is used as it is; otherwise `/.well-known/openeo` under the URL, then at its origin, names the versions and
 * the kit takes the wanted one or the newest it judges, production versions first. Without either, the URL is tested
 * as given. Throws {@link ConformanceUsageError} when a well-known document offers nothing to test.
 */
export async function findApi(s: Session, given: string, wanted: string | undefined): Promise<FoundApi> {
  const base = trimmed(given);
  const search = (url: string) => s.fetchUrl("GET", url, {}, "search");
  const root = await search(`${base}/`);
  const version = body(root).api_version;
  if (isApiRoot(root, wanted)) {
    s.adopt(root, "GET /");
    return { given, url: base, apiVersion: String(version), source: "api-root", capabilities: root };
  }
  const origin = new URL(base).origin;
  const places = [...new Set([`${base}/.well-known/openeo`, `${origin}/.well-known/openeo`])];
  for (const place of places) {
    const wellKnown = await search(place);
    const listed = listedVersions(wellKnown);
    if (!listed) continue;
    s.adopt(wellKnown, "GET /.well-known/openeo");
    const chosen = choose(listed, wanted, place);
    const url = trimmed(new URL(chosen.url, place).href);
    if (url === base) s.adopt(root, "GET /");
    return {
      given,
      url,
      apiVersion: chosen.apiVersion,
      source: "well-known",
      wellKnownUrl: place,
      wellKnown,
      ...(url === base ? { capabilities: root } : {}),
    };
  }
  s.adopt(root, "GET /");
  return {
    given,
    url: base,
    ...(typeof version === "string" ? { apiVersion: version } : {}),
    source: "as-given",
    capabilities: root,
  };
}
