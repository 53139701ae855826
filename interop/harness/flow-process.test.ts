import { describe, expect, it } from "vitest";
import { flowPassed, parseSummary, runFlowProcess } from "./flow-process.js";

const node = process.execPath;

describe("parseSummary", () => {
  it("reads the last closing line", () => {
    expect(parseSummary(["1 passed, 1 failed", "✓ x", "3 passed, 0 failed"])).toEqual({
      passed: 3,
      failed: 0,
    });
  });

  it("returns undefined when the flow never got to its summary", () => {
    expect(parseSummary(["✓ connect", "Traceback (most recent call last):"])).toBeUndefined();
  });
});

describe("runFlowProcess", () => {
  it("passes a flow that exits 0 with a clean summary", async () => {
    const lines: string[] = [];
    const run = await runFlowProcess(node, ["-e", 'console.log("✓ a"); console.log("1 passed, 0 failed")'], {
      timeoutMs: 10_000,
      onLine: (line) => lines.push(line),
    });
    expect(lines).toEqual(["✓ a", "1 passed, 0 failed"]);
    expect(flowPassed(run)).toBe(true);
  });

  it("fails a flow that exits 0 without a summary or with failures", async () => {
    const silent = await runFlowProcess(node, ["-e", ""], { timeoutMs: 10_000 });
    expect(flowPassed(silent)).toBe(false);
    const lying = await runFlowProcess(node, ["-e", 'console.log("1 passed, 1 failed")'], {
      timeoutMs: 10_000,
    });
    expect(flowPassed(lying)).toBe(false);
  });

  it("fails a flow that exits non-zero even with a clean summary", async () => {
    const run = await runFlowProcess(node, ["-e", 'console.log("2 passed, 0 failed"); process.exit(1)'], {
      timeoutMs: 10_000,
    });
    expect(run.exitCode).toBe(1);
    expect(flowPassed(run)).toBe(false);
  });

  it("kills a flow that outlives its budget", async () => {
    const run = await runFlowProcess(node, ["-e", "setTimeout(() => {}, 60_000)"], { timeoutMs: 200 });
    expect(run).toMatchObject({ exitCode: null, timedOut: true });
    expect(run.lines.at(-1)).toBe("killed after 200 ms");
  });

  it("reports a command that cannot start", async () => {
    const run = await runFlowProcess("/nonexistent/python", [], { timeoutMs: 1_000 });
    expect(run.exitCode).toBeNull();
    expect(run.lines[0]).toMatch(/could not run \/nonexistent\/python/);
  });
});
