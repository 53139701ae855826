import { createMockServer, type FaultSpec } from "@jobkit/mock-server";
import { beforeAll, describe, expect, it } from "vitest";
import { CATALOGUE, type ConformanceResult, mockTarget, runConformance } from "../src/index.js";
import { DEMO_USERS, EMBEDDED_MOCK_OPTIONS } from "../src/internal/embedded-target.js";
import { UNKNOWN_JOB_ID } from "../src/internal/scenarios/auth.js";

/**
 * The proof that no check is vacuous: for every check a mock fault under which that check fails. Each case
 * runs the whole catalogue against a fresh in-process mock (virtual time) and asserts that the target check,
 * and no other, fails.
 */

type Ids = {
  lifecycle: string;
  options: string;
  cancel: string;
  failing: string;
  partial: string;
  isolation: string;
  /** The path (with its signature) of the lifecycle job's GeoTIFF download. */
  assetPath: string;
};
type Case = {
  faults: (ids: Ids) => FaultSpec[];
  /** The status the target check gets (default: fail). */
  status?: "fail" | "missing";
  /** Checks that may be skipped because the target failed (ids, or prefixes ending in "."); all others pass. */
  skips?: readonly string[];
};

const TITLE = "jobkit conformance: lifecycle";
/**
 * The GeoTIFF the mock writes for the kit's default job: five days of its first collection keep one date, and a
 * GTiff of a cube with time is one file a date, named after it.
 */
const MOCK_TIFF = "openEO_2015-06-27Z.tif";
const ASSET = `/assets/${MOCK_TIFF}`;
const DOWNLOADS = "/download/**";

/** Only the n-th matching request gets the action (the mock's `skip` lets the n−1 before it through). */
function nth(n: number, match: FaultSpec["match"], action: FaultSpec["action"]): FaultSpec[] {
  return [{ match, skip: n - 1, times: 1, action }];
}

const override = (
  spec: Omit<Extract<FaultSpec["action"], { type: "override" }>, "type">,
): FaultSpec["action"] => ({ type: "override", ...spec });

/** The second user's request answered `status`, as if the back-end let it through. */
const asBob = (method: string, path: string, status: number): FaultSpec[] => [
  { match: { method, path, user: "bob" }, action: override({ status }) },
];

/** A bearer-checking bug of the mock, on GET /me (where the token attacks are tried). */
const weakness = (name: Extract<FaultSpec["action"], { type: "token-weakness" }>["weakness"]): FaultSpec => ({
  match: { path: "/me" },
  action: { type: "token-weakness", weakness: name },
});

