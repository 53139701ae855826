import { describe, expect, it } from "vitest";
import {
  cancelThatDoesNotHold,
  corsJson,
  type FaultyHandler,
  passThrough,
  serveEachTest,
} from "./faulty-server.js";
import { kit } from "./run-cli.js";

/**
 * Faults found on back-ends nobody on the team wrote, rebuilt on the mock: each makes its check fail, and the
 * mock as it is passes the same checks.
 */

const { serve } = serveEachTest();

const everyone = (url: string, only: string) => [
  ...["--url", url, "--user", "alice", "--password", "alice123", "--second-user", "bob:bob123"],
  ...["--poll-interval", "0.01", "--only", only],
];

const JOB_ID = /^\/jobs\/([^/]+)/;

/**
 * A back-end that checks no owner on `method` of a job path ending in `tail`: anyone's request acts as the
 * owner's (as openeo-fastapi let another user's PATCH rewrite a job).
 */
function ownerUnchecked(method: string, tail: string): FaultyHandler {
  const owners = new Map<string, string>();
  return async (request, mock) => {
    const path = new URL(request.url).pathname;
    const id = JOB_ID.exec(path)?.[1];
    const owner = id ? owners.get(id) : undefined;
    if (owner && request.method === method && path === `/jobs/${id}${tail}`) {
      const headers = new Headers(request.headers);
      headers.set("Authorization", owner);
      return mock(new Request(request, { headers }));
    }
    const answer = await mock(request);
    const created = answer.headers.get("OpenEO-Identifier");
    if (request.method === "POST" && path === "/jobs" && created)
      owners.set(created, request.headers.get("Authorization") ?? "");
    return answer;
  };
}

/** The python-driver dummy: logs of a job the user does not have answer 200 with a made-up error entry. */
const madeUpLogs: FaultyHandler = async (request, mock) => {
  const answer = await mock(request);
  if (!/^\/jobs\/[^/]+\/logs$/.test(new URL(request.url).pathname) || answer.status !== 404) return answer;
  const entry = { id: "0", level: "error", message: "Job not found", time: "2026-01-01T00:00:00Z" };
  return corsJson({ logs: [entry], links: [] });
};

const WRITES = [
  ["isolation.modify", "PATCH", "", "answered 204, and its title and process changed"],
  ["isolation.start", "POST", "/results", "answered 202, and its status changed"],
  ["isolation.cancel", "DELETE", "/results", "answered 204, and it went from running to canceled"],
  ["isolation.delete", "DELETE", "", "answered 204, and its owner's GET /jobs/{id} then answered 404"],
] as const;

describe("faults the kit used to miss", { timeout: 60_000 }, () => {
  it.each(WRITES)(
    "another user's %s of my job acts on it: the check fails",
    async (id, method, tail, change) => {
      const url = await serve(ownerUnchecked(method, tail));
      const run = await kit(everyone(url, id));
      const line = run.stdout.split("\n").find((text) => text.includes(`✗ ${id} `));
      expect(line, run.stdout).toContain(change);
      expect(run.code).toBe(1);
    },
  );

  it("the mock refuses another user's writes and log reads with 404 and keeps the job: the checks pass", async () => {
    const url = await serve(passThrough);
    const only = "isolation.logs,isolation.modify,isolation.start,isolation.cancel,isolation.delete";
    const run = await kit(everyone(url, only));
    for (const id of only.split(","))
      expect(run.stdout).toMatch(new RegExp(`✓ ${id.replace(".", "\\.")}\\b`));
    expect(run.stdout).toMatch(/^PASS: every required check passed/m);
    expect(run.code).toBe(0);
  });

  it("logs made up for an unknown job and for another user's job: logs.unknown-job and isolation.logs fail", async () => {
    const url = await serve(madeUpLogs);
    const run = await kit([
      ...everyone(url, "logs.unknown-job,isolation.logs"),
      "--require",
      "logs,isolation",
    ]);
    expect(run.stdout).toMatch(
      /✗ logs\.unknown-job .*GET \/jobs\/jobkit-conformance-no-such-job\/logs answered 200; expected 404 JobNotFound/,
    );
    expect(run.stdout).toMatch(
      /✗ isolation\.logs .*GET \/jobs\/\{id\}\/logs of the first user's job answered 200/,
    );
    expect(run.code).toBe(1);
  });

  it("the mock answers 404 JobNotFound to the logs of an unknown job: logs.unknown-job passes", async () => {
    const url = await serve(passThrough);
    const run = await kit(everyone(url, "logs.unknown-job"));
    expect(run.stdout).toMatch(/✓ logs\.unknown-job\b/);
    expect(run.code).toBe(0);
  });

  it("a cancel that does not hold (canceled, then running on to finished): cancel.holds fails", async () => {
    const url = await serve(cancelThatDoesNotHold());
    const run = await kit(everyone(url, "cancel"));
    expect(run.stdout).toMatch(/✓ cancel\.canceled\b/);
    expect(run.stdout).toMatch(
      /✗ cancel\.holds .*the cancel did not hold: the canceled job became (running|finished)/,
    );
    expect(run.code).toBe(1);
  });

  it("a cancel that does not hold: jobs.transitions fails on the change no request explains", async () => {
    const url = await serve(cancelThatDoesNotHold());
    const run = await kit(everyone(url, "jobs.transitions"));
    expect(run.stdout).toMatch(
      /✗ jobs\.transitions .*went canceled → (running|finished) with no start or cancel since it first read canceled, which openEO does not allow/,
    );
    expect(run.code).toBe(1);
  });

  it("the mock's cancel holds: cancel.holds passes", async () => {
    const url = await serve(passThrough);
    const run = await kit(everyone(url, "cancel"));
    expect(run.stdout).toMatch(/✓ cancel\.holds\b/);
    expect(run.code).toBe(0);
  });
});
