import { describe, expect, it } from "vitest";
import { createProbe } from "../probe.js";
import { costsVerdict } from "./answers.js";

async function answerWith(headers: Record<string, string>) {
  const probe = createProbe({
    fetch: async () => new Response("{}", { headers }),
    timeoutMs: 500,
    maxBodyBytes: 1024,
    origin: "https://kit.test",
  });
  return probe.request({ method: "GET", url: "http://api.test/jobs/j-1/results" });
}

describe("costsVerdict", () => {
  it("passes a number ≥ 0 and fails an absent, empty, negative or non-numeric header", async () => {
    expect(costsVerdict(await answerWith({ "OpenEO-Costs": "12.5" }))).toEqual({
      status: "pass",
      observation: "OpenEO-Costs: 12.5",
    });
    expect(costsVerdict(await answerWith({}))).toEqual({
      status: "fail",
      observation: "no OpenEO-Costs header",
    });
    for (const value of ["", "-1", "free"]) {
      expect(costsVerdict(await answerWith({ "OpenEO-Costs": value })).status, value).toBe("fail");
    }
  });
});
