import { authAttackAlgNone } from "./judges/auth/auth-attack-alg-none.js";
import { authAttackExpired } from "./judges/auth/auth-attack-expired.js";
import { authAttackForeignKey } from "./judges/auth/auth-attack-foreign-key.js";
import { authAttackForgedBasic } from "./judges/auth/auth-attack-forged-basic.js";
import { authAttackNoKid } from "./judges/auth/auth-attack-no-kid.js";
import { authAttackTampered } from "./judges/auth/auth-attack-tampered.js";
import { authBasic } from "./judges/auth/auth-basic.js";
import { authBearer } from "./judges/auth/auth-bearer.js";
import { authInvalidToken } from "./judges/auth/auth-invalid-token.js";
import { authJwtLegacy } from "./judges/auth/auth-jwt-legacy.js";
import { authJwtPlain } from "./judges/auth/auth-jwt-plain.js";
import { authMissingCredentials } from "./judges/auth/auth-missing-credentials.js";
import { authOidcDiscovery } from "./judges/auth/auth-oidc-discovery.js";
import { authOidcProviders } from "./judges/auth/auth-oidc-providers.js";
import { cancelCanceled } from "./judges/cancel/cancel-canceled.js";
import { capabilitiesApiVersion } from "./judges/capabilities/capabilities-api-version.js";
import { capabilitiesEndpoints } from "./judges/capabilities/capabilities-endpoints.js";
import { capabilitiesFields } from "./judges/capabilities/capabilities-fields.js";
import { capabilitiesListedMethods } from "./judges/capabilities/capabilities-listed-methods.js";
import { capabilitiesNoBroken } from "./judges/capabilities/capabilities-no-broken.js";
import { capabilitiesStacVersion } from "./judges/capabilities/capabilities-stac-version.js";
import { capabilitiesUnlisted } from "./judges/capabilities/capabilities-unlisted.js";
import { collectionsDescribe } from "./judges/collections/collections-describe.js";
import { collectionsLicenseLink } from "./judges/collections/collections-license-link.js";
import { collectionsList } from "./judges/collections/collections-list.js";
import { conformanceConformsTo } from "./judges/conformance/conformance-conforms-to.js";
import { corsAllowOrigin } from "./judges/cors/cors-allow-origin.js";
import { corsExposeHeaders } from "./judges/cors/cors-expose-headers.js";
import { corsPreflight } from "./judges/cors/cors-preflight.js";
import { discoveryWellKnown } from "./judges/discovery/discovery-well-known.js";
import { downloadsChecksum } from "./judges/downloads/downloads-checksum.js";
import { downloadsContentType } from "./judges/downloads/downloads-content-type.js";
import { downloadsGet } from "./judges/downloads/downloads-get.js";
import { downloadsNoAuth } from "./judges/downloads/downloads-no-auth.js";
import { downloadsSize } from "./judges/downloads/downloads-size.js";
import { encodingUtf8 } from "./judges/encoding/encoding-utf8.js";
import { errorsBody } from "./judges/errors/errors-body.js";
import { errorsIdOrUrl } from "./judges/errors/errors-id-or-url.js";
import { errorsStatusRange } from "./judges/errors/errors-status-range.js";
import { fileFormatsList } from "./judges/file-formats/file-formats-list.js";
import { formatsCaseInsensitive } from "./judges/formats/formats-case-insensitive.js";
import { formatsUnsupported } from "./judges/formats/formats-unsupported.js";
import { isolationCancel } from "./judges/isolation/isolation-cancel.js";
import { isolationDelete } from "./judges/isolation/isolation-delete.js";
import { isolationDescribe } from "./judges/isolation/isolation-describe.js";
import { isolationList } from "./judges/isolation/isolation-list.js";
import { isolationLogs } from "./judges/isolation/isolation-logs.js";
import { isolationModify } from "./judges/isolation/isolation-modify.js";
import { isolationStart } from "./judges/isolation/isolation-start.js";
import { jobkitAssetsAbsoluteHref } from "./judges/jobkit/jobkit-assets-absolute-href.js";
import { jobkitAssetsFileChecksum } from "./judges/jobkit/jobkit-assets-file-checksum.js";
import { jobkitAssetsFileSize } from "./judges/jobkit/jobkit-assets-file-size.js";
import { jobkitDownloadsHead } from "./judges/jobkit/jobkit-downloads-head.js";
import { meUnique } from "./judges/me/me-unique.js";
import { meUserId } from "./judges/me/me-user-id.js";
import { processesMissingArgument } from "./judges/processes/processes-missing-argument.js";
import { processesOfficial } from "./judges/processes/processes-official.js";
import { processesUnknown } from "./judges/processes/processes-unknown.js";
import { processesWrongType } from "./judges/processes/processes-wrong-type.js";
import { specResponses } from "./judges/spec/spec-responses.js";
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
const JOB_ESTIMATE = "GET /jobs/{}/estimate";
const SYNC = "POST /result";
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

