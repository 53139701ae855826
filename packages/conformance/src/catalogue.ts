import { cancelCanceled } from "./judges/cancel/cancel-canceled.js";
import { cancelHolds } from "./judges/cancel/cancel-holds.js";
import { cancelStatus } from "./judges/cancel/cancel-status.js";
import { capabilitiesFields } from "./judges/capabilities/capabilities-fields.js";
import { corsAllowOrigin } from "./judges/cors/cors-allow-origin.js";
import { corsExposeHeaders } from "./judges/cors/cors-expose-headers.js";
import { corsPreflight } from "./judges/cors/cors-preflight.js";
import { downloadsChecksum } from "./judges/downloads/downloads-checksum.js";
import { downloadsContentType } from "./judges/downloads/downloads-content-type.js";
import { downloadsFormat } from "./judges/downloads/downloads-format.js";
import { downloadsGet } from "./judges/downloads/downloads-get.js";
import { downloadsLinkExpiry } from "./judges/downloads/downloads-link-expiry.js";
import { downloadsNoAuth } from "./judges/downloads/downloads-no-auth.js";
import { downloadsSize } from "./judges/downloads/downloads-size.js";
import { encodingUtf8 } from "./judges/encoding/encoding-utf8.js";
import { errorsBody } from "./judges/errors/errors-body.js";
import { errorsIdOrUrl } from "./judges/errors/errors-id-or-url.js";
import { errorsStatusRange } from "./judges/errors/errors-status-range.js";
import { estimateFields } from "./judges/estimate/estimate-fields.js";
import { failingError } from "./judges/failing/failing-error.js";
import { failingErrorLogs } from "./judges/failing/failing-error-logs.js";
import { failingResults424 } from "./judges/failing/failing-results-424.js";
import { jobsCreateCreated } from "./judges/jobs/jobs-create-created.js";
import { jobsCreateIdentifier } from "./judges/jobs/jobs-create-identifier.js";
import { jobsCreateLocation } from "./judges/jobs/jobs-create-location.js";
import { jobsCreateOptions } from "./judges/jobs/jobs-create-options.js";
import { jobsCreateRejectsInvalid } from "./judges/jobs/jobs-create-rejects-invalid.js";
import { jobsCreateStatus201 } from "./judges/jobs/jobs-create-status-201.js";
import { jobsDeleteGone } from "./judges/jobs/jobs-delete-gone.js";
import { jobsDeleteStatus204 } from "./judges/jobs/jobs-delete-status-204.js";
import { jobsDescribeCosts } from "./judges/jobs/jobs-describe-costs.js";
import { jobsDescribeFields } from "./judges/jobs/jobs-describe-fields.js";
import { jobsDescribeProgress } from "./judges/jobs/jobs-describe-progress.js";
import { jobsDescribeTitle } from "./judges/jobs/jobs-describe-title.js";
import { jobsListAll } from "./judges/jobs/jobs-list-all.js";
import { jobsListItems } from "./judges/jobs/jobs-list-items.js";
import { jobsListPagination } from "./judges/jobs/jobs-list-pagination.js";
import { jobsListShape } from "./judges/jobs/jobs-list-shape.js";
import { jobsListTitle } from "./judges/jobs/jobs-list-title.js";
import { jobsPollFinished } from "./judges/jobs/jobs-poll-finished.js";
import { jobsResultsAssets } from "./judges/jobs/jobs-results-assets.js";
import { jobsResultsCanonical } from "./judges/jobs/jobs-results-canonical.js";
import { jobsResultsCosts } from "./judges/jobs/jobs-results-costs.js";
import { jobsResultsExpires } from "./judges/jobs/jobs-results-expires.js";
import { jobsResultsMetadata } from "./judges/jobs/jobs-results-metadata.js";
import { jobsResultsNotFinished } from "./judges/jobs/jobs-results-not-finished.js";
import { jobsResultsStac } from "./judges/jobs/jobs-results-stac.js";
import { jobsResultsStatus200 } from "./judges/jobs/jobs-results-status-200.js";
import { jobsStartIdempotent } from "./judges/jobs/jobs-start-idempotent.js";
import { jobsStartQueued } from "./judges/jobs/jobs-start-queued.js";
import { jobsStartStatus202 } from "./judges/jobs/jobs-start-status-202.js";
import { jobsTransitions } from "./judges/jobs/jobs-transitions.js";
import { jobsUpdateApplied } from "./judges/jobs/jobs-update-applied.js";
import { jobsUpdateStatus204 } from "./judges/jobs/jobs-update-status-204.js";
import { logsEntries } from "./judges/logs/logs-entries.js";
import { logsLevel } from "./judges/logs/logs-level.js";
import { logsLimit } from "./judges/logs/logs-limit.js";
import { logsMessages } from "./judges/logs/logs-messages.js";
import { logsOffset } from "./judges/logs/logs-offset.js";
import { logsShape } from "./judges/logs/logs-shape.js";
import { logsTime } from "./judges/logs/logs-time.js";
import { logsUnknownJob } from "./judges/logs/logs-unknown-job.js";
import { partialStatus } from "./judges/partial/partial-status.js";
import { paymentStart } from "./judges/payment/payment-start.js";
import { paymentSync } from "./judges/payment/payment-sync.js";
import { specResponses } from "./judges/spec/spec-responses.js";
import { syncContentType } from "./judges/sync/sync-content-type.js";
import { syncCosts } from "./judges/sync/sync-costs.js";
import { syncFormat } from "./judges/sync/sync-format.js";
import { syncMonitorLink } from "./judges/sync/sync-monitor-link.js";
import { syncRejectsInvalid } from "./judges/sync/sync-rejects-invalid.js";
import { syncStatus200 } from "./judges/sync/sync-status-200.js";
import type { CheckDefinition, Level, ScenarioId } from "./types.js";

