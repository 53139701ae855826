import { describe, expect, it } from "vitest";
import type { FetchLike } from "../fetch-like.js";
import { followRedirects, MAX_REDIRECTS } from "./follow-redirects.js";
import { createProbe } from "./probe.js";

/** A probe over `fetch`, and the asset request the session makes with it. */
function assetAsker(fetch: FetchLike) {
  const probe = createProbe({ fetch, timeoutMs: 500, maxBodyBytes: 1024, origin: "https://kit.test" });
  const ask = (url: string, headers: Record<string, string>) =>
    probe.request({ method: "GET", url, headers, purpose: "asset" });
  return { ask, exchanges: probe.exchanges };
}

const TOKEN = { Authorization: "Bearer basic//secret" };

describe("followRedirects", () => {
  it("follows an asset to object storage, each hop an exchange, and sends the token only to its own origin", async () => {
    const seen: [string, string | null][] = [];
    const { ask, exchanges } = assetAsker(async (request) => {
      seen.push([request.url, request.headers.get("authorization")]);
      if (request.url === "https://api.test/assets/a.tif")
        return new Response(null, { status: 302, headers: { Location: "/signed/a.tif" } });
      if (request.url === "https://api.test/signed/a.tif")
        return new Response(null, { status: 307, headers: { Location: "https://storage.test/a.tif?sig=1" } });
      if (request.url === "https://storage.test/a.tif?sig=1")
        return new Response(null, { status: 301, headers: { Location: "https://api.test/back.tif" } });
      return new Response("II*\0", { headers: { "Content-Type": "image/tiff" } });
    });
    const first = await ask("https://api.test/assets/a.tif", TOKEN);
    const last = await followRedirects(first, TOKEN, "https://api.test", ask);
    expect([last.status, last.url.href, last.problem]).toEqual([200, "https://api.test/back.tif", undefined]);
    expect(seen).toEqual([
      ["https://api.test/assets/a.tif", "Bearer basic//secret"],
      ["https://api.test/signed/a.tif", "Bearer basic//secret"],
      ["https://storage.test/a.tif?sig=1", null],
      ["https://api.test/back.tif", null],
    ]);
    expect(exchanges.map((exchange) => exchange.status)).toEqual([302, 307, 301, 200]);
  });

  it(`stops after ${MAX_REDIRECTS} hops and returns the last redirect as the answer`, async () => {
    let asked = 0;
    const { ask } = assetAsker(async () => {
      asked += 1;
      return new Response(null, { status: 302, headers: { Location: `/loop/${asked}` } });
    });
    const last = await followRedirects(await ask("https://api.test/loop/0", {}), {}, "https://api.test", ask);
    expect([last.status, asked]).toEqual([302, MAX_REDIRECTS + 1]);
  });

  it("returns any other answer as it is", async () => {
    const { ask } = assetAsker(async () => new Response(null, { status: 304 }));
    const first = await ask("https://api.test/a.tif", TOKEN);
    expect(await followRedirects(first, TOKEN, "https://api.test", ask)).toBe(first);
  });
});
