import {
  API_VERSIONS,
  type ApiVersion,
  conformanceClassFor,
  JWT_CONFORMANCE_CLASS,
} from "@jobkit/spec/facts";
import { PACKAGE_VERSION } from "../generated/package-version.js";
import type { Schema } from "../internal/api-types.js";

/**
 * Every openEO endpoint the mock implements, as listed in the capabilities (the control API, downloads and the
 * sync `monitor` link target are never listed). Tested to be operations of the contract of each served version.
 */
export const ENDPOINTS: Schema<"capabilities">["endpoints"] = [
  { path: "/", methods: ["GET"] },
  { path: "/conformance", methods: ["GET"] },
  { path: "/credentials/basic", methods: ["GET"] },
  { path: "/credentials/oidc", methods: ["GET"] },
  { path: "/me", methods: ["GET"] },
  { path: "/file_formats", methods: ["GET"] },
  { path: "/udf_runtimes", methods: ["GET"] },
  { path: "/processes", methods: ["GET"] },
  { path: "/collections", methods: ["GET"] },
  { path: "/collections/{collection_id}", methods: ["GET"] },
  { path: "/jobs", methods: ["GET", "POST"] },
  { path: "/jobs/{job_id}", methods: ["GET", "PATCH", "DELETE"] },
  { path: "/jobs/{job_id}/results", methods: ["GET", "POST", "DELETE"] },
  { path: "/jobs/{job_id}/logs", methods: ["GET"] },
  { path: "/jobs/{job_id}/estimate", methods: ["GET"] },
  { path: "/result", methods: ["POST"] },
  { path: "/validation", methods: ["POST"] },
  { path: "/process_graphs", methods: ["GET"] },
  { path: "/process_graphs/{process_graph_id}", methods: ["GET", "PUT", "DELETE"] },
];

/** Where the `monitor` link of `POST /result` points: the mock's own, no openEO endpoint, so never listed. */
export const SYNC_LOGS_PATH = "/result/logs/{request_id}";

/** The mock's own version, reported as `backend_version`: its package.json's (written by `npm run docs`). */
export const BACKEND_VERSION = PACKAGE_VERSION;

/** The conformance classes of one API version's tree; 1.3.0 adds plain JWT bearer tokens. */
export function conformanceClasses(version: ApiVersion): string[] {
  return [
    conformanceClassFor(version),
    ...(version === "1.3.0" ? [JWT_CONFORMANCE_CLASS] : []),
    "https://api.stacspec.org/v1.0.0/core",
    "https://api.stacspec.org/v1.0.0/collections",
  ];
}

/** The versions whose conformance classes list plain JWT bearers, worked out once rather than per request. */
const PLAIN_BEARER_VERSIONS: ReadonlySet<ApiVersion> = new Set(
  API_VERSIONS.filter((version) => conformanceClasses(version).includes(JWT_CONFORMANCE_CLASS)),
);

/** Whether a tree of this version accepts a bearer token without openEO's method prefix. */
export function acceptsPlainBearer(version: ApiVersion): boolean {
  return PLAIN_BEARER_VERSIONS.has(version);
}
