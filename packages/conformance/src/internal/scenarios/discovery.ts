import { ENDPOINT_METHODS } from "@jobkit/spec/facts";
import { TargetUnreachableError } from "../../errors.js";
import { capabilitiesFields } from "../../judges/capabilities/capabilities-fields.js";
import { corsPreflight } from "../../judges/cors/cors-preflight.js";
import { JUDGED_VERSIONS } from "../find-api.js";
import { observeExchange, runTarget } from "../observe-exchange.js";
import { fail, pass } from "../outcome.js";
import type { Exchange } from "../probe.js";
import { endpointKey, type Session } from "../session.js";
import { answered, body, isObject, listSome } from "./answers.js";
import { listedMethods } from "./capabilities-probe.js";
import { judgeExchanges } from "./judge-exchanges.js";

/** The methods the contract lets capabilities list (OPTIONS included). */
const METHODS: ReadonlySet<string> = new Set(ENDPOINT_METHODS);
/** What a batch client needs once a back-end offers POST /jobs. */
const BATCH_ENDPOINTS = [
  "GET /jobs",
  "POST /jobs",
  "GET /jobs/{}",
  "DELETE /jobs/{}",
  "POST /jobs/{}/results",
  "GET /jobs/{}/results",
  "DELETE /jobs/{}/results",
];

/** Reads the capabilities' endpoint list into `METHOD /path/{}` keys; undefined when it is unusable. */
function endpointsOf(capabilities: unknown): Set<string> | undefined {
  if (!isObject(capabilities) || !Array.isArray(capabilities.endpoints)) return undefined;
  const keys = new Set<string>();
  for (const endpoint of capabilities.endpoints) {
    if (!isObject(endpoint) || typeof endpoint.path !== "string" || !Array.isArray(endpoint.methods))
      continue;
    for (const method of endpoint.methods) {
      if (typeof method === "string") keys.add(endpointKey(method, endpoint.path));
    }
  }
  return keys;
}

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
  if (s.runs("discovery.well-known")) {
    const wellKnown = await wellKnownOf(s);
    await s.check("discovery.well-known", (c) => {
      c.use(wellKnown);
      if (wellKnown.status !== 200) return fail(`GET /.well-known/openeo ${answered(wellKnown)}`);
      const versions = body(wellKnown).versions;
      if (!Array.isArray(versions) || versions.length === 0)
        return fail("there is no non-empty versions array");
      const broken = versions.filter((version) => {
        if (!isObject(version) || typeof version.api_version !== "string" || typeof version.url !== "string")
          return true;
        return !URL.canParse(version.url);
      });
      if (broken.length > 0) {
        return fail(
          `${broken.length} of ${versions.length} versions lack an absolute url or an api_version: ${JSON.stringify(broken[0])}`,
        );
      }
      return pass(
        `${versions.length} version(s): ${versions.map((version) => (version as { api_version: string }).api_version).join(", ")}`,
      );
    });
  }

  const capabilities = s.discovered?.capabilities ?? (await s.api("GET", "/", { auth: "none" }));
  if (capabilities.status === undefined) {
    throw new TargetUnreachableError(
      `GET ${capabilities.url.href} got no answer: ${capabilities.problem}. Check that the URL is the API base URL and that the back-end is up.`,
    );
  }
  const caps = body(capabilities);
  s.capabilities = caps;
  s.endpoints = endpointsOf(capabilities.json);

  const version = s.discovered?.apiVersion ?? caps.api_version;
  const asCapabilities = observeExchange(capabilities, {
    kind: "api",
    path: "/",
    template: "/",
    version: typeof version === "string" ? version : undefined,
  });
  await judgeExchanges(s, capabilitiesFields, [{ exchange: capabilities, observed: asCapabilities }]);
  await s.check("capabilities.api-version", (c) => {
    c.use(capabilities);
    if (typeof caps.api_version !== "string" || !JUDGED_VERSIONS.includes(caps.api_version))
      return fail(
        `api_version is ${JSON.stringify(caps.api_version)}, not one of ${JUDGED_VERSIONS.join(", ")}`,
      );
    const announced = s.discovered?.apiVersion;
    return announced && announced !== caps.api_version
      ? fail(`api_version is ${caps.api_version}, but /.well-known/openeo lists this URL as ${announced}`)
      : pass(`api_version ${caps.api_version}`);
  });
  await s.check("capabilities.stac-version", (c) => {
    c.use(capabilities);
    return caps.stac_version === "1.0.0" || caps.stac_version === "0.9.0"
      ? pass(`stac_version ${caps.stac_version}`)
      : fail(`stac_version is ${JSON.stringify(caps.stac_version)}`);
  });
  await s.check("capabilities.endpoints", (c) => {
    c.use(capabilities);
    if (!Array.isArray(caps.endpoints)) return fail("there is no endpoints array");
    const problems: string[] = [];
    for (const endpoint of caps.endpoints) {
      if (!isObject(endpoint) || typeof endpoint.path !== "string" || !endpoint.path.startsWith("/")) {
        problems.push(`${JSON.stringify(endpoint)} has no path starting with /`);
      } else if (!Array.isArray(endpoint.methods) || endpoint.methods.length === 0) {
        problems.push(`${endpoint.path} lists no methods`);
      } else {
        const odd = endpoint.methods.filter((method) => typeof method !== "string" || !METHODS.has(method));
        if (odd.length > 0)
          problems.push(
            `${endpoint.path} lists ${odd.map((m) => JSON.stringify(m)).join(", ")} (methods are UPPERCASE ${ENDPOINT_METHODS.join(", ")})`,
          );
      }
    }
    const listed = s.endpoints ?? new Set<string>();
    if (listed.has("POST /jobs")) {
      const absent = BATCH_ENDPOINTS.filter((endpoint) => !listed.has(endpoint));
      if (absent.length > 0) problems.push(`POST /jobs is listed but not ${absent.join(", ")}`);
    }
    return problems.length > 0
      ? fail(listSome(problems), problems)
      : pass(`${caps.endpoints.length} endpoints, ${listed.size} path/method pairs, batch set complete`);
  });

  if (s.runs("conformance.conforms-to")) {
    const conformance = await s.api("GET", "/conformance", { auth: "none" });
    await s.check("conformance.conforms-to", (c) => {
      c.use(conformance);
      if (conformance.status !== 200) return fail(`GET /conformance ${answered(conformance)}`);
      const conformsTo = body(conformance).conformsTo;
      if (!Array.isArray(conformsTo)) return fail("there is no conformsTo array");
      const odd = conformsTo.filter((uri) => typeof uri !== "string" || !URL.canParse(uri));
      return odd.length > 0
        ? fail(`conformsTo has entries that are not URIs: ${JSON.stringify(odd.slice(0, 3))}`)
        : pass(`${conformsTo.length} conformance classes`);
    });
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
  await judgeExchanges(s, corsPreflight, [
    { exchange, observed: observeExchange(exchange, runTarget(s, exchange)) },
  ]);
}

