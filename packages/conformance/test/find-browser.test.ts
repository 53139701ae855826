import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findBrowser } from "./find-browser.js";

const dir = mkdtempSync(join(tmpdir(), "jobkit-browser-"));
const fake = join(dir, "google-chrome");
writeFileSync(fake, "#!/bin/sh\n", { mode: 0o755 });
const notExecutable = join(dir, "chromium");
writeFileSync(notExecutable, "", { mode: 0o644 });
const nowhere = () => join(dir, "no-playwright-browser");

describe("findBrowser", () => {
  it("takes CHROME_PATH alone when it is set", () => {
    expect(findBrowser({ CHROME_PATH: fake, PATH: "/usr/bin" }, nowhere)).toEqual({ path: fake });
    expect(findBrowser({ CHROME_PATH: join(dir, "nope"), PATH: dir }, nowhere)).toEqual({
      missing: `CHROME_PATH=${join(dir, "nope")} is not an executable file`,
    });
  });

  it("finds an executable Chrome on PATH and passes over a file that is not executable", () => {
    expect(findBrowser({ PATH: dir }, nowhere)).toEqual({ path: fake });
  });

  it("falls back to Playwright's browser, and says what it looked for when there is none", () => {
    expect(findBrowser({ PATH: "" }, () => fake)).toEqual({ path: fake });
    const lookup = findBrowser({ PATH: join(dir, "empty") }, nowhere);
    expect(lookup).toMatchObject({
      missing: expect.stringMatching(/no Chromium or Chrome found .*CHROME_PATH$/),
    });
  });
});
