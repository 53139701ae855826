import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { CAPABILITIES, fakeFetch, json } from "../test/fake-fetch.js";
import { connect } from "./connect.js";

const API = "https://api.example";
const BODY = new TextEncoder().encode(JSON.stringify({ type: "FeatureCollection", features: [] }));
const sha256 = (data: Uint8Array) => `1220${createHash("sha256").update(data).digest("hex")}`;

/** Results whose asset link `/files/v1` is expired after the first metadata read; `/files/v2` works. */
async function results(checksum = sha256(BODY)) {
  let reads = 0;
  const fetch = fakeFetch((request) => {
    const url = new URL(request.url);
    if (url.pathname === "/.well-known/openeo") return json({}, 404);
    if (url.pathname === "/") return json(CAPABILITIES);
    if (url.pathname === "/jobs/j/results") {
      reads++;
      const href = `https://storage.example/files/v${reads}`;
      const asset = { href, type: "application/geo+json", roles: ["data"], "file:checksum": checksum };
      const thumbnail = { href: `${href}.png`, type: "image/png", roles: ["thumbnail"] };
      return json({ type: "Feature", assets: { "out.geojson": asset, "thumb.png": thumbnail }, links: [] });
    }
    if (url.pathname === "/files/v1") return json({ code: "ResultLinkExpired", message: "expired" }, 410);
    if (url.pathname === "/files/v2") return new Response(BODY);
    return json({ code: "NotFound", message: url.pathname }, 404);
  });
  const connection = await connect(API, { fetch, auth: { token: "basic//t" } });
  return { results: connection.job("j").getResults(), fetch };
}

describe("ResultAsset", () => {
  it("loads JSON in memory, refreshing an expired signed link once, without sending credentials elsewhere", async () => {
    const { results: r, fetch } = await results();
    const asset = await r.getAsset("out.geojson");
    expect(await asset.loadJson()).toEqual({ type: "FeatureCollection", features: [] });
    expect(asset.href).toBe("https://storage.example/files/v2");
    const downloads = fetch.requests.filter((request) => request.url.startsWith("https://storage.example"));
    expect(downloads.map((request) => request.headers.get("Authorization"))).toEqual([null, null]);
  });

  it("verifies file:checksum of bytes() in memory", async () => {
    const { results: r } = await results(sha256(new Uint8Array([1])));
    const asset = await r.getAsset("out.geojson");
    await expect(asset.bytes()).rejects.toMatchObject({ code: "ChecksumMismatch" });
  });

  it("lists quicklooks by role", async () => {
    const { results: r } = await results();
    expect((await r.getQuicklooks()).map((asset) => asset.name)).toEqual(["thumb.png"]);
  });
});