/** The parts of discovery that also need a token: file formats with and without auth, every listed GET endpoint. */
export async function discoveryAuthenticated(s: Session): Promise<void> {
  if (s.runs("file-formats.list")) {
    const anonymous = await s.api("GET", "/file_formats", { auth: "none" });
    const authenticated = s.token ? await s.api("GET", "/file_formats") : undefined;
    await s.check("file-formats.list", (c) => {
      const problems: string[] = [];
      for (const exchange of [anonymous, authenticated]) {
        if (!exchange) continue;
        c.use(exchange);
        const label = exchange === anonymous ? "without auth" : "with auth";
        if (exchange.status !== 200) {
          problems.push(`${label} it ${answered(exchange)}`);
          continue;
        }
        problems.push(...fileFormatProblems(exchange).map((problem) => `${label}: ${problem}`));
      }
      return problems.length > 0
        ? fail(listSome(problems), problems)
        : pass(`${Object.keys(body(anonymous).output ?? {}).join(", ")} as output`);
    });
  }
  if (s.runs("capabilities.no-broken")) {
    const paths = [...(s.endpoints ?? [])]
      .filter((key) => key.startsWith("GET /") && !key.includes("{}"))
      .map((key) => key.slice(4))
      .filter((path) => path !== "/" && !path.startsWith("/credentials/") && path !== "/.well-known/openeo");
    const exchanges: Exchange[] = [];
    for (const path of paths.slice(0, 40)) exchanges.push(await s.api("GET", path));
    await s.check("capabilities.no-broken", (c) => {
      const broken = exchanges.filter(
        (exchange) => exchange.status === undefined || exchange.status === 404 || exchange.status >= 500,
      );
      for (const exchange of broken) c.note(exchange);
      return broken.length > 0
        ? fail(
            `listed but broken: ${listSome(broken.map((exchange) => `GET ${exchange.url.pathname} ${answered(exchange)}`))}`,
          )
        : pass(`${exchanges.length} listed GET endpoints answer (${paths.length > 40 ? "first 40" : "all"})`);
    });
  }
  await listedMethods(s);
}

function fileFormatProblems(exchange: Exchange): string[] {
  const formats = body(exchange);
  if (!isObject(formats.input) || !isObject(formats.output)) return ["input and output must be objects"];
  const outputs = Object.entries(formats.output);
  if (outputs.length === 0) return ["there is no output format"];
  const problems: string[] = [];
  for (const [name, format] of [...Object.entries(formats.input), ...outputs]) {
    if (!isObject(format) || !Array.isArray(format.gis_data_types) || !isObject(format.parameters)) {
      problems.push(`${name} lacks gis_data_types or parameters`);
    }
  }
  return problems;
}
