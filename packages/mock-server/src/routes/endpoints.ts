import type { Schema } from "../internal/api-types.js";

/** Every endpoint the mock implements, as listed in the capabilities (the control API is never listed). */
export const ENDPOINTS: Schema<"capabilities">["endpoints"] = [
  { path: "/", methods: ["GET"] },
  { path: "/conformance", methods: ["GET"] },
  { path: "/credentials/basic", methods: ["GET"] },
  { path: "/credentials/oidc", methods: ["GET"] },
  { path: "/me", methods: ["GET"] },
  { path: "/file_formats", methods: ["GET"] },
  { path: "/processes", methods: ["GET"] },
  { path: "/collections", methods: ["GET"] },
  { path: "/collections/{collection_id}", methods: ["GET"] },
  { path: "/jobs", methods: ["GET", "POST"] },
  { path: "/jobs/{job_id}", methods: ["GET", "PATCH", "DELETE"] },
  { path: "/jobs/{job_id}/results", methods: ["GET", "POST", "DELETE"] },
  { path: "/jobs/{job_id}/logs", methods: ["GET"] },
  { path: "/jobs/{job_id}/estimate", methods: ["GET"] },
  { path: "/result", methods: ["POST"] },
  { path: "/result/logs/{request_id}", methods: ["GET"] },
];

/** The mock's own version, reported as `backend_version`. */
export const BACKEND_VERSION = "0.1.0";

export const CONFORMANCE_CLASSES = [
  "https://api.openeo.org/1.2.0",
  "https://api.stacspec.org/v1.0.0/core",
  "https://api.stacspec.org/v1.0.0/collections",
];
