/** The openEO API versions the contract describes, newest first. */
export const API_VERSIONS = ["1.3.0", "1.2.0"] as const;

/** One of {@link API_VERSIONS}. */
export type ApiVersion = (typeof API_VERSIONS)[number];

/** The version served and validated when none is named. */
export const DEFAULT_API_VERSION = "1.3.0" satisfies ApiVersion;

/** The STAC version of result metadata and collections. */
export const STAC_VERSION = "1.0.0";

/** Listed in `conformsTo` of `GET /` by a back-end that accepts plain JWTs as bearer tokens (openEO API 1.3.0). */
export const JWT_CONFORMANCE_CLASS = "https://api.openeo.org/1.3.0/authentication/jwt";

/**
 * The conformance class of an API version, as listed in `conformsTo`.
 *
 * @example
 * conformanceClassFor("1.3.0"); // "https://api.openeo.org/1.3.0"
 */
export function conformanceClassFor(version: ApiVersion): string {
  return `https://api.openeo.org/${version}`;
}

/** Whether a string names one of {@link API_VERSIONS}. */
export function isApiVersion(value: unknown): value is ApiVersion {
  return (API_VERSIONS as readonly unknown[]).includes(value);
}