const CHECKS = [
  // Discovery, without authentication.
  discoveryWellKnown,
  capabilitiesFields,
  capabilitiesApiVersion,
  capabilitiesStacVersion,
  capabilitiesEndpoints,
  capabilitiesNoBroken,
  capabilitiesListedMethods,
  capabilitiesUnlisted,
  fileFormatsList,
  conformanceConformsTo,
  corsPreflight,

  // Authentication and account.
  authBasic,
  authMissingCredentials,
  authInvalidToken,
  authBearer,
  authOidcProviders,
  authOidcDiscovery,
  authJwtPlain,
  authJwtLegacy,
  meUserId,
  meUnique,

  // Batch-job lifecycle.
  check(
    "jobs.create.rejects-invalid",
    "lifecycle",
    "L1B",
    [731],
    [JOBS_CREATE],
    "POST /jobs with a process graph naming an unknown process is refused with a 4xx error",
  ),
  check(
    "jobs.create.status-201",
    "lifecycle",
    "L1B",
    [730, 736],
    [JOBS_CREATE],
    "POST /jobs with a valid process answers 201",
  ),
  check(
    "jobs.create.location",
    "lifecycle",
    "L1B",
    [736],
    [JOBS_CREATE],
    "the creation answer has a Location header: an absolute URL ending in /jobs/{id}",
  ),
  check(
    "jobs.create.identifier",
    "lifecycle",
    "L1B",
    [736],
    [JOBS_CREATE],
    "the creation answer has an OpenEO-Identifier header naming the job",
  ),
  check(
    "jobs.create.created",
    "lifecycle",
    "L1B",
    [737],
    BATCH.slice(0, 2),
    "a new job is `created`: processing has not started",
  ),
  check(
    "jobs.describe.fields",
    "lifecycle",
    "L1B",
    [750, 751],
    BATCH.slice(0, 2),
    "GET /jobs/{id} answers 200 with at least id, process (with process_graph), status and created",
  ),
  check(
    "jobs.describe.title",
    "lifecycle",
    "L1B",
    [734, 752],
    BATCH.slice(0, 2),
    "title and description come back as given at creation",
  ),
  check(
    "jobs.describe.progress",
    "lifecycle",
    "L1B",
    [754],
    BATCH.slice(0, 2),
    "every description has a known status and, if present, a progress between 0 and 100",
  ),
  check(
    "jobs.update.status-204",
    "lifecycle",
    "L3",
    [760],
    [JOB_PATCH],
    "PATCH /jobs/{id} with a new title and description answers 204",
  ),
  check(
    "jobs.update.applied",
    "lifecycle",
    "L3",
    [764],
    [JOB_PATCH, JOB_GET],
    "after PATCH the description shows the new title and description",
  ),
  check(
    "jobs.create.options",
    "lifecycle",
    "L3",
    [732, 733, 735, 755],
    [JOBS_CREATE, JOB_GET],
    "a job created with plan, budget, log_level and an additional property shows them in its description",
  ),
  check(
    "jobs.list.shape",
    "lifecycle",
    "L1B",
    [710, 711],
    [JOBS_LIST],
    "GET /jobs with auth answers 200 with jobs and links arrays",
  ),
  check(
    "jobs.list.all",
    "lifecycle",
    "L1B",
    [713],
    [JOBS_LIST, JOBS_CREATE],
    "without limit, every job the kit created is listed",
  ),
  check(
    "jobs.list.items",
    "lifecycle",
    "L1B",
    [714],
    [JOBS_LIST],
    "every listed job has id, status and created",
  ),
  check(
    "jobs.list.title",
    "lifecycle",
    "L1B",
    [715],
    [JOBS_LIST, JOBS_CREATE],
    "the listed job carries the title the user gave",
  ),
  check(
    "jobs.list.pagination",
    "lifecycle",
    "L3",
    [712],
    [JOBS_LIST, JOBS_CREATE],
    "GET /jobs?limit=1 answers at most one job with a rel=next link that leads to the others",
  ),
  check(
    "jobs.results.not-finished",
    "lifecycle",
    "L1B",
    [863],
    RESULTS,
    "GET /jobs/{id}/results of a created job answers 400 JobNotStarted (or the older JobNotFinished)",
  ),
  check("jobs.start.status-202", "lifecycle", "L1B", [850], BATCH, "POST /jobs/{id}/results answers 202"),
  check(
    "jobs.start.queued",
    "lifecycle",
    "L1B",
    [851],
    BATCH,
    "right after the start the job is queued (or already running or done), not created",
  ),
  check(
    "jobs.start.idempotent",
    "lifecycle",
    "L1B",
    [851],
    BATCH,
    "starting a queued or running job again answers 202 and changes nothing: the status does not go back",
  ),
  check(
    "jobs.poll.finished",
    "lifecycle",
    "L1B",
    [700, 754],
    BATCH,
    "the started job reaches `finished` within the job budget",
  ),
  check("jobs.describe.costs", "lifecycle", "L3", [753], BATCH, "a finished job reports its costs or usage"),
  check(
    "jobs.results.status-200",
    "lifecycle",
    "L1B",
    [860, 861],
    RESULTS,
    "GET /jobs/{id}/results of a finished job answers 200",
  ),
  check(
    "jobs.results.stac",
    "lifecycle",
    "L1B",
    [865, 866],
    RESULTS,
    "the results are a STAC Item (type Feature) or Collection with stac_version 0.9.x or 1.x.x (1.0.0 preferred)",
  ),
  check(
    "jobs.results.assets",
    "lifecycle",
    "L1B",
    [869],
    RESULTS,
    "there is at least one asset and every asset has an href and a type",
  ),
  check(
    "jobs.results.metadata",
    "lifecycle",
    "L1B",
    [870],
    RESULTS,
    "the metadata has extents: bbox, geometry and datetime (Item) or extent.spatial and extent.temporal (Collection)",
  ),
  check(
    "jobs.results.canonical",
    "lifecycle",
    "L1B",
    [871],
    RESULTS,
    "the results' rel=canonical link answers the results document without credentials (public or signed)",
  ),
  check(
    "jobs.results.expires",
    "lifecycle",
    "L1B",
    [872],
    RESULTS,
    "the results say when their links expire (`expires`, a date-time in the future)",
  ),
  check(
    "jobs.results.costs",
    "lifecycle",
    "L3",
    [864],
    RESULTS,
    "the results answer has an OpenEO-Costs header with a number",
  ),
  jobkitDownloadsHead,
  downloadsNoAuth,
  downloadsGet,
  downloadsContentType,
  downloadsSize,
  downloadsChecksum,
  documented(
    "downloads.format",
    "lifecycle",
    "L1B",
    "API: an asset's type is its media type",
    RESULTS,
    "the bytes parse as the declared format: GeoTIFF header, PNG signature, JSON",
  ),
  documented(
    "downloads.link-expiry",
    "lifecycle",
    "L2",
    "API: the results' expires, when links stop working",
    RESULTS,
    "asset links work until `expires` and are refused (4xx, ideally 410) after it",
  ),
  jobkitAssetsAbsoluteHref,
  jobkitAssetsFileSize,
  jobkitAssetsFileChecksum,
  check(
    "logs.shape",
    "lifecycle",
    "L2",
    [800, 804],
    [...BATCH, JOB_LOGS],
    "GET /jobs/{id}/logs answers 200 with logs and links arrays",
  ),
  check(
    "logs.entries",
    "lifecycle",
    "L2",
    [806],
    [...BATCH, JOB_LOGS],
    "every log entry has a string id, a known level and a message",
  ),
  check("logs.time", "lifecycle", "L2", [807], [...BATCH, JOB_LOGS], "every log entry has a time"),
  check(
    "logs.messages",
    "lifecycle",
    "L2",
    [808],
    [...BATCH, JOB_LOGS],
    "log messages are short and carry no stack traces",
  ),
  check(
    "logs.offset",
    "lifecycle",
    "L2",
    [801],
    [...BATCH, JOB_LOGS],
    "logs?offset=ID lists exactly the entries after that entry",
  ),
  check(
    "logs.limit",
    "lifecycle",
    "L3",
    [803],
    [...BATCH, JOB_LOGS],
    "logs?limit=1 answers one entry and a rel=next link to the rest",
  ),
  documented(
    "logs.unknown-job",
    "lifecycle",
    "L2",
    "API: 404 SHOULD answer an invalid path parameter (client_error_auth); errors.json: JobNotFound, 404",
    [JOB_LOGS],
    "GET /jobs/{id}/logs of a job that does not exist answers 404 (ideally JobNotFound), not a log",
  ),
  check(
    "estimate.fields",
    "lifecycle",
    "L3",
    [820, 826],
    [JOBS_CREATE, JOB_ESTIMATE],
    "GET /jobs/{id}/estimate answers 200 with at least one of costs, duration and size",
  ),
  check(
    "jobs.delete.status-204",
    "lifecycle",
    "L1B",
    [780],
    [JOBS_CREATE, JOB_DELETE],
    "DELETE /jobs/{id} answers 204",
  ),
  check(
    "jobs.delete.gone",
    "lifecycle",
    "L1B",
    [781],
    [JOBS_CREATE, JOB_DELETE, JOB_GET],
    "after DELETE, GET /jobs/{id} answers 404 (ideally JobNotFound) or 410",
  ),

  // Cancel.
  check(
    "cancel.status",
    "cancel",
    "L1B",
    [890, 891],
    [...BATCH, JOB_CANCEL],
    "DELETE /jobs/{id}/results of a running job answers 204 (the API document) or 202 (rule 891)",
  ),
  cancelCanceled,
  check(
    "cancel.holds",
    "cancel",
    "L1B",
    [700, 891],
    [...BATCH, JOB_CANCEL],
    "the canceled job stays stopped: 3 more polls show it canceled (or created), never running or finished, and its results do not answer 200 with openeo:status finished",
  ),

  // A failing job.
  check(
    "failing.error",
    "failing",
    "L1B",
    [700, 754],
    BATCH,
    "a job whose process cannot run ends in status error within the job budget",
  ),
  check(
    "failing.results-424",
    "failing",
    "L1B",
    [861],
    RESULTS,
    "GET /jobs/{id}/results of a failed job answers 424 with the error: a log entry (as the API document has it) or an error object",
  ),
  check(
    "failing.error-logs",
    "failing",
    "L2",
    [800, 806],
    [...BATCH, JOB_LOGS],
    "the failed job's logs have an entry with level error",
  ),
  check(
    "logs.level",
    "failing",
    "L3",
    [802, 805],
    [...BATCH, JOB_LOGS],
    "logs?level=error lists only error entries and says level: error",
  ),

  // Partial results.
  check(
    "partial.status",
    "partial",
    "L3",
    [863],
    RESULTS,
    "GET /jobs/{id}/results?partial=true of an unfinished job answers 200 with a STAC document (assets included) and openeo:status not finished",
  ),

  // Synchronous processing.
  check(
    "sync.rejects-invalid",
    "sync",
    "L1A",
    [901],
    [SYNC],
    "POST /result with a process graph naming an unknown process is refused with a 4xx error",
  ),
  check(
    "sync.status-200",
    "sync",
    "L1A",
    [900, 905],
    [SYNC],
    "POST /result with a valid process answers 200 with the data in the body",
  ),
  check(
    "sync.content-type",
    "sync",
    "L1A",
    [906],
    [SYNC],
    "the Content-Type fits the requested format (not application/octet-stream), or names an archive (tar, ZIP) of several files",
  ),
  documented(
    "sync.format",
    "sync",
    "L1A",
    "API: POST /result answers the result data in the requested format",
    [SYNC],
    "the bytes parse as the requested format (or as the archive the Content-Type names)",
  ),
  check("sync.costs", "sync", "L3", [907], [SYNC], "the answer has an OpenEO-Costs header with a number"),
  check("sync.monitor-link", "sync", "L3", [908], [SYNC], 'the answer has a Link header with rel="monitor"'),

  // Collections, output format names and processes.
  collectionsList,
  collectionsDescribe,
  collectionsLicenseLink,
  formatsCaseInsensitive,
  formatsUnsupported,
  processesOfficial,
  processesUnknown,
  processesMissingArgument,
  processesWrongType,

  // Isolation between users.
  isolationDescribe,
  isolationList,
  isolationLogs,
  isolationModify,
  isolationStart,
  isolationCancel,
  isolationDelete,

  // A user without credit.
  authAttackTampered,
  authAttackForeignKey,
  authAttackAlgNone,
  authAttackExpired,
  authAttackNoKid,
  authAttackForgedBasic,
  check(
    "payment.start",
    "payment",
    "L1B",
    [852],
    BATCH,
    "starting a job of a user without credit is refused (ideally 402 PaymentRequired, any 4xx) and the job stays created",
  ),
  check(
    "payment.sync",
    "payment",
    "L1A",
    [910],
    [SYNC],
    "POST /result of a user without credit is refused (ideally 402 PaymentRequired, any 4xx)",
  ),

  // Over every exchange of the run.
  corsAllowOrigin,
  corsExposeHeaders,
  encodingUtf8,
  errorsStatusRange,
  errorsBody,
  errorsIdOrUrl,
  check(
    "jobs.transitions",
    "overall",
    "L1B",
    [700],
    [],
    "every status change observed on any job is allowed by the openEO state diagram (processing steps missed between two polls are allowed)",
  ),
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