/** The profile levels whose openEO checks a run requires by default. */
const REQUIRED_LEVELS: readonly Level[] = ["L1", "L1A", "L1B"];

const JOBS_LIST = "GET /jobs";
const JOBS_CREATE = "POST /jobs";
const JOB_GET = "GET /jobs/{}";
const JOB_PATCH = "PATCH /jobs/{}";
const JOB_DELETE = "DELETE /jobs/{}";
const JOB_START = "POST /jobs/{}/results";
const JOB_RESULTS = "GET /jobs/{}/results";
const JOB_CANCEL = "DELETE /jobs/{}/results";
const JOB_LOGS = "GET /jobs/{}/logs";
const SYNC = "POST /result";
const COLLECTIONS = "GET /collections";
const COLLECTION = "GET /collections/{}";
const VALIDATION = "POST /validation";
const BATCH = [JOBS_CREATE, JOB_GET, JOB_START];
const RESULTS = [...BATCH, JOB_RESULTS];

function check<const Id extends string>(
  id: Id,
  scenario: ScenarioId,
  level: Level,
  rules: number[],
  needs: string[],
  expectation: string,
): CheckDefinition & { readonly id: Id } {
  return Object.freeze({
    id,
    source: "openeo",
    scenario,
    level,
    rules: Object.freeze(rules),
    needs: Object.freeze(needs),
    expectation,
  });
}

/**
 * An openEO check that no profile rule numbers: `basis` names the passage of the openEO API document (or of the
 * HTTP, STAC or OpenID standard it builds on) that asks for it.
 */
function documented<const Id extends string>(
  id: Id,
  scenario: ScenarioId,
  level: Level,
  basis: string,
  needs: string[],
  expectation: string,
): CheckDefinition & { readonly id: Id } {
  return Object.freeze({ ...check(id, scenario, level, [], needs, expectation), basis });
}

