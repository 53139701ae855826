import { describe, expect, it } from "vitest";
import { createUrlRewriter } from "./rewrite-urls.js";

const UPSTREAM = "http://backend.test:8080";
const PROXY = "http://127.0.0.1:9999";

describe("createUrlRewriter", () => {
  it("moves well-known versions, links and Location of the upstream's origin to the proxy, and counts each kind", () => {
    const rewriter = createUrlRewriter(UPSTREAM, PROXY, false);
    const wellKnown = {
      versions: [
        { url: `${UPSTREAM}/openeo/1.2/`, api_version: "1.2.0" },
        { url: "https://other.test/", api_version: "1.1.0" },
      ],
    };
    expect(rewriter.json(wellKnown, true)).toBe(true);
    expect(wellKnown.versions.map((v) => v.url)).toEqual([`${PROXY}/openeo/1.2/`, "https://other.test/"]);
    const page = {
      jobs: [],
      links: [{ rel: "next", href: `${UPSTREAM}/jobs?limit=1&page=2` }],
      assets: { a: { href: `${UPSTREAM}/d/a.tif` } },
    };
    expect(rewriter.json(page, false)).toBe(true);
    expect(page.links[0]?.href).toBe(`${PROXY}/jobs?limit=1&page=2`);
    expect(page.assets.a.href).toBe(`${UPSTREAM}/d/a.tif`);
    expect(rewriter.location(`${UPSTREAM}/jobs/j-1`)).toBe(`${PROXY}/jobs/j-1`);
    expect(rewriter.location("/jobs/j-1")).toBeUndefined();
    expect(rewriter.link(`<${UPSTREAM}/jobs/j-1/logs>; rel="monitor"`)).toBe(
      `<${PROXY}/jobs/j-1/logs>; rel="monitor"`,
    );
    expect(rewriter.counts).toEqual({
      "well-known versions": 1,
      links: 1,
      "Location header": 1,
      "Link header": 1,
    });
  });

  it("rewrites asset hrefs only with followAssets, and leaves a body without upstream URLs unchanged", () => {
    const rewriter = createUrlRewriter(UPSTREAM, PROXY, true);
    const results = { assets: { "a.tif": { href: `${UPSTREAM}/d/a.tif?sig=1` } }, links: [] };
    expect(rewriter.json(results, false)).toBe(true);
    expect(results.assets["a.tif"].href).toBe(`${PROXY}/d/a.tif?sig=1`);
    expect(
      rewriter.json({ links: [{ href: "not a url" }], versions: [{ url: `${UPSTREAM}/` }] }, false),
    ).toBe(false);
    expect(rewriter.counts).toEqual({ "asset hrefs": 1 });
  });
});
