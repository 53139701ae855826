import { OpenEOError } from "../internal/openeo-error.js";
import { isoTime } from "../jobs/job-lifecycle.js";

/**
 * The answer for results that were deleted (`unpublished`): 410 `ResultLinkExpired`. openEO's error list has
 * no code for deleted results; this is the one whose status says "gone" (410), and clients already treat it as
 * "these results are no longer available". The message says what to do instead.
 */
export function unpublishedError(jobId: string, at: number): OpenEOError {
  return new OpenEOError(
    "ResultLinkExpired",
    `The results of job '${jobId}' were deleted at ${isoTime(at)} (unpublished); start the job again to compute them anew.`,
  );
}
