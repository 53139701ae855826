import { describe, expect, it } from "vitest";
import { LearnedSecrets } from "./learned-secrets.js";

describe("LearnedSecrets", () => {
  it("hides values holding pattern characters literally, and nothing that only matches them as a pattern", () => {
    const secrets = new LearnedSecrets();
    secrets.add(["a.b+c?(d)|e$"]);
    expect(secrets.hide("x a.b+c?(d)|e$ y")).toBe("x <redacted> y");
    expect(secrets.hide("x aXbbc(d)|e y")).toBe("x aXbbc(d)|e y");
  });

  it("hides the longest value first where two overlap, so no part of it is left", () => {
    const secrets = new LearnedSecrets();
    secrets.add(["ab1234", "123456789"]);
    expect(secrets.hide("ab123456789")).toBe("ab<redacted>");
  });

  it("hides a value learned after the first text it was asked to hide, and says whether one was new", () => {
    const secrets = new LearnedSecrets();
    expect(secrets.add(["first-secret", "tiny"])).toBe(true);
    expect(secrets.hide("second-secret")).toBe("second-secret");
    expect(secrets.add(["second-secret", "first-secret"])).toBe(true);
    expect(secrets.add(["first-secret", undefined])).toBe(false);
    expect(secrets.hide("second-secret tiny")).toBe("<redacted> tiny");
    expect(secrets.hide("first-secret second-secret")).toBe("<redacted> <redacted>");
  });
});
