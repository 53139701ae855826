import { TargetUnreachableError } from "../../errors.js";
import { capabilitiesApiVersion } from "../../judges/capabilities/capabilities-api-version.js";
import { capabilitiesEndpoints } from "../../judges/capabilities/capabilities-endpoints.js";
import { capabilitiesFields } from "../../judges/capabilities/capabilities-fields.js";
import { capabilitiesNoBroken } from "../../judges/capabilities/capabilities-no-broken.js";
import { capabilitiesStacVersion } from "../../judges/capabilities/capabilities-stac-version.js";
import { listedEndpoints } from "../../judges/capabilities/listed-endpoints.js";
import { conformanceConformsTo } from "../../judges/conformance/conformance-conforms-to.js";
import { corsPreflight } from "../../judges/cors/cors-preflight.js";
import { discoveryWellKnown } from "../../judges/discovery/discovery-well-known.js";
import { fileFormatsList } from "../../judges/file-formats/file-formats-list.js";
import { observeExchange } from "../observe-exchange.js";
import type { Exchange } from "../probe.js";
import type { Session } from "../session.js";
import { body } from "./answers.js";
import { listedMethods } from "./capabilities-probe.js";
import { judgeExchanges, judgeMade } from "./judge-exchanges.js";
import { judgeScenario } from "./judge-scenario.js";

/** How many listed GET endpoints without path parameters capabilities.no-broken asks. */
const LISTED_GETS = 40;

/**
 * The places above an API root where its well-known document may live, nearest first, the origin last: openEO
 * puts it under the URI users connect to, "usually directly located at the top-level, but it is not a requirement".
 */
export function wellKnownPlaces(apiRoot: string): string[] {
  const { origin, pathname } = new URL(apiRoot);
  const segments = pathname.split("/").filter(Boolean);
  const places: string[] = [];
  for (let kept = Math.max(segments.length - 1, 0); kept >= 0; kept--)
    places.push(
      `${origin}/${segments
        .slice(0, kept)
        .map((segment) => `${segment}/`)
        .join("")}.well-known/openeo`,
    );
  return places;
}

/** The well-known document the run found the API with, else the first above the API root, else the origin's answer. */
async function wellKnownOf(s: Session): Promise<Exchange> {
  if (s.discovered?.wellKnown) return s.discovered.wellKnown;
  for (const place of wellKnownPlaces(s.options.baseUrl).slice(0, -1)) {
    const found = await s.fetchUrl("GET", place, {}, "search");
    if (found.status === 200 && Array.isArray(body(found).versions)) {
      s.adopt(found, "GET /.well-known/openeo");
      return found;
    }
  }
  return s.api("GET", "/.well-known/openeo", { auth: "none" });
}

/** Well-known document, capabilities, file formats, conformance and the CORS preflight, without auth. */
export async function discovery(s: Session): Promise<void> {
  if (s.runs("discovery.well-known")) await judgeScenario(s, discoveryWellKnown, await wellKnownOf(s));

  const capabilities = s.discovered?.capabilities ?? (await s.api("GET", "/", { auth: "none" }));
  if (capabilities.status === undefined) {
    throw new TargetUnreachableError(
      `GET ${capabilities.url.href} got no answer: ${capabilities.problem}. Check that the URL is the API base URL and that the back-end is up.`,
    );
  }
  const caps = body(capabilities);
  s.capabilities = caps;
  s.endpoints = listedEndpoints(capabilities.json);

  const version = s.discovered?.apiVersion ?? caps.api_version;
  const asCapabilities = observeExchange(capabilities, {
    kind: "api",
    path: "/",
    template: "/",
    version: typeof version === "string" ? version : undefined,
  });
  const shared = [{ exchange: capabilities, observed: asCapabilities }];
  await judgeExchanges(s, capabilitiesFields, shared);
  await judgeScenario(s, capabilitiesApiVersion, { capabilities, announced: s.discovered?.apiVersion });
  for (const check of [capabilitiesStacVersion, capabilitiesEndpoints])
    await judgeExchanges(s, check, shared);

  if (s.runs("conformance.conforms-to")) {
    const conformance = await s.api("GET", "/conformance", { auth: "none" });
    await judgeMade(s, conformanceConformsTo, [conformance]);
  }
  if (s.runs("cors.preflight")) await preflight(s);
}

async function preflight(s: Session): Promise<void> {
  const exchange = await s.probe.request({
    method: "OPTIONS",
    url: s.url("/jobs"),
    headers: {
      "Access-Control-Request-Method": "POST",
      "Access-Control-Request-Headers": "authorization, content-type",
    },
    purpose: "preflight",
  });
  await judgeMade(s, corsPreflight, [exchange]);
}

/** The parts of discovery that also need a token: file formats with and without auth, every listed GET endpoint. */
export async function discoveryAuthenticated(s: Session): Promise<void> {
  if (s.runs("file-formats.list")) {
    const asked = [await s.api("GET", "/file_formats", { auth: "none" })];
    if (s.token) asked.push(await s.api("GET", "/file_formats"));
    await judgeMade(s, fileFormatsList, asked);
  }
  if (s.runs("capabilities.no-broken")) {
    const paths = [...(s.endpoints ?? [])]
      .filter((key) => key.startsWith("GET /") && !key.includes("{}"))
      .map((key) => key.slice(4))
      .filter((path) => path !== "/" && !path.startsWith("/credentials/") && path !== "/.well-known/openeo");
    const asked: Exchange[] = [];
    for (const path of paths.slice(0, LISTED_GETS)) asked.push(await s.api("GET", path));
    await judgeScenario(s, capabilitiesNoBroken, { asked, listed: paths.length, limit: LISTED_GETS });
  }
  await listedMethods(s);
}
