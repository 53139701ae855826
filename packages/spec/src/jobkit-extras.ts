import type { AddOperation } from "fast-json-patch";

/** One rule by which jobkit's mock promises more than openEO requires, with the reason for it. */
export interface JobkitExtra extends AddOperation<unknown> {
  reason: string;
}

const asset = "/components/schemas/asset";

/**
 * Every rule jobkit adds on top of the openEO contract for its **own mock's answers**, as a JSON Patch on the
 * contract of any version. They never judge another back-end: `createSchemaValidator(version)` leaves them out,
 * `createSchemaValidator(version, { jobkitExtras: true })` adds them.
 */
export const JOBKIT_EXTRAS: readonly JobkitExtra[] = [
  {
    op: "add",
    path: `${asset}/required`,
    value: ["href", "type"],
    reason: "Clients pick the file to download by its media type; openEO only recommends `type`.",
  },
  {
    op: "add",
    path: `${asset}/properties/href/format`,
    value: "uri",
    reason:
      "Asset links are absolute and signed, so that clients that send no credentials can download them.",
  },
  {
    op: "add",
    path: `${asset}/properties/file:size`,
    value: { type: "integer", minimum: 0 },
    reason: "The jobkit client checks the size of each download against it.",
  },
  {
    op: "add",
    path: `${asset}/properties/file:checksum`,
    value: { type: "string", pattern: "^[0-9a-f]+$" },
    reason: "The jobkit client checks each download against this multihash (hex, `1220` + SHA-256).",
  },
  {
    op: "add",
    path: "/paths/~1result/post/responses/200/headers/Content-Type/required",
    value: true,
    reason: "Clients name and parse the synchronous result by its media type.",
  },
];
