import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import jsonPatch from "fast-json-patch";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { JOBKIT_EXTRAS, openapiDocumentFor } from "../src/index.js";
import { factsOf130 } from "./fidelity/facts-1.3.0.js";
import { type Document, stricterRules } from "./fidelity/stricter-rules.js";

/**
 * The contract is never stricter than openEO: compared rule by rule with the official 1.2.0 document (beside the
 * repository in ../shared/reference; skipped locally without it, failing in CI) and, for 1.3.0, with that
 * document plus the 1.3.0 facts.
 */
const officialPath =
  process.env.OPENEO_REFERENCE_SPEC ??
  fileURLToPath(new URL("../../../../shared/reference/openeo-api-1.2.0/openapi.yaml", import.meta.url));
const officialPresent = existsSync(officialPath);

function patched<T>(document: T, operations: readonly jsonPatch.Operation[]): T {
  return jsonPatch.applyPatch(structuredClone(document), [...operations], true, false).newDocument;
}

describe.skipIf(!officialPresent && process.env.CI !== "true")("never stricter than openEO", () => {
  const official = (officialPresent ? parse(readFileSync(officialPath, "utf8")) : { paths: {} }) as Document;
  const official130 = officialPresent ? patched(official, factsOf130) : official;
  const ours120 = openapiDocumentFor("1.2.0") as unknown as Document;
  const ours130 = openapiDocumentFor("1.3.0") as unknown as Document;

  it("finds the official document (CI must have ../shared/reference beside the repository)", () => {
    expect(existsSync(officialPath), `missing ${officialPath}`).toBe(true);
  });

  it("the 1.2.0 contract has no rule stricter than the official 1.2.0 document", () => {
    expect(stricterRules(ours120, official)).toEqual([]);
  });

  it("the 1.3.0 contract has no rule stricter than the official 1.2.0 document plus the 1.3.0 facts", () => {
    expect(stricterRules(ours130, official130)).toEqual([]);
  });

  it("the 1.3.0 contract differs from openEO 1.2.0 exactly by the 1.3.0 facts", () => {
    const findings = stricterRules(ours130, official);
    expect(findings).toContain("GET / 200 application/json: requires conformsTo");
    expect(findings).toContain("GET /jobs/{job_id} 200 application/json.queued: format date-time");
    expect(findings).toContain(
      "GET /credentials/oidc 200 application/json.providers[].authorization_parameters: type object (openEO: any)",
    );
    const fact =
      /: requires (type|conformsTo)$|\.api_version: enum|\.version: type string|\.(queued|started|unpublished): (type string|format date-time)|\.authorization_parameters: type object/;
    expect(findings.filter((finding) => !fact.test(finding))).toEqual([]);
  });

  const job = "/components/schemas/job_update";
  const stricter: [string, jsonPatch.Operation, string][] = [
    [
      "minProperties",
      { op: "add", path: `${job}/minProperties`, value: 1 },
      "PATCH /jobs/{job_id} request: minProperties 1",
    ],
    [
      "an extra required",
      { op: "add", path: `${job}/required`, value: ["title"] },
      "PATCH /jobs/{job_id} request: requires title",
    ],
    [
      "a narrower enum",
      { op: "replace", path: "/components/schemas/log_level/enum", value: ["error", "info"] },
      'GET /jobs/{job_id}/logs 200 application/json.level: enum ["error","info"] (openEO: ["error","warning","info","debug"])',
    ],
    [
      "a pattern",
      { op: "add", path: "/components/schemas/log_entry/properties/id/pattern", value: "^\\d+$" },
      "GET /jobs/{job_id}/logs 200 application/json.logs[].id: pattern ^\\d+$",
    ],
    [
      "a narrower type",
      { op: "replace", path: "/components/schemas/estimate/properties/size/type", value: "string" },
      "GET /jobs/{job_id}/estimate 200 application/json.size: type string (openEO: integer)",
    ],
    [
      "a format",
      { op: "add", path: "/components/schemas/link/properties/type/format", value: "uri" },
      "GET /jobs 200 application/json.links[].type: format uri",
    ],
    [
      "additionalProperties false",
      { op: "add", path: "/components/schemas/job_create/additionalProperties", value: false },
      "POST /jobs request: additionalProperties false",
    ],
    [
      "an anchored provider id",
      {
        op: "replace",
        path: "/components/schemas/oidc_provider/properties/id/pattern",
        value: "^\\w{1,20}$",
      },
      "GET /credentials/oidc 200 application/json.providers[].id: pattern ^\\w{1,20}$",
    ],
    [
      "a dropped allowEmptyValue",
      { op: "remove", path: "/components/parameters/pagination_limit/allowEmptyValue" },
      "GET /jobs query limit: allowEmptyValue dropped",
    ],
    [
      "a non-nullable field openEO lets be null",
      { op: "replace", path: "/components/schemas/job_create/properties/title/nullable", value: false },
      "POST /jobs request.title: type string (openEO: string|null)",
    ],
  ];
  it.each(stricter)("fails on a deliberately stricter rule: %s", (_, operation, expected) => {
    expect(stricterRules(patched(ours120, [operation]), official)).toContain(expected);
  });

  it("each jobkit extra is stricter than openEO, and together they are the whole difference", () => {
    const each = JOBKIT_EXTRAS.map((extra) => stricterRules(patched(ours120, [extra]), official));
    for (const [index, findings] of each.entries())
      expect(findings, `${JOBKIT_EXTRAS[index]?.path} changes nothing`).not.toEqual([]);
    const all = stricterRules(
      openapiDocumentFor("1.2.0", { jobkitExtras: true }) as unknown as Document,
      official,
    );
    expect(new Set(all)).toEqual(new Set(each.flat()));
  });

  it("every jobkit extra gives its reason", () => {
    for (const extra of JOBKIT_EXTRAS) expect(extra.reason.length, extra.path).toBeGreaterThan(20);
  });
});