const CASES: Record<string, Case> = {
  "jobs.create.options": {
    faults: (ids) => [
      {
        match: { method: "GET", path: `/jobs/${ids.options}` },
        action: override({ body: { remove: ["/log_level"] } }),
      },
    ],
  },
  "jobs.describe.costs": {
    faults: (ids) => [
      {
        match: { method: "GET", path: `/jobs/${ids.lifecycle}` },
        action: override({ body: { remove: ["/costs", "/usage"] } }),
      },
    ],
  },
  "payment.start": {
    faults: () => [
      {
        match: { method: "POST", path: "/jobs/*/results", user: "broke" },
        action: override({ status: 202 }),
      },
    ],
  },
  "payment.sync": {
    faults: () => [{ match: { path: "/result", user: "broke" }, action: override({ status: 200 }) }],
  },
  "discovery.well-known": {
    faults: () => [
      { match: { path: "/.well-known/openeo" }, action: override({ body: { remove: ["/versions/0/url"] } }) },
    ],
  },
  "capabilities.fields": {
    faults: () => [{ match: { path: "/" }, action: override({ body: { remove: ["/backend_version"] } }) }],
  },
  "capabilities.api-version": {
    faults: () => [
      { match: { path: "/" }, action: override({ body: { set: { "/api_version": "1.0.0" } } }) },
    ],
  },
  "capabilities.stac-version": {
    faults: () => [
      { match: { path: "/" }, action: override({ body: { set: { "/stac_version": "0.6.0" } } }) },
    ],
  },
  "capabilities.endpoints": {
    faults: () => [
      { match: { path: "/" }, action: override({ body: { set: { "/endpoints/0/methods": ["get"] } } }) },
    ],
  },
  "capabilities.no-broken": {
    status: "missing",
    faults: () => [
      {
        match: { path: "/" },
        action: override({ body: { set: { "/endpoints/-": { path: "/jobkit-broken", methods: ["GET"] } } } }),
      },
    ],
  },
  "file-formats.list": {
    faults: () => [
      { match: { path: "/file_formats" }, action: override({ body: { set: { "/output": {} } } }) },
    ],
  },
  "conformance.conforms-to": {
    faults: () => [
      { match: { path: "/conformance" }, times: 1, action: override({ body: { remove: ["/conformsTo"] } }) },
    ],
  },
  "cors.preflight": {
    faults: () => [{ match: { method: "OPTIONS" }, action: { type: "error", status: 500 } }],
  },
  "auth.basic": {
    faults: () => [{ match: { path: "/credentials/basic" }, times: 1, action: override({ status: 201 }) }],
  },
  "auth.oidc.providers": {
    faults: () => [
      {
        match: { path: "/credentials/oidc" },
        times: 1,
        action: override({ body: { remove: ["/providers/0/title"] } }),
      },
    ],
  },
  "auth.oidc.discovery": {
    faults: () => [
      {
        match: { path: "/oidc/.well-known/openid-configuration" },
        times: 1,
        action: { type: "error", status: 404 },
      },
    ],
  },
  // alice's GET /me: auth.bearer, then the JWT checks (plain, legacy), then me.user-id.
  "auth.jwt.plain": {
    faults: () =>
      nth(2, { path: "/me", user: "alice" }, { type: "error", status: 403, code: "TokenInvalid" }),
  },
  "auth.jwt.legacy": {
    faults: () =>
      nth(3, { path: "/me", user: "alice" }, { type: "error", status: 403, code: "TokenInvalid" }),
  },
  "auth.attack.tampered": { faults: () => [weakness("signature-cache")] },
  "auth.attack.foreign-key": { faults: () => [weakness("embedded-jwk")] },
  "auth.attack.alg-none": { faults: () => [weakness("alg-none")] },
  "auth.attack.expired": { faults: () => [weakness("no-expiry")] },
  "auth.attack.forged-basic": { faults: () => [weakness("basic-name")] },
  // The 12th GET /me of the run, anyone's (counted on the mock): the fourth token attack.
  "auth.attack.no-kid": { faults: () => nth(12, { path: "/me" }, { type: "error", status: 500 }) },
  "capabilities.listed-methods": {
    status: "missing",
    faults: () => [
      {
        match: { path: "/" },
        action: override({
          body: { set: { "/endpoints/-": { path: "/jobs/{job_id}/jobkit-broken", methods: ["GET"] } } },
        }),
      },
    ],
  },
  // GET /me left out of the capabilities (it is the fifth endpoint the mock lists), though it answers.
  "capabilities.unlisted": {
    faults: () => [{ match: { path: "/" }, action: override({ body: { remove: ["/endpoints/4"] } }) }],
  },
  "auth.missing-credentials": {
    faults: () => [{ match: { method: "GET", path: "/jobs" }, times: 1, action: override({ status: 200 }) }],
  },
  "auth.invalid-token": {
    faults: () => nth(2, { method: "GET", path: "/jobs" }, override({ status: 200 })),
  },
  "auth.bearer": {
    faults: () => [
      {
        match: { method: "GET", path: "/jobs", user: "alice" },
        times: 1,
        action: { type: "error", status: 403, code: "TokenInvalid" },
      },
    ],
  },
  "me.user-id": {
    // auth.bearer and the JWT checks (plain and legacy bearer) ask GET /me three times before.
    faults: () => nth(4, { path: "/me", user: "alice" }, override({ body: { remove: ["/user_id"] } })),
  },
  "me.unique": {
    faults: () => [{ match: { path: "/me" }, action: override({ body: { set: { "/user_id": "same" } } }) }],
  },
  "jobs.create.rejects-invalid": {
    faults: () => [{ match: { method: "POST", path: "/jobs" }, times: 1, action: override({ status: 201 }) }],
  },
  "jobs.create.status-201": {
    faults: () => nth(2, { method: "POST", path: "/jobs" }, override({ status: 200 })),
  },
  "jobs.create.location": {
    faults: () => nth(2, { method: "POST", path: "/jobs" }, override({ headers: { remove: ["Location"] } })),
  },
  "jobs.create.identifier": {
    faults: () =>
      nth(2, { method: "POST", path: "/jobs" }, override({ headers: { remove: ["OpenEO-Identifier"] } })),
  },
  // Both descriptions before the start (after the creation, after the update) read queued: were the second one
  // created again, queued → created with no cancel would break jobs.transitions too.
  "jobs.create.created": {
    faults: (ids) => [
      {
        match: { method: "GET", path: `/jobs/${ids.lifecycle}` },
        times: 2,
        action: override({ body: { set: { "/status": "queued" } } }),
      },
    ],
  },
  "jobs.describe.fields": {
    faults: (ids) => [
      {
        match: { method: "GET", path: `/jobs/${ids.lifecycle}` },
        times: 1,
        action: override({ body: { remove: ["/created"] } }),
      },
    ],
  },
  "jobs.describe.title": {
    faults: (ids) => [
      {
        match: { method: "GET", path: `/jobs/${ids.lifecycle}` },
        times: 1,
        action: override({ body: { set: { "/title": "someone else's title" } } }),
      },
    ],
  },
  "jobs.describe.progress": {
    faults: (ids) => [
      {
        match: { method: "GET", path: `/jobs/${ids.lifecycle}` },
        action: override({ body: { set: { "/progress": 150 } } }),
      },
    ],
  },
  "jobs.update.status-204": {
    faults: (ids) => [
      { match: { method: "PATCH", path: `/jobs/${ids.lifecycle}` }, action: override({ status: 200 }) },
    ],
  },
  // The second description (after PATCH) still shows the original title.
  "jobs.update.applied": {
    faults: (ids) =>
      nth(
        2,
        { method: "GET", path: `/jobs/${ids.lifecycle}` },
        override({ body: { set: { "/title": TITLE } } }),
      ),
  },
  // alice's GET /jobs: auth.bearer, capabilities.no-broken, then the list.
  "jobs.list.shape": {
    faults: () =>
      nth(3, { method: "GET", path: "/jobs", user: "alice" }, override({ body: { remove: ["/links"] } })),
  },
  "jobs.list.all": {
    skips: ["jobs.list.title"],
    faults: () =>
      nth(3, { method: "GET", path: "/jobs", user: "alice" }, override({ body: { set: { "/jobs": [] } } })),
  },
  "jobs.list.items": {
    faults: () =>
      nth(
        3,
        { method: "GET", path: "/jobs", user: "alice" },
        override({ body: { remove: ["/jobs/0/created"] } }),
      ),
  },
  "jobs.list.title": {
    faults: () =>
      nth(
        3,
        { method: "GET", path: "/jobs", user: "alice" },
        override({ body: { set: { "/jobs/0/title": "another title" } } }),
      ),
  },
  "jobs.list.pagination": {
    faults: () => [
      {
        match: { method: "GET", path: "/jobs", user: "alice" },
        action: override({ body: { set: { "/links": [] } } }),
      },
    ],
  },
  "jobs.results.not-finished": {
    faults: (ids) => [
      {
        match: { method: "GET", path: `/jobs/${ids.lifecycle}/results` },
        times: 1,
        action: override({ status: 200 }),
      },
    ],
  },
  "jobs.start.status-202": {
    faults: (ids) => [
      {
        match: { method: "POST", path: `/jobs/${ids.lifecycle}/results` },
        times: 1,
        action: override({ status: 200 }),
      },
    ],
  },
  // The third description, right after the start, still says created.
  "jobs.start.queued": {
    skips: ["jobs.start.idempotent"],
    faults: (ids) =>
      nth(
        3,
        { method: "GET", path: `/jobs/${ids.lifecycle}` },
        override({ body: { set: { "/status": "created" } } }),
      ),
  },
  "jobs.start.idempotent": {
    faults: (ids) =>
      nth(2, { method: "POST", path: `/jobs/${ids.lifecycle}/results` }, override({ status: 400 })),
  },
  "jobs.poll.finished": {
    skips: ["jobs.describe.costs", "jobs.results.", "downloads.", "jobkit.assets.", "jobkit.downloads."],
    faults: (ids) => [{ match: { jobId: ids.lifecycle }, action: { type: "job-outcome", outcome: "error" } }],
  },
  "jobs.results.status-200": {
    skips: ["jobs.results.", "downloads.", "jobkit.assets.", "jobkit.downloads."],
    faults: (ids) =>
      nth(2, { method: "GET", path: `/jobs/${ids.lifecycle}/results` }, override({ status: 201 })),
  },
  "jobs.results.stac": {
    faults: (ids) => [
      {
        match: { method: "GET", path: `/jobs/${ids.lifecycle}/results` },
        action: override({ body: { set: { "/stac_version": "0.6.0" } } }),
      },
    ],
  },
  "jobs.results.assets": {
    skips: ["downloads.content-type"],
    faults: (ids) => [
      {
        match: { method: "GET", path: `/jobs/${ids.lifecycle}/results` },
        action: override({ body: { remove: [`${ASSET}/type`] } }),
      },
    ],
  },
  "jobs.results.metadata": {
    faults: (ids) => [
      {
        match: { method: "GET", path: `/jobs/${ids.lifecycle}/results` },
        action: override({ body: { remove: ["/bbox"] } }),
      },
    ],
  },
  "jobs.results.canonical": {
    faults: (ids) => [
      {
        match: { method: "GET", path: `/jobs/${ids.lifecycle}/results` },
        action: override({ body: { set: { "/links": [] } } }),
      },
    ],
  },
  "jobs.results.expires": {
    skips: ["downloads.link-expiry"],
    faults: (ids) => [
      {
        match: { method: "GET", path: `/jobs/${ids.lifecycle}/results` },
        action: override({ body: { remove: ["/properties/expires"] } }),
      },
    ],
  },
  "jobs.results.costs": {
    faults: (ids) => [
      {
        match: { method: "GET", path: `/jobs/${ids.lifecycle}/results` },
        action: override({ headers: { remove: ["OpenEO-Costs"] } }),
      },
    ],
  },
  "jobkit.downloads.head": {
    faults: () => [{ match: { method: "HEAD", path: DOWNLOADS }, action: { type: "error", status: 500 } }],
  },
  "downloads.no-auth": {
    faults: () => [
      {
        match: { method: "GET", path: DOWNLOADS },
        skip: 1, // the first GET is jobs.results.canonical's
        times: 1,
        action: { type: "error", status: 401, code: "AuthenticationRequired" },
      },
    ],
  },
  "downloads.get": {
    skips: [
      "downloads.content-type",
      "downloads.size",
      "downloads.checksum",
      "downloads.format",
      "downloads.link-expiry",
    ],
    faults: () => [
      // the first GET is jobs.results.canonical's
      {
        match: { method: "GET", path: DOWNLOADS },
        skip: 1,
        times: 1,
        action: { type: "truncate", bytes: 100 },
      },
    ],
  },
  "downloads.content-type": {
    faults: () => [
      {
        match: { method: "GET", path: DOWNLOADS },
        action: override({ headers: { set: { "Content-Type": "application/octet-stream" } } }),
      },
    ],
  },
  "downloads.size": {
    faults: (ids) => [
      {
        match: { method: "GET", path: `/jobs/${ids.lifecycle}/results` },
        action: override({ body: { set: { [`${ASSET}/file:size`]: 1 } } }),
      },
    ],
  },
  "downloads.checksum": {
    faults: (ids) => [
      {
        match: { method: "GET", path: `/jobs/${ids.lifecycle}/results` },
        action: override({ body: { set: { [`${ASSET}/file:checksum`]: `1220${"0".repeat(64)}` } } }),
      },
    ],
  },
  // Declared and served as PNG, but the bytes are still a GeoTIFF.
  "downloads.format": {
    faults: (ids) => [
      {
        match: { method: "GET", path: `/jobs/${ids.lifecycle}/results` },
        action: override({ body: { set: { [`${ASSET}/type`]: "image/png" } } }),
      },
      {
        match: { method: "GET", path: DOWNLOADS },
        action: override({ headers: { set: { "Content-Type": "image/png" } } }),
      },
    ],
  },
  // The same download, linked by its path alone: openEO allows it, jobkit promises absolute hrefs.
  "jobkit.assets.absolute-href": {
    faults: (ids) => [
      {
        match: { method: "GET", path: `/jobs/${ids.lifecycle}/results` },
        action: override({ body: { set: { [`${ASSET}/href`]: ids.assetPath } } }),
      },
    ],
  },
  "jobkit.assets.file-size": {
    faults: (ids) => [
      {
        match: { method: "GET", path: `/jobs/${ids.lifecycle}/results` },
        action: override({ body: { set: { [`${ASSET}/file:size`]: "2048 bytes" } } }),
      },
    ],
  },
  // Not a string: downloads.checksum has nothing to verify and says so.
  "jobkit.assets.file-checksum": {
    skips: ["downloads.checksum"],
    faults: (ids) => [
      {
        match: { method: "GET", path: `/jobs/${ids.lifecycle}/results` },
        action: override({ body: { set: { [`${ASSET}/file:checksum`]: 1220 } } }),
      },
    ],
  },
  // Announced to expire at 00:00:10 (virtual), really valid until 00:01:04: still served after the announced end.
  "downloads.link-expiry": {
    faults: (ids) => [
      {
        match: { method: "GET", path: `/jobs/${ids.lifecycle}/results` },
        action: override({ body: { set: { "/properties/expires": "2025-01-01T00:00:10.000Z" } } }),
      },
    ],
  },
  "logs.shape": {
    faults: (ids) => [
      {
        match: { path: `/jobs/${ids.lifecycle}/logs` },
        times: 1,
        action: override({ body: { remove: ["/links"] } }),
      },
    ],
  },
  "logs.entries": {
    faults: (ids) => [
      {
        match: { path: `/jobs/${ids.lifecycle}/logs` },
        times: 1,
        action: override({ body: { set: { "/logs/0/level": "fatal" } } }),
      },
    ],
  },
  "logs.time": {
    faults: (ids) => [
      {
        match: { path: `/jobs/${ids.lifecycle}/logs` },
        times: 1,
        action: override({ body: { remove: ["/logs/0/time"] } }),
      },
    ],
  },
  "logs.messages": {
    faults: (ids) => [
      {
        match: { path: `/jobs/${ids.lifecycle}/logs` },
        times: 1,
        action: override({
          body: { set: { "/logs/0/message": "TypeError: boom\n    at run (worker.js:1:1)" } },
        }),
      },
    ],
  },
  "logs.offset": {
    faults: (ids) =>
      nth(2, { path: `/jobs/${ids.lifecycle}/logs` }, override({ body: { set: { "/logs/0/id": "bogus" } } })),
  },
  "logs.limit": {
    faults: (ids) =>
      nth(3, { path: `/jobs/${ids.lifecycle}/logs` }, override({ body: { remove: ["/links"] } })),
  },
  "estimate.fields": {
    status: "missing",
    // The lifecycle job's estimate only: the listed endpoint answers for other ids (capabilities.listed-methods).
    faults: (ids) => [
      {
        match: { path: `/jobs/${ids.lifecycle}/estimate` },
        action: { type: "error", status: 501, code: "FeatureUnsupported" },
      },
    ],
  },
  "jobs.delete.status-204": {
    faults: (ids) => [
      { match: { method: "DELETE", path: `/jobs/${ids.lifecycle}` }, action: override({ status: 200 }) },
    ],
  },
  "jobs.delete.gone": {
    faults: (ids) => [
      { match: { method: "GET", path: `/jobs/${ids.lifecycle}` }, action: override({ status: 200 }) },
    ],
  },
  "cancel.status": {
    faults: (ids) => [
      { match: { method: "DELETE", path: `/jobs/${ids.cancel}/results` }, action: override({ status: 200 }) },
    ],
  },
  "cancel.canceled": {
    skips: ["cancel.holds"],
    faults: (ids) => [
      {
        match: { method: "GET", path: `/jobs/${ids.cancel}` },
        action: override({ body: { set: { "/status": "running" } } }),
      },
    ],
  },
  "failing.error": {
    skips: ["failing.", "logs.level"],
    faults: (ids) => [
      {
        // nobody canceled it (a job meant to fail that finished is not evaluated: no status rule is broken)
        match: { method: "GET", path: `/jobs/${ids.failing}` },
        action: override({ body: { set: { "/status": "canceled" } } }),
      },
    ],
  },
  "failing.results-424": {
    faults: (ids) => [
      { match: { method: "GET", path: `/jobs/${ids.failing}/results` }, action: override({ status: 400 }) },
    ],
  },
  "failing.error-logs": {
    faults: (ids) => [
      {
        match: { path: `/jobs/${ids.failing}/logs` },
        times: 1,
        action: override({ body: { set: { "/logs": [] } } }),
      },
    ],
  },
  "logs.level": {
    faults: (ids) =>
      nth(2, { path: `/jobs/${ids.failing}/logs` }, override({ body: { remove: ["/level"] } })),
  },
  "partial.status": {
    faults: (ids) => [
      {
        match: { method: "GET", path: `/jobs/${ids.partial}/results` },
        action: override({ body: { remove: ["/properties/openeo:status"] } }),
      },
    ],
  },
  "sync.rejects-invalid": {
    faults: () => [{ match: { path: "/result" }, times: 1, action: override({ status: 200 }) }],
  },
  "sync.status-200": {
    skips: ["sync."],
    faults: () => nth(2, { path: "/result" }, override({ status: 201 })),
  },
  "sync.content-type": {
    faults: () =>
      nth(
        2,
        { path: "/result" },
        override({ headers: { set: { "Content-Type": "application/octet-stream" } } }),
      ),
  },
  "sync.format": {
    faults: () => nth(2, { path: "/result" }, override({ body: { set: { "/jobkit": "not a GeoTIFF" } } })),
  },
  "sync.costs": {
    faults: () => [
      { match: { path: "/result" }, action: override({ headers: { remove: ["OpenEO-Costs"] } }) },
    ],
  },
  "sync.monitor-link": {
    faults: () => [{ match: { path: "/result" }, action: override({ headers: { remove: ["Link"] } }) }],
  },
  // Collections, output format names and processes: the kit's own requests of these scenarios are hit.
  "collections.list": {
    faults: () =>
      nth(
        3,
        { method: "GET", path: "/collections" },
        override({ body: { remove: ["/collections/0/license"] } }),
      ),
  },
  "collections.describe": {
    faults: () => [
      {
        match: { path: "/collections/SENTINEL2_L2A" },
        action: override({ body: { set: { "/id": "OTHER" } } }),
      },
    ],
  },
  "collections.license-link": {
    faults: () => [
      {
        match: { path: "/collections/DEMO_DEM" },
        action: override({ body: { set: { "/license": "various" }, remove: ["/links/2"] } }),
      },
    ],
  },
  "formats.case-insensitive": {
    faults: () =>
      nth(3, { path: "/result", user: "alice" }, { type: "error", status: 400, code: "FormatUnsupported" }),
  },
  "formats.unsupported": {
    faults: () =>
      nth(4, { path: "/result", user: "alice" }, { type: "error", status: 500, code: "Internal" }),
  },
  "processes.official": {
    faults: () => [
      {
        match: { path: "/processes" },
        action: override({ body: { set: { "/processes/0/returns/schema": {} } } }),
      },
    ],
  },
  "processes.unknown": {
    faults: () => nth(1, { path: "/validation" }, override({ body: { set: { "/errors": [] } } })),
  },
  "processes.missing-argument": {
    faults: () => nth(2, { path: "/validation" }, override({ body: { set: { "/errors": [] } } })),
  },
  "processes.wrong-type": {
    faults: () => nth(3, { path: "/validation" }, override({ body: { set: { "/errors": [] } } })),
  },
  "isolation.describe": { faults: (ids) => asBob("GET", `/jobs/${ids.isolation}`, 200) },
  "isolation.logs": { faults: (ids) => asBob("GET", `/jobs/${ids.isolation}/logs`, 200) },
  "isolation.modify": { faults: (ids) => asBob("PATCH", `/jobs/${ids.isolation}`, 204) },
  "isolation.start": { faults: (ids) => asBob("POST", `/jobs/${ids.isolation}/results`, 202) },
  "isolation.cancel": { faults: (ids) => asBob("DELETE", `/jobs/${ids.isolation}/results`, 204) },
  "isolation.delete": { faults: (ids) => asBob("DELETE", `/jobs/${ids.isolation}`, 204) },
  // The canceled job's results claim a finished job.
  "cancel.holds": {
    faults: (ids) => [
      {
        match: { method: "GET", path: `/jobs/${ids.cancel}/results` },
        action: override({ status: 200, body: { set: { "/openeo:status": "finished" } } }),
      },
    ],
  },
  "logs.unknown-job": {
    faults: () => [{ match: { path: `/jobs/${UNKNOWN_JOB_ID}/logs` }, action: override({ status: 200 }) }],
  },
  "isolation.list": {
    faults: (ids) => [
      {
        match: { path: "/jobs", user: "bob" },
        action: override({
          body: {
            set: { "/jobs": [{ id: ids.isolation, status: "created", created: "2025-01-01T00:00:00Z" }] },
          },
        }),
      },
    ],
  },
  "cors.allow-origin": {
    faults: () => [
      { match: { path: "/" }, action: override({ headers: { remove: ["Access-Control-Allow-Origin"] } }) },
    ],
  },
  "cors.expose-headers": {
    faults: () => [
      {
        match: { path: "/" },
        action: override({ headers: { set: { "Access-Control-Expose-Headers": "Location" } } }),
      },
    ],
  },
  "encoding.utf8": {
    faults: () => [
      {
        match: { path: "/" },
        action: override({ headers: { set: { "Content-Type": "application/json; charset=iso-8859-1" } } }),
      },
    ],
  },
  "errors.status-range": {
    faults: () => [{ match: { path: `/jobs/${UNKNOWN_JOB_ID}` }, action: override({ status: 200 }) }],
  },
  "errors.body": {
    faults: () => [
      {
        match: { path: `/jobs/${UNKNOWN_JOB_ID}` },
        action: override({ body: { remove: ["/code"] } }),
      },
    ],
  },
  "errors.id-or-url": {
    faults: () => [
      {
        match: { path: `/jobs/${UNKNOWN_JOB_ID}` },
        action: override({ body: { remove: ["/id", "/url"] } }),
      },
    ],
  },
  // No request and no processing takes a finished job back to created; the partial scenario's two
  // descriptions claim exactly that (queued → finished alone would be fine: running may fall between polls).
  "jobs.transitions": {
    skips: ["partial.status"],
    faults: (ids) => [
      ...nth(
        1,
        { method: "GET", path: `/jobs/${ids.partial}` },
        override({ body: { set: { "/status": "finished" } } }),
      ),
      ...nth(
        2,
        { method: "GET", path: `/jobs/${ids.partial}` },
        override({ body: { set: { "/status": "created" } } }),
      ),
    ],
  },
  // The estimate still has costs and size, but its duration is not an ISO 8601 duration.
  "spec.responses": {
    faults: () => [
      {
        match: { path: "/jobs/*/estimate" },
        action: override({ body: { set: { "/size": "five megabytes" } } }),
      },
    ],
  },
};

