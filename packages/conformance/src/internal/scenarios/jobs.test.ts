import { describe, expect, it } from "vitest";
import { createProbe } from "../probe.js";
import { createdId } from "./jobs.js";

async function creationAnswer(status: number, headers: Record<string, string>) {
  const probe = createProbe({
    fetch: async () => new Response(null, { status, headers }),
    timeoutMs: 500,
    maxBodyBytes: 1024,
    origin: "https://kit.test",
  });
  return probe.request({ method: "POST", url: "http://api.test/jobs", json: {} });
}

describe("createdId", () => {
  it("takes OpenEO-Identifier first, else the last segment of Location, decoded", async () => {
    expect(
      createdId(
        await creationAnswer(201, { "OpenEO-Identifier": "j-1", Location: "http://api.test/jobs/j-2" }),
      ),
    ).toBe("j-1");
    expect(createdId(await creationAnswer(201, { Location: "http://api.test/jobs/j%203/" }))).toBe("j 3");
  });

  it("keeps a segment with malformed escapes as it is instead of throwing", async () => {
    expect(createdId(await creationAnswer(201, { Location: "http://api.test/jobs/j%E0%A4%A" }))).toBe(
      "j%E0%A4%A",
    );
  });

  it("names no job for a refusal", async () => {
    expect(createdId(await creationAnswer(400, { Location: "http://api.test/jobs/j-1" }))).toBeUndefined();
  });
});
