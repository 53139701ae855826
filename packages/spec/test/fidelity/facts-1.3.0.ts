import type { Operation } from "fast-json-patch";

const dateTime = { type: "string", format: "date-time" };
const capabilities = "/paths/~1/get/responses/200/content/application~1json/schema";
const oidcProvider =
  "/paths/~1credentials~1oidc/get/responses/200/content/application~1json/schema/properties/providers/items";
const collectionResults =
  "/paths/~1jobs~1{job_id}~1results/get/responses/200/content/application~1json/schema/oneOf/1/properties";

/**
 * What openEO API 1.3.0 changed, as `reference/openeo-api-1.3.0-changes.md` states it, written as a JSON Patch
 * on the official 1.2.0 document: the nearest we have to the official 1.3.0 document. Only the changes that
 * make a schema stricter or typed are needed here; optional untyped additions change nothing a check can see.
 */
export const factsOf130: Operation[] = [
  { op: "add", path: `${capabilities}/required/-`, value: "type" },
  { op: "add", path: `${capabilities}/required/-`, value: "conformsTo" },
  { op: "replace", path: `${capabilities}/properties/api_version/enum`, value: ["1.3.0"] },
  { op: "add", path: "/components/schemas/process/properties/version", value: { type: "string" } },
  { op: "add", path: "/components/schemas/batch_job/properties/queued", value: dateTime },
  { op: "add", path: "/components/schemas/batch_job/properties/started", value: dateTime },
  { op: "add", path: "/components/schemas/batch_job/properties/unpublished", value: dateTime },
  { op: "add", path: `${collectionResults}/queued`, value: dateTime },
  { op: "add", path: `${collectionResults}/started`, value: dateTime },
  { op: "add", path: `${collectionResults}/unpublished`, value: dateTime },
  { op: "add", path: `${oidcProvider}/properties/authorization_parameters`, value: { type: "object" } },
];