async function run(faults: FaultSpec[], require: string[] = [], redact = true): Promise<ConformanceResult> {
  const mock = createMockServer({ ...EMBEDDED_MOCK_OPTIONS, faults });
  return runConformance({
    url: "http://mock.test",
    ...mockTarget(mock),
    ...DEMO_USERS,
    jobTimeoutMs: 30_000,
    require,
    redact,
  });
}

const failing = (result: ConformanceResult) =>
  result.checks
    .filter((check) => check.status === "fail" || check.status === "missing")
    .map((check) => check.id);

let ids: Ids;

beforeAll(async () => {
  // unredacted: the asset path, signature included, is read from its evidence
  const baseline = await run([], [], false);
  expect(failing(baseline)).toEqual([]);
  const id = (scenario: string) =>
    baseline.timelines.find((timeline) => timeline.scenario === scenario)?.jobId as string;
  ids = {
    lifecycle: id("lifecycle"),
    // The lifecycle scenario creates its job, a companion for pagination, then the job with creation options.
    options: baseline.timelines.filter((timeline) => timeline.scenario === "lifecycle")[2]?.jobId as string,
    cancel: id("cancel"),
    failing: id("failing"),
    partial: id("partial"),
    isolation: id("isolation"),
    assetPath: new URL(
      baseline.checks
        .find((check) => check.id === "downloads.get")
        ?.evidence.find((evidence) => evidence.url.includes(MOCK_TIFF))?.url as string,
    ).pathname,
  };
  expect(ids.assetPath).toMatch(MOCK_TIFF);
});

