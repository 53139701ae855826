import { describe, expect, it } from "vitest";
import {
  createStepReporter,
  formatExchange,
  previewBody,
  previewHeaders,
  StepSkipped,
} from "./step-reporter.js";

function collect() {
  const lines: string[] = [];
  return { lines, reporter: createStepReporter((line) => lines.push(line)) };
}

describe("createStepReporter", () => {
  it("prints a tick per passing step and the closing counts", async () => {
    const { lines, reporter } = collect();
    await reporter.step("connect", async () => {});
    expect(reporter.finish()).toEqual({ passed: 1, failed: 0 });
    expect(lines).toEqual(["✓ connect", "1 passed, 0 failed"]);
  });

  it("names the step, its last request and response, and the error of a failing step", async () => {
    const { lines, reporter } = collect();
    reporter.record({ method: "get", url: "http://h/jobs", status: 200, body: "{}" });
    await reporter.step("create job", async () => {
      reporter.record({ method: "post", url: "http://h/jobs", status: 200, body: "<empty body>" });
      throw Object.assign(new Error("expected 201"), { code: "BadStatus" });
    });
    expect(reporter.finish()).toEqual({ passed: 0, failed: 1 });
    expect(lines).toEqual([
      "✗ create job: POST http://h/jobs → 200 <empty body>",
      "    Error [BadStatus]: expected 201",
      "0 passed, 1 failed",
    ]);
  });

  it("does not blame a request made by an earlier step", async () => {
    const { lines, reporter } = collect();
    reporter.record({ method: "get", url: "http://h/", status: 200, body: "{}" });
    await reporter.step("local check", async () => {
      throw new Error("no");
    });
    expect(lines[0]).toBe("✗ local check: (no HTTP request) → (no response)");
  });

  it("counts a skipped step as failed and says what it needed", async () => {
    const { lines, reporter } = collect();
    await reporter.step("start", async () => {
      throw new StepSkipped("needs 'job' from an earlier step that failed");
    });
    expect(reporter.finish().failed).toBe(1);
    expect(lines[0]).toBe("✗ start: needs 'job' from an earlier step that failed");
  });
});

describe("previewBody and formatExchange", () => {
  it("renders JSON, empty, binary and long bodies briefly", () => {
    expect(previewBody({ code: "JobNotFound" })).toBe('{"code":"JobNotFound"}');
    expect(previewBody("")).toBe("<empty body>");
    expect(previewBody('{\n  "a": 1\n}')).toBe('{ "a": 1 }');
    expect(previewBody(new Uint8Array(5), "image/tiff")).toBe("<5 bytes image/tiff>");
    expect(previewBody("x".repeat(400))).toHaveLength(301);
  });

  it("shows a network error without a status", () => {
    expect(formatExchange({ method: "get", url: "http://h/", body: "ECONNRESET" })).toBe(
      "GET http://h/ → no response ECONNRESET",
    );
  });
});

describe("previewHeaders", () => {
  it("lists the telling headers and drops the boring ones", () => {
    expect(
      previewHeaders({
        Date: "x",
        "Access-Control-Allow-Origin": "*",
        Location: "http://h/jobs/j-1",
        "content-length": "0",
      }),
    ).toBe("[location: http://h/jobs/j-1; content-length: 0]");
  });
});
