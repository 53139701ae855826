import type { Operation } from "fast-json-patch";

const capabilities = "/components/schemas/capabilities";
const jobSummary = "/components/schemas/job_summary/properties";
const collectionResults = "/components/schemas/results_collection/properties";

/**
 * The JSON Patch that turns the 1.3.0 contract (`openapi.yaml`) into the 1.2.0 one: it takes away what
 * openEO API 1.3.0 added, so that the 1.2.0 contract is never stricter than the official 1.2.0 document.
 */
export const toApi120: Operation[] = [
  { op: "replace", path: "/info/version", value: "1.2.0" },
  {
    op: "replace",
    path: "/info/description",
    value:
      "The part of the openEO API 1.2.0 that a batch-job back-end serves, derived from the jobkit 1.3.0 contract by taking away what 1.3.0 added. No rule here is stricter than the official openEO API 1.2.0 document.",
  },
  {
    op: "replace",
    path: "/components/securitySchemes/Bearer/bearerFormat",
    value: "method/provider/token, e.g. basic//TOKEN",
  },
  {
    op: "replace",
    path: `${capabilities}/required`,
    value: [
      "api_version",
      "backend_version",
      "stac_version",
      "id",
      "title",
      "description",
      "endpoints",
      "links",
    ],
  },
  { op: "replace", path: `${capabilities}/properties/api_version/enum`, value: ["1.2.0", "1.1.0"] },
  { op: "remove", path: "/components/schemas/process_summary/properties/version" },
  { op: "remove", path: `${jobSummary}/queued` },
  { op: "remove", path: `${jobSummary}/started` },
  { op: "remove", path: `${jobSummary}/unpublished` },
  { op: "remove", path: `${collectionResults}/queued` },
  { op: "remove", path: `${collectionResults}/started` },
  { op: "remove", path: `${collectionResults}/unpublished` },
  { op: "remove", path: "/components/schemas/log_entry/properties/stacktrace" },
  { op: "remove", path: "/components/schemas/oidc_provider/properties/authorization_parameters" },
  { op: "remove", path: "/paths/~1result/post/responses/200/headers/OpenEO-Identifier" },
  { op: "replace", path: "/components/parameters/log_level/schema/default", value: "info" },
  {
    op: "replace",
    path: "/components/parameters/log_level/description",
    value: "The lowest severity to list; without it (or empty), `info`.",
  },
];
