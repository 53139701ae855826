import jsonPatch from "fast-json-patch";
import { API_VERSIONS, type ApiVersion, DEFAULT_API_VERSION, isApiVersion } from "./api-versions.js";
import { document } from "./generated/document.js";
import { JOBKIT_EXTRAS } from "./jobkit-extras.js";
import { JobkitSpecError } from "./spec-error.js";
import { toApi120 } from "./versions/api-1.2.0.js";

/** Which contract to read: the faithful one (default) or the one with jobkit's extra promises for its mock. */
export interface ContractOptions {
  /** Add {@link JOBKIT_EXTRAS}; for checking jobkit's own mock, never for judging another back-end. */
  jobkitExtras?: boolean;
}

const patches: Record<ApiVersion, readonly jsonPatch.Operation[]> = { "1.3.0": [], "1.2.0": toApi120 };
const cache = new Map<string, Record<string, unknown>>();

/**
 * The contract's OpenAPI document for an API version (a fresh copy is not made: treat it as read-only).
 *
 * @example
 * const document = openapiDocumentFor("1.2.0");
 * document.info; // { version: "1.2.0", ... }
 * @throws {JobkitSpecError} `UnknownApiVersion` for a version the contract does not describe.
 */
export function openapiDocumentFor(
  version: ApiVersion = DEFAULT_API_VERSION,
  options: ContractOptions = {},
): Record<string, unknown> {
  if (!isApiVersion(version)) {
    throw new JobkitSpecError(
      "UnknownApiVersion",
      `no contract for openEO API ${String(version)}; use one of ${API_VERSIONS.join(", ")}.`,
    );
  }
  const key = `${version}${options.jobkitExtras ? "+extras" : ""}`;
  let built = cache.get(key);
  if (!built) {
    const operations = [...patches[version], ...(options.jobkitExtras ? JOBKIT_EXTRAS : [])];
    built = jsonPatch.applyPatch(structuredClone(document), [...operations], true, true).newDocument;
    cache.set(key, built);
  }
  return built;
}
