import { describe, expect, it } from "vitest";
import type { JobRecord } from "./job.js";
import { JobStore } from "./job-store.js";

const job = (seq: number, owner = "alice") => ({ id: `j-${seq}`, seq, owner }) as JobRecord;

describe("JobStore", () => {
  it("pages an owner's jobs newest first by cursor, across deletions", () => {
    const store = new JobStore();
    for (let seq = 1; seq <= 7; seq++) store.add(job(seq, seq % 2 === 0 ? "bob" : "alice"));
    store.delete(store.get("j-5") as JobRecord);
    const first = store.page("alice", Number.POSITIVE_INFINITY, 2);
    expect(first.jobs.map((j) => j.id)).toEqual(["j-7", "j-3"]);
    expect(first.more).toBe(true);
    const second = store.page("alice", 3, 2);
    expect(second.jobs.map((j) => j.id)).toEqual(["j-1"]);
    expect(second.more).toBe(false);
    expect(store.page("bob", Number.POSITIVE_INFINITY, 10).jobs.map((j) => j.id)).toEqual([
      "j-6",
      "j-4",
      "j-2",
    ]);
    expect(store.page("nobody", Number.POSITIVE_INFINITY, 10)).toEqual({ jobs: [], more: false });
    expect(store.size).toBe(6);
  });
});