describe("mutation matrix", () => {
  it("has a case for every check of the catalogue, and none for unknown ids", () => {
    expect(Object.keys(CASES).sort()).toEqual(CATALOGUE.map((check) => check.id).sort());
  });

  it.each(Object.keys(CASES))("a fault makes %s fail", async (id) => {
    const testCase = CASES[id] as Case;
    const result = await run(testCase.faults(ids));
    const failed = failing(result);
    const target = result.checks.find((check) => check.id === id);
    expect(target?.status, `${id}: ${target?.observation}`).toBe(testCase.status ?? "fail");
    expect(failed, `also failed: ${failed.filter((other) => other !== id).join(", ")}`).toEqual([id]);
    const allowed = (other: string) =>
      (testCase.skips ?? []).some((skip) => (skip.endsWith(".") ? other.startsWith(skip) : other === skip));
    const unexpected = result.checks.filter(
      (check) =>
        check.id !== id && check.status !== "pass" && !(check.status === "skip" && allowed(check.id)),
    );
    expect(unexpected.map((check) => `${check.id}: ${check.status} (${check.observation})`)).toEqual([]);
    expect(target?.required, `${id} is required`).toBe(
      target?.source === "openeo" && /^L1/.test(target.level),
    );
    if (target?.source === "jobkit") expect(result.verdict, "a jobkit extra only warns").toBe("pass");
  });

  it.each(CATALOGUE.filter((check) => check.source === "jobkit").map((check) => check.id))(
    "the same fault fails the run when %s is required",
    async (id) => {
      const result = await run((CASES[id] as Case).faults(ids), [id]);
      const target = result.checks.find((check) => check.id === id);
      expect(target).toMatchObject({ status: "fail", required: true });
      expect(result.verdict).toBe("fail");
    },
  );
});
