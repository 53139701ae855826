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
import { cancelHolds } from "./judges/cancel/cancel-holds.js";
import { cancelStatus } from "./judges/cancel/cancel-status.js";
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
import { meUnique } from "./judges/me/me-unique.js";
import { meUserId } from "./judges/me/me-user-id.js";
import { partialStatus } from "./judges/partial/partial-status.js";
import { paymentStart } from "./judges/payment/payment-start.js";
import { paymentSync } from "./judges/payment/payment-sync.js";
import { processesMissingArgument } from "./judges/processes/processes-missing-argument.js";
import { processesOfficial } from "./judges/processes/processes-official.js";
import { processesUnknown } from "./judges/processes/processes-unknown.js";
import { processesWrongType } from "./judges/processes/processes-wrong-type.js";
import { specResponses } from "./judges/spec/spec-responses.js";
import { syncContentType } from "./judges/sync/sync-content-type.js";
import { syncCosts } from "./judges/sync/sync-costs.js";
import { syncFormat } from "./judges/sync/sync-format.js";
import { syncMonitorLink } from "./judges/sync/sync-monitor-link.js";
import { syncRejectsInvalid } from "./judges/sync/sync-rejects-invalid.js";
import { syncStatus200 } from "./judges/sync/sync-status-200.js";
import type { CheckDefinition, Level } from "./types.js";

/** The profile levels whose openEO checks a run requires by default. */
const REQUIRED_LEVELS: readonly Level[] = ["L1", "L1A", "L1B"];

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
  jobkitDownloadsHead,
  downloadsNoAuth,
  downloadsGet,
  downloadsContentType,
  downloadsSize,
  downloadsChecksum,
  downloadsFormat,
  downloadsLinkExpiry,
  jobkitAssetsAbsoluteHref,
  jobkitAssetsFileSize,
  jobkitAssetsFileChecksum,
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
