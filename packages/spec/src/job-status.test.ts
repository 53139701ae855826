import { describe, expect, it } from "vitest";
import {
  canBeObservedAfter,
  isLegalTransition,
  JOB_STATUSES,
  JOB_TRANSITIONS,
  TERMINAL_JOB_STATUSES,
} from "./job-status.js";

describe("job statuses", () => {
  it("lists the six statuses of the contract's enum", () => {
    expect([...JOB_STATUSES].sort()).toEqual([
      "canceled",
      "created",
      "error",
      "finished",
      "queued",
      "running",
    ]);
  });

  it("allows the successful path created → queued → running → finished", () => {
    expect(isLegalTransition("created", "queued")).toBe(true);
    expect(isLegalTransition("queued", "running")).toBe(true);
    expect(isLegalTransition("running", "finished")).toBe(true);
  });

  it("allows cancel of a running job to canceled or created, and of a queued job to created", () => {
    expect(isLegalTransition("running", "canceled")).toBe(true);
    expect(isLegalTransition("running", "created")).toBe(true);
    expect(isLegalTransition("queued", "created")).toBe(true);
  });

  it("refuses going back from a result to created, or skipping from created to finished", () => {
    expect(isLegalTransition("finished", "created")).toBe(false);
    expect(isLegalTransition("created", "finished")).toBe(false);
    expect(isLegalTransition("error", "finished")).toBe(false);
  });

  it("lets every terminal status be started again", () => {
    for (const status of TERMINAL_JOB_STATUSES) expect(JOB_TRANSITIONS[status]).toContain("queued");
  });
});

describe("statuses seen by polling", () => {
  it("accepts processing steps missed between two polls", () => {
    expect(canBeObservedAfter("queued", "finished")).toBe(true);
    expect(canBeObservedAfter("created", "finished")).toBe(true);
    expect(canBeObservedAfter("created", "error")).toBe(true);
    expect(canBeObservedAfter("finished", "finished")).toBe(true);
  });

  it("refuses what no request and no processing can produce", () => {
    expect(canBeObservedAfter("finished", "created")).toBe(false);
    expect(canBeObservedAfter("running", "queued")).toBe(false);
    expect(canBeObservedAfter("error", "canceled")).toBe(false);
  });
});
