import { createRedactor } from "./create-redactor.js";

/** The warning every report of a `--no-redact` run starts with. */
export const UNREDACTED_WARNING =
  "UNREDACTED REPORT: it shows live secrets (passwords, tokens, signed links) because the run was told not to redact them (the no-redact option, for local debugging only). Do not publish, upload or share it.";

/**
 * A result as a report may show it: every secret named as one hidden (token members, `?token=`, signatures,
 * bearer values), unless the run was told not to redact (`redacted: false`).
 */
export function reportable<T extends { readonly redacted?: boolean }>(result: T): T {
  return result.redacted === false ? result : createRedactor().deep(result);
}

/** The warning a report of this result starts with, if any. */
export function redactionWarning(result: { readonly redacted?: boolean }): string | undefined {
  return result.redacted === false ? UNREDACTED_WARNING : undefined;
}
