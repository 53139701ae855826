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
    expect(canBeObservedAfter("queued", "finished", 0)).toBe(true);
    expect(canBeObservedAfter("running", "error", 0)).toBe(true);
    expect(canBeObservedAfter("created", "finished")).toBe(true);
    expect(canBeObservedAfter("created", "error")).toBe(true);
    expect(canBeObservedAfter("finished", "finished", 0)).toBe(true);
  });

  it("refuses what no request and no processing can produce", () => {
    expect(canBeObservedAfter("finished", "created")).toBe(false);
    expect(canBeObservedAfter("error", "canceled")).toBe(false);
    expect(canBeObservedAfter("queued", "queued", 0)).toBe(true);
  });

  it("refuses request-made changes when no request was made between the two polls", () => {
    expect(canBeObservedAfter("canceled", "finished", 0)).toBe(false);
    expect(canBeObservedAfter("finished", "running", 0)).toBe(false);
    expect(canBeObservedAfter("running", "canceled", 0)).toBe(false);
    expect(canBeObservedAfter("created", "queued", 0)).toBe(false);
    // a start made between them explains each
    expect(canBeObservedAfter("canceled", "finished", 1)).toBe(true);
    expect(canBeObservedAfter("created", "queued", 1)).toBe(true);
  });

  it("lets each request make one change, with processing before and after it", () => {
    // the job finished unseen, then a start queued it again
    expect(canBeObservedAfter("running", "queued", 1)).toBe(true);
    expect(canBeObservedAfter("running", "queued", 0)).toBe(false);
    // finished → queued (start) → created (cancel) takes two requests
    expect(canBeObservedAfter("finished", "created", 1)).toBe(false);
    expect(canBeObservedAfter("finished", "created", 2)).toBe(true);
  });
});
