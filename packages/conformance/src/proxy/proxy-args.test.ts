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
});
