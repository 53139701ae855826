/** The endpoints a batch job's checks need: create, describe, start. */
export const BATCH = ["POST /jobs", "GET /jobs/{}", "POST /jobs/{}/results"] as const;

/** The endpoints the checks on a finished job's results need. */
export const RESULTS = [...BATCH, "GET /jobs/{}/results"] as const;

/** The endpoints the checks on a started job's logs need. */
export const LOGS = [...BATCH, "GET /jobs/{}/logs"] as const;

/** The endpoints the checks on a new job's description need. */
export const DESCRIBE = ["POST /jobs", "GET /jobs/{}"] as const;
