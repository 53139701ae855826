import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseProxyArgs } from "./proxy-args.js";

describe("parseProxyArgs", () => {
  it("reads --require lists, and refuses names that match no check", () => {
    const command = parseProxyArgs([
      "--upstream",
      "http://api.test",
      "--require",
      "jobkit.assets.file-size,L2",
    ]);
    expect(command.require).toEqual(["jobkit.assets.file-size", "L2"]);
    expect(() => parseProxyArgs(["--upstream", "http://api.test", "--require", "jobkit.nope"])).toThrow(
      /"jobkit.nope" names no check/,
    );
  });

  it("takes --reporter NAME=FILE as a run does, and refuses it together with --output", () => {
    const folder = mkdtempSync(join(tmpdir(), "proxy-args-"));
    try {
      const file = join(folder, "traffic.json");
      const command = parseProxyArgs(["--upstream", "http://api.test", "--reporter", `json=${file}`]);
      expect(command.reports).toEqual([{ name: "json", file }]);
      expect(() =>
        parseProxyArgs(["--upstream", "http://api.test", "--reporter", `json=${file}`, "--output", file]),
      ).toThrow(/--output needs exactly one --reporter/);
      expect(() =>
        parseProxyArgs(["--upstream", "http://api.test", "--reporter", `console=${file}`]),
      ).toThrow(/console/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
