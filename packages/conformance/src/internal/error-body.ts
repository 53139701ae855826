/** openEO's error object: a string `code` and `message` (rule 7). */
export function isErrorObject(json: unknown): boolean {
  const value = json as { code?: unknown; message?: unknown } | null | undefined;
  return typeof value?.code === "string" && typeof value.message === "string";
}

/**
 * The body of a 424 from `GET /jobs/{id}/results`: the API document gives it a log entry (`level` and `message`;
 * `code` optional), and many back-ends send an error object instead. Either carries the job's error.
 */
export function isJobFailure(json: unknown): boolean {
  const value = json as { level?: unknown; message?: unknown } | null | undefined;
  return isErrorObject(json) || (typeof value?.level === "string" && typeof value.message === "string");
}
