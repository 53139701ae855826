import { describe, expect, it } from "vitest";
import { harness } from "../../test/support.js";

describe("control API (/_jobkit)", () => {
  it("advances the virtual clock, and refuses bad amounts", async () => {
    const h = harness();
    const advanced = await h.json("/_jobkit/clock/advance", {
      method: "POST",
      body: JSON.stringify({ ms: 1500 }),
    });
    expect(advanced.body).toEqual({ now: Date.UTC(2025, 0, 1) + 1500, time: "2025-01-01T00:00:01.500Z" });
    expect(h.mock.clock.now()).toBe(Date.UTC(2025, 0, 1) + 1500);
    expect((await h.json("/_jobkit/clock")).body.mode).toBe("virtual");
    for (const body of ['{"ms": -1}', '{"ms": "5"}', '{"ms": 1e308}', "{}", "nope"]) {
      expect((await h.json("/_jobkit/clock/advance", { method: "POST", body })).status, body).toBe(400);
    }
    expect(h.mock.clock.now()).toBe(Date.UTC(2025, 0, 1) + 1500);
    expect(() => h.mock.clock.advance(1e308)).toThrow(
      expect.objectContaining({ name: "JobkitMockError", code: "ClockAdvanceInvalid" }),
    );
    expect((await h.json("/_jobkit/clock")).body.time).toBe("2025-01-01T00:00:01.500Z");
  });

  it("adds, lists, removes and clears faults", async () => {
    const h = harness();
    const added = await h.json("/_jobkit/faults", {
      method: "POST",
      body: JSON.stringify({
        match: { method: "get", path: "/me" },
        times: 2,
        action: { type: "error", status: 503 },
      }),
    });
    expect(added.status).toBe(201);
    expect(added.body).toEqual({ id: "fault-1" });
    const listed = (await h.json("/_jobkit/faults")).body.faults;
    expect(listed).toEqual([
      {
        id: "fault-1",
        match: { method: "GET", path: "/me" },
        times: 2,
        remaining: 2,
        hits: 0,
        skipping: 0,
        action: { type: "error", status: 503 },
      },
    ]);
    expect((await h.json("/me")).status).toBe(503);
    expect((await h.json("/_jobkit/faults")).body.faults[0]).toMatchObject({ remaining: 1, hits: 1 });
    expect((await h.request("/_jobkit/faults/fault-1", { method: "DELETE" })).status).toBe(204);
    expect((await h.request("/_jobkit/faults/fault-1", { method: "DELETE" })).status).toBe(404);
    await h.json("/_jobkit/faults", {
      method: "POST",
      body: JSON.stringify({ action: { type: "delay", ms: 1 } }),
    });
    expect((await h.request("/_jobkit/faults", { method: "DELETE" })).status).toBe(204);
    expect((await h.json("/_jobkit/faults")).body.faults).toEqual([]);
  });

  it("refuses malformed faults with 400 FaultInvalid", async () => {
    const h = harness();
    const bad = [
      {},
      { action: { type: "explode" } },
      { action: { type: "error", status: 200 } },
      { action: { type: "delay", ms: -5 } },
      { action: { type: "error", status: 500 }, probability: 2 },
      { action: { type: "error", status: 500 }, times: 0 },
      { action: { type: "error", status: 500 }, match: { path: "no-slash" } },
      { action: { type: "override", body: { set: { "no-pointer": 1 } } } },
      { action: { type: "override", body: { remove: ["/__proto__/x"] } } },
      { action: { type: "override", body: { set: { "/a/constructor": 1 } } } },
      { action: { type: "override", headers: { set: { "bad name": "x" } } } },
      { action: { type: "override", headers: { set: { "x-ok": "line\nbreak" } } } },
      { action: { type: "override", headers: { remove: ["bad name"] } } },
      { action: { type: "job-outcome", outcome: "sometimes" } },
      { action: { type: "asset", mode: "gone" } },
    ];
    for (const fault of bad) {
      const response = await h.json("/_jobkit/faults", { method: "POST", body: JSON.stringify(fault) });
      expect([response.status, response.body.code], JSON.stringify(fault)).toEqual([400, "FaultInvalid"]);
    }
    expect(h.mock.faults.list()).toEqual([]);
  });

  it("journals API requests (not control requests) and resets everything", async () => {
    const h = harness();
    const id = await h.createJob();
    await h.json("/nope");
    const entries = (await h.json("/_jobkit/journal")).body.entries;
    expect(
      entries.map(
        (e: { method: string; path: string; status: number }) => `${e.method} ${e.path} ${e.status}`,
      ),
    ).toEqual(["GET /credentials/basic 200", "POST /jobs 201", "GET /nope 404"]);
    expect(entries[1]).toMatchObject({ user: "alice", time: Date.UTC(2025, 0, 1) });
    h.mock.clock.advance(1000);
    expect((await h.request("/_jobkit/reset", { method: "POST" })).status).toBe(204);
    expect(h.mock.store.size).toBe(0);
    expect(h.mock.journal.entries()).toEqual([]);
    expect(h.mock.clock.now()).toBe(Date.UTC(2025, 0, 1));
    const staleToken = await h.json("/me", { headers: await h.auth() });
    expect(staleToken.body.code).toBe("TokenInvalid");
    const again = harness();
    expect(await again.createJob()).toBe(id);
  });

  it("lists the jobs it holds, settled to the clock, for every user or one", async () => {
    const h = harness();
    const first = await h.createJob();
    const { id: second } = await h.startJob(undefined, "bob");
    h.mock.clock.advance(5_000);
    const all = await h.json("/_jobkit/jobs");
    expect(
      all.body.jobs.map((j: { id: string; owner: string; status: string }) => [j.id, j.owner, j.status]),
    ).toEqual([
      [first, "alice", "created"],
      [second, "bob", "finished"],
    ]);
    expect((await h.json("/_jobkit/jobs?user=bob")).body.jobs.map((j: { id: string }) => j.id)).toEqual([
      second,
    ]);
    expect((await h.json("/_jobkit/jobs?user=broke")).body.jobs).toEqual([]);
    const unknown = await h.json("/_jobkit/jobs?user=mallory");
    expect([unknown.status, unknown.body.code]).toEqual([400, "RequestInvalid"]);
    expect(h.mock.journal.entries().some((e) => e.path.startsWith("/_jobkit"))).toBe(false);
  });

  it("keeps only the last journalLimit entries", async () => {
    const h = harness({ timing: { mode: "virtual" }, journalLimit: 3 });
    for (let i = 0; i < 10; i++) await h.request(`/nope-${i}`);
    expect(h.mock.journal.entries().map((e) => e.path)).toEqual(["/nope-7", "/nope-8", "/nope-9"]);
  });
});