/** A promise jobkit makes beyond openEO: advisory unless the run requires it. */
function jobkitExtra<const Id extends string>(
  id: Id,
  scenario: ScenarioId,
  needs: string[],
  expectation: string,
): CheckDefinition & { readonly id: Id } {
  return Object.freeze({
    id,
    source: "jobkit",
    scenario,
    level: "L2",
    rules: Object.freeze([]),
    needs: Object.freeze(needs),
    expectation,
  });
}

const CHECKS = [
  // Discovery, without authentication.
  check(
    "discovery.well-known",
    "discovery",
    "L1",
    [21],
    [],
    "GET /.well-known/openeo (at the origin, or under a path above the API root) answers 200 without auth; every version has url and api_version",
  ),
  capabilitiesFields,
  check(
    "capabilities.api-version",
    "discovery",
    "L1",
    [33],
    [],
    "api_version is an openEO 1.x version the kit judges (1.1.0, 1.2.0, 1.3.0) and the one the well-known document names for this URL",
  ),
  check("capabilities.stac-version", "discovery", "L1", [34], [], "stac_version is 1.0.0 or 0.9.0"),
  check(
    "capabilities.endpoints",
    "discovery",
    "L1",
    [31],
    [],
    "endpoints have a path and UPPERCASE methods, and a back-end listing POST /jobs lists every endpoint a batch client needs",
  ),
  check(
    "capabilities.no-broken",
    "discovery",
    "L1",
    [32],
    [],
    "every listed GET endpoint without path parameters answers, none with 404 or 501",
  ),
  check(
    "capabilities.listed-methods",
    "discovery",
    "L1",
    [32],
    [],
    "every listed endpoint with path parameters (except PUT), asked for an unknown id, answers as an implemented one: not 405, 501 or a 404 without a resource's error code",
  ),
  check(
    "capabilities.unlisted",
    "discovery",
    "L2",
    [31],
    [],
    "no unlisted endpoint answers as an implemented one (GET /me, /jobs, /process_graphs, /files, the job endpoints with an unknown id); one that does is still used by the run",
  ),
  check(
    "file-formats.list",
    "discovery",
    "L1",
    [40, 41, 42, 43, 48],
    ["GET /file_formats"],
    "GET /file_formats answers 200 with and without auth: input and output, at least one output format, each with gis_data_types and parameters",
  ),
  check(
    "conformance.conforms-to",
    "discovery",
    "L3",
    [60, 61],
    ["GET /conformance"],
    "GET /conformance answers 200 without auth with a conformsTo list of URIs",
  ),
  corsPreflight,

  // Authentication and account.
  check(
    "auth.basic",
    "auth",
    "L1",
    [110],
    [],
    "GET /credentials/basic (or OIDC) is offered; with HTTP Basic it answers 200 with an access_token",
  ),
  check(
    "auth.missing-credentials",
    "auth",
    "L1",
    [101],
    [],
    "every listed protected endpoint (GET /me, /jobs, /process_graphs, /files, /services) without credentials answers 401",
  ),
  check(
    "auth.invalid-token",
    "auth",
    "L1",
    [102],
    [],
    "every listed protected endpoint (GET /me, /jobs, /process_graphs, /files, /services) with an invalid bearer token answers 403",
  ),
  check(
    "auth.bearer",
    "auth",
    "L1",
    [100],
    [],
    "every listed protected endpoint accepts the legacy bearer (`Bearer basic//TOKEN`, `Bearer oidc/PROVIDER/TOKEN`); on 1.3.0 with the JWT class listed, the run goes on with the plain form when only that works",
  ),
  check(
    "auth.oidc.providers",
    "auth",
    "L2",
    [110],
    ["GET /credentials/oidc"],
    "GET /credentials/oidc answers 200 with providers as the contract of the API version describes them (id, issuer URL, title)",
  ),
  documented(
    "auth.oidc.discovery",
    "auth",
    "L2",
    "OpenID Connect Discovery 1.0: the issuer's /.well-known/openid-configuration",
    ["GET /credentials/oidc"],
    "the first provider's issuer serves /.well-known/openid-configuration with a token_endpoint",
  ),
  check(
    "auth.jwt.plain",
    "auth",
    "L2",
    [100],
    ["GET /me"],
    "with the JWT conformance class (1.3.0) listed, `Authorization: Bearer <jwt>` is accepted",
  ),
  check(
    "auth.jwt.legacy",
    "auth",
    "L2",
    [100],
    ["GET /me"],
    "with the JWT conformance class listed, the legacy `Bearer oidc/<provider>/<jwt>` is still accepted",
  ),
  check("me.user-id", "auth", "L2", [120, 121], ["GET /me"], "GET /me with auth answers 200 with a user_id"),
  check(
    "me.unique",
    "auth",
    "L2",
    [121],
    ["GET /me"],
    "two users get different user_ids (needs a second user)",
  ),

  // Batch-job lifecycle.
  jobsCreateRejectsInvalid,
  jobsCreateStatus201,
  jobsCreateLocation,
  jobsCreateIdentifier,
  jobsCreateCreated,
  jobsDescribeFields,
  jobsDescribeTitle,
  jobsDescribeProgress,
  jobsUpdateStatus204,
  jobsUpdateApplied,
  jobsCreateOptions,
  jobsListShape,
  jobsListAll,
  jobsListItems,
  jobsListTitle,
  jobsListPagination,
  jobsResultsNotFinished,
  jobsStartStatus202,
  jobsStartQueued,
  jobsStartIdempotent,
  jobsPollFinished,
  jobsDescribeCosts,
  jobsResultsStatus200,
  jobsResultsStac,
  jobsResultsAssets,
  jobsResultsMetadata,
  jobsResultsCanonical,
  jobsResultsExpires,
  jobsResultsCosts,
  jobkitExtra(
    "jobkit.downloads.head",
    "lifecycle",
    RESULTS,
    "HEAD of every asset href (with an Authorization header, as the Python client sends it) answers 200 with a Content-Length (openEO does not ask for HEAD; the Python client falls back to GET)",
  ),
  downloadsNoAuth,
  downloadsGet,
  downloadsContentType,
  downloadsSize,
  downloadsChecksum,
  downloadsFormat,
  downloadsLinkExpiry,
  jobkitExtra(
    "jobkit.assets.absolute-href",
    "lifecycle",
    RESULTS,
    "every asset href is an absolute URL (openEO also allows one relative to the results document)",
  ),
  jobkitExtra(
    "jobkit.assets.file-size",
    "lifecycle",
    RESULTS,
    "every asset's file:size, where given, is an integer of bytes ≥ 0",
  ),
  jobkitExtra(
    "jobkit.assets.file-checksum",
    "lifecycle",
    RESULTS,
    "every asset's file:checksum, where given, is a multihash in lowercase hex digits",
  ),
  logsShape,
  logsEntries,
  logsTime,
  logsMessages,
  logsOffset,
  logsLimit,
  logsUnknownJob,
  estimateFields,
  jobsDeleteStatus204,
  jobsDeleteGone,

  // Cancel.
  cancelStatus,
  cancelCanceled,
  cancelHolds,

  // A failing job.
  failingError,
  failingResults424,
  failingErrorLogs,
  logsLevel,

  // Partial results.
  partialStatus,

  // Synchronous processing.
  syncRejectsInvalid,
  syncStatus200,
  syncContentType,
  syncFormat,
  syncCosts,
  syncMonitorLink,

  // Collections, output format names and processes.
  check(
    "collections.list",
    "collections",
    "L1",
    [300, 307],
    [COLLECTIONS],
    "GET /collections answers 200 with collections and links arrays; each collection has stac_version, id, description, license, extent and links",
  ),
  check(
    "collections.describe",
    "collections",
    "L1",
    [320, 321],
    [COLLECTIONS, COLLECTION],
    "GET /collections/{id} of the first three listed collections answers 200 with that collection: stac_version, id, description, license, extent, links, cube:dimensions and summaries",
  ),
  check(
    "collections.license-link",
    "collections",
    "L2",
    [308],
    [COLLECTIONS],
    "every collection listed or described whose license is proprietary or various has a link with rel license",
  ),
  check(
    "formats.case-insensitive",
    "formats",
    "L1A",
    [46, 906],
    [SYNC],
    "POST /result accepts the run's output format name in another case (gtiff for GTiff) and answers in that format",
  ),
  documented(
    "formats.unsupported",
    "formats",
    "L1A",
    "API: error handling, 400 whenever the error has its origin on client side (save_result's format is one GET /file_formats lists)",
    [SYNC],
    "POST /result saving in a format the back-end does not have is refused with a 4xx openEO error, not a 5xx",
  ),
  documented(
    "processes.official",
    "processes",
    "L2",
    "API: predefined processes, back-ends SHOULD follow the openEO process specifications",
    ["GET /processes"],
    "every process listed under an official id has the official parameters (names, optional, schemas; one left out or added only with a default) and return schema, compared as the official test suite does",
  ),
  check(
    "processes.unknown",
    "processes",
    "L3",
    [492, 493, 494],
    [VALIDATION],
    "POST /validation of a graph naming an unknown process answers 200 with an error (openEO's code: ProcessUnsupported)",
  ),
  check(
    "processes.missing-argument",
    "processes",
    "L3",
    [492, 493, 495],
    [VALIDATION],
    "POST /validation of a graph without a required argument answers 200 with an error (openEO's code: ProcessParameterRequired)",
  ),
  check(
    "processes.wrong-type",
    "processes",
    "L3",
    [492, 493, 495],
    [VALIDATION],
    "POST /validation of a graph with an argument of the wrong type answers 200 with an error (openEO's code: ProcessParameterInvalid)",
  ),

  // Isolation between users.
  documented(
    "isolation.describe",
    "isolation",
    "L1B",
    "API: a batch job is the authenticated user's; 403 or 404 otherwise",
    [JOBS_CREATE, JOB_GET],
    "another user's GET /jobs/{id} of my job is refused with 404 (ideally JobNotFound) or 403",
  ),
  documented(
    "isolation.list",
    "isolation",
    "L1B",
    "API: GET /jobs lists the jobs the user submitted",
    [JOBS_CREATE, JOBS_LIST],
    "another user's GET /jobs does not list my job",
  ),
  documented(
    "isolation.logs",
    "isolation",
    "L2",
    "API: a batch job is the authenticated user's; 403 or 404 (JobNotFound) to anyone else, its logs included",
    [JOBS_CREATE, JOB_LOGS],
    "another user's GET /jobs/{id}/logs of my job is refused with 404 (ideally JobNotFound) or 403",
  ),
  documented(
    "isolation.modify",
    "isolation",
    "L3",
    "API: a batch job is the authenticated user's; 403 or 404 (JobNotFound) to anyone else",
    [JOBS_CREATE, JOB_GET, JOB_PATCH],
    "another user's PATCH /jobs/{id} of my job is refused with 404 or 403, and my job keeps its title, process and status",
  ),
  documented(
    "isolation.start",
    "isolation",
    "L1B",
    "API: a batch job is the authenticated user's; 403 or 404 (JobNotFound) to anyone else",
    [JOBS_CREATE, JOB_GET, JOB_START],
    "another user's POST /jobs/{id}/results of my job is refused with 404 or 403, and my job stays created",
  ),
  documented(
    "isolation.cancel",
    "isolation",
    "L1B",
    "API: a batch job is the authenticated user's; 403 or 404 (JobNotFound) to anyone else",
    [JOBS_CREATE, JOB_GET, JOB_START, JOB_CANCEL],
    "another user's DELETE /jobs/{id}/results of my started job is refused with 404 or 403, and my job is neither canceled nor set back",
  ),
  documented(
    "isolation.delete",
    "isolation",
    "L1B",
    "API: a batch job is the authenticated user's; 403 or 404 (JobNotFound) to anyone else",
    [JOBS_CREATE, JOB_GET, JOB_DELETE],
    "another user's DELETE /jobs/{id} of my job is refused with 404 or 403, and my job still exists",
  ),

  // A user without credit.
  check(
    "auth.attack.tampered",
    "attacks",
    "L2",
    [102],
    ["GET /me"],
    "an OIDC access token with an edited payload (exp moved on, original signature) answers 403",
  ),
  check(
    "auth.attack.foreign-key",
    "attacks",
    "L2",
    [102],
    ["GET /me"],
    "an OIDC access token signed by another key (with that key in its jwk header) answers 403",
  ),
  check(
    "auth.attack.alg-none",
    "attacks",
    "L2",
    [102],
    ["GET /me"],
    "an unsigned OIDC access token (alg: none) answers 403",
  ),
  check(
    "auth.attack.expired",
    "attacks",
    "L2",
    [102],
    ["GET /me"],
    "an OIDC access token used after its exp answers 403",
  ),
  check(
    "auth.attack.no-kid",
    "attacks",
    "L2",
    [102],
    ["GET /me"],
    "an OIDC access token signed by another key without a kid in its header answers 403 (not 500)",
  ),
  check(
    "auth.attack.forged-basic",
    "attacks",
    "L1",
    [102],
    ["GET /me"],
    "forged basic tokens built from the user's name (basic//<base64 of the name>, …) answer 403",
  ),
  paymentStart,
  paymentSync,

  // Over every exchange of the run.
  corsAllowOrigin,
  corsExposeHeaders,
  encodingUtf8,
  errorsStatusRange,
  errorsBody,
  errorsIdOrUrl,
  jobsTransitions,
  specResponses,
];

