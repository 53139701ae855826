import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { MockStartError, startMockProcess } from "./mock-process.js";

const cliPath = join(import.meta.dirname, "fixtures", "fake-mock-cli.mjs");
const saved = process.env.FAKE_MODE;
afterEach(() => {
  if (saved === undefined) delete process.env.FAKE_MODE;
  else process.env.FAKE_MODE = saved;
});

describe("startMockProcess", () => {
  it("reads the printed URL, serves on it and stops cleanly with SIGTERM", async () => {
    process.env.FAKE_MODE = "listen";
    const mock = await startMockProcess({ cliPath });
    expect(mock.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(await (await fetch(mock.url)).text()).toBe("ok");
    expect(mock.running()).toBe(true);
    expect(await mock.stop()).toEqual({ code: 0, signal: null });
    expect(mock.running()).toBe(false);
  });

  it("fails with the process output when the CLI exits before listening", async () => {
    process.env.FAKE_MODE = "crash";
    const error = await startMockProcess({ cliPath }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MockStartError);
    expect((error as Error).message).toMatch(/exited \(code 3[\s\S]*fake mock: boom/);
  });

  it("fails after the start budget when no listening line comes", async () => {
    process.env.FAKE_MODE = "silent";
    const error = await startMockProcess({ cliPath, startTimeoutMs: 300 }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/no "listening on" line within 300 ms/);
  });
});