/** Whether a run requires a check it did not name: openEO's checks of L1, L1A and L1B; never jobkit's extras. */
export function requiredByDefault(definition: CheckDefinition): boolean {
  return definition.source === "openeo" && REQUIRED_LEVELS.includes(definition.level);
}

/** The id of a check of the {@link CATALOGUE}, e.g. `"jobs.create.status-201"`: a typo does not compile. */
export type CheckId = (typeof CHECKS)[number]["id"];

/**
 * Every check the kit knows, in the order a run reports them. Ids are stable: reports, `--only` and `--skip`
 * refer to them.
 */
export const CATALOGUE: readonly (CheckDefinition & { readonly id: CheckId })[] = Object.freeze(CHECKS);

const BY_ID = new Map<string, CheckDefinition>(CATALOGUE.map((definition) => [definition.id, definition]));

/** Looks a check up by id (a name from the user, e.g. of `--only`); undefined when there is none. */
export function findCheck(id: string): CheckDefinition | undefined {
  return BY_ID.get(id);
}

/** The definition of a check the code names; its id is typed, so it is always there. */
export function checkDefinition(id: CheckId): CheckDefinition {
  return BY_ID.get(id) as CheckDefinition;
}

/** `#710–711`, `#40–43, 48`: the display form of a rule list. */
export function formatRules(rules: readonly number[]): string | undefined {
  if (rules.length === 0) return undefined;
  const runs: string[] = [];
  let start = rules[0] as number;
  let end = start;
  for (const rule of [...rules.slice(1), Number.NaN]) {
    if (rule === end + 1) {
      end = rule;
      continue;
    }
    runs.push(start === end ? `${start}` : `${start}–${end}`);
    start = rule;
    end = rule;
  }
  return `#${runs.join(", ")}`;
}
