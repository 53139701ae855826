import { describe, expect, it } from "vitest";
import { harness } from "../../test/support.js";
import { CONTROL_PREFIX } from "./control-routes.js";

describe("discovery", () => {
  it("lists 1.2.0 under /openeo/1.2.0 and 1.3.0 at the origin (oldest first) at /.well-known/openeo, both production", async () => {
    const { body, status } = await harness().json("/.well-known/openeo");
    expect(status).toBe(200);
    expect(body).toEqual({
      versions: [
        { url: "http://localhost/openeo/1.2.0/", api_version: "1.2.0", production: true },
        { url: "http://localhost/", api_version: "1.3.0", production: true },
      ],
    });
  });

  it("serves only the version asked for with apiVersion, at the origin", async () => {
    const h = harness({ apiVersion: "1.2.0" });
    expect((await h.json("/.well-known/openeo")).body).toEqual({
      versions: [{ url: "http://localhost/", api_version: "1.2.0", production: true }],
    });
    expect((await h.json("/")).body.api_version).toBe("1.2.0");
    expect((await h.json("/openeo/1.2.0/")).status).toBe(404);
  });

  it("uses baseUrl for links when given", async () => {
    const { body } = await harness({ baseUrl: "https://mock.example:8443/ignored" }).json(
      "/.well-known/openeo",
    );
    expect(body.versions.map((version: { url: string }) => version.url)).toEqual([
      "https://mock.example:8443/openeo/1.2.0/",
      "https://mock.example:8443/",
    ]);
  });

  it("answers the capabilities with and without a trailing slash, with UPPERCASE methods", async () => {
    const h = harness();
    const plain = await h.json("/");
    const slash = await h.json("//");
    expect(plain.status).toBe(200);
    expect(slash.status).toBe(200);
    expect(slash.body).toEqual(plain.body);
    expect(plain.body).toMatchObject({ api_version: "1.3.0", stac_version: "1.0.0", production: true });
    for (const endpoint of plain.body.endpoints) {
      for (const method of endpoint.methods) expect(method).toBe(method.toUpperCase());
    }
    expect(JSON.stringify(plain.body)).not.toContain(CONTROL_PREFIX);
  });

  it("implements every endpoint it lists (no listed route falls through to the unknown-endpoint answer)", async () => {
    const h = harness();
    const headers = await h.auth();
    const { body } = await h.json("/");
    for (const { path, methods } of body.endpoints as { path: string; methods: string[] }[]) {
      const concrete = path.replace("{collection_id}", "SENTINEL2_L2A").replace(/\{\w+\}/g, "x");
      for (const method of methods) {
        const response = await h.json(concrete, { method, headers });
        expect(response.body?.message ?? "", `${method} ${path}`).not.toMatch(/^No endpoint answers/);
        expect(response.status, `${method} ${path}`).not.toBe(405);
      }
    }
  });

  it("answers 405 with Allow for a method a known path does not serve", async () => {
    const h = harness();
    const headers = await h.auth();
    const cases: [string, string, string][] = [
      ["PUT", "/jobs", "GET, POST, HEAD, OPTIONS"],
      ["POST", "/jobs/j-1", "GET, PATCH, DELETE, HEAD, OPTIONS"],
      ["DELETE", "/", "GET, HEAD, OPTIONS"],
      ["PUT", "/.well-known/openeo", "GET, HEAD, OPTIONS"],
      ["PATCH", "/jobs/j-1/logs", "GET, HEAD, OPTIONS"],
      ["POST", "/download/j/1/s/result.tif", "GET, HEAD, OPTIONS"],
    ];
    for (const [method, path, allow] of cases) {
      const response = await h.json(path, { method, headers });
      expect([response.status, response.body.code], `${method} ${path}`).toEqual([405, "MethodNotAllowed"]);
      expect(response.headers.get("allow")).toBe(allow);
    }
    expect((await h.json("/jobs", { headers })).status).toBe(200);
  });

  it("pages collections with limit and offset", async () => {
    const h = harness();
    const collections = await h.json("/collections?limit=1");
    expect(collections.body.collections.map((c: { id: string }) => c.id)).toEqual(["SENTINEL2_L2A"]);
    expect(collections.body.links.map((l: { rel: string }) => l.rel)).toEqual(["self", "next"]);
    const next = collections.body.links.find((l: { rel: string }) => l.rel === "next").href;
    const second = await h.json(next.replace("http://localhost", ""));
    expect(second.body.collections[0].id).toBe((await h.json("/collections")).body.collections[1].id);
    for (const bad of ["/collections?limit=0", "/collections?limit=x", "/collections?offset=-1"]) {
      expect((await h.json(bad)).body.code, bad).toBe("RequestInvalid");
    }
  });

  // The official JS client (2.12) asks `limit=50` and builds from the first page only; back-ends such as
  // openeo-python-driver list every process whatever the limit, and openEO lets them (pagination is optional).
  it("lists every process whatever the limit, without a next link", async () => {
    const h = harness();
    const all = (await h.json("/processes")).body.processes;
    expect(all.length).toBeGreaterThan(100);
    for (const query of ["?limit=50", "?limit=5&offset=5", "?limit=0"]) {
      const { status, body } = await h.json(`/processes${query}`);
      expect(status, query).toBe(200);
      expect(body.processes, query).toHaveLength(all.length);
      expect(
        body.links.some((l: { rel: string }) => l.rel === "next"),
        query,
      ).toBe(false);
    }
  });

  it("answers unknown paths with an openEO NotFound error", async () => {
    const { status, body } = await harness().json("/nope");
    expect(status).toBe(404);
    expect(body).toMatchObject({ code: "NotFound", links: [] });
    expect(body.message).toMatch(/^No endpoint answers GET \/nope/);
    expect(typeof body.id).toBe("string");
  });

  it("answers CORS preflights with 204 and exposes the openEO headers on every answer", async () => {
    const h = harness();
    const preflight = await h.request("/jobs", {
      method: "OPTIONS",
      headers: {
        Origin: "https://editor.openeo.org",
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization,content-type",
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("https://editor.openeo.org");
    expect(preflight.headers.get("access-control-allow-credentials")).toBe("true");
    expect(preflight.headers.get("access-control-allow-methods")).toContain("PATCH");
    expect(preflight.headers.get("access-control-allow-headers")).toBe("authorization,content-type");
    const error = await h.request("/jobs", { headers: { Origin: "https://a.example" } });
    expect(error.status).toBe(401);
    expect(error.headers.get("access-control-allow-origin")).toBe("https://a.example");
    const exposed = error.headers.get("access-control-expose-headers") ?? "";
    for (const name of ["Location", "OpenEO-Identifier", "OpenEO-Costs", "Link"])
      expect(exposed).toContain(name);
  });

  it("sends no CORS headers when the request has no Origin (openEO: SHOULD NOT), preflights included", async () => {
    const h = harness();
    const answers = [
      await h.request("/"),
      await h.request("/jobs"),
      await h.request("/nope"),
      await h.request("/jobs", { method: "OPTIONS", headers: { "Access-Control-Request-Method": "POST" } }),
    ];
    expect(answers.map((answer) => answer.status)).toEqual([200, 401, 404, 204]);
    for (const answer of answers) {
      const cors = [...answer.headers.keys()].filter((name) => name.startsWith("access-control-"));
      expect(cors).toEqual([]);
    }
    expect(answers[3]?.headers.get("allow")).toContain("PATCH");
  });

  it("serves conformance, file formats, processes and collections without auth", async () => {
    const h = harness();
    expect((await h.json("/conformance")).body.conformsTo).toContain("https://api.openeo.org/1.3.0");
    const formats = (await h.json("/file_formats")).body;
    expect(Object.keys(formats.output)).toEqual([
      "GTiff",
      "netCDF",
      "JSON",
      "GeoJSON",
      "CSV",
      "PNG",
      "JPEG",
      "GeoParquet",
    ]);
    const processes = (await h.json("/processes")).body.processes.map((p: { id: string }) => p.id);
    expect(processes).toEqual(
      expect.arrayContaining(["load_collection", "save_result", "ndvi", "reduce_dimension"]),
    );
    const collections = (await h.json("/collections")).body.collections.map((c: { id: string }) => c.id);
    expect(collections).toEqual(["SENTINEL2_L2A", "DEMO_DEM"]);
    const s2 = (await h.json("/collections/SENTINEL2_L2A")).body;
    expect(s2["cube:dimensions"].bands.values).toEqual(["B02", "B03", "B04", "B08"]);
    expect(Object.keys(s2["cube:dimensions"])).toEqual(["x", "y", "t", "bands"]);
    const missing = await h.json("/collections/NOT_A_COLLECTION");
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe("CollectionNotFound");
  });

  it("gives its collections an SPDX license with a license link (profile rule 308)", async () => {
    const listed = (await harness().json("/collections")).body.collections;
    for (const collection of listed as { license: string; links: { rel: string; href: string }[] }[]) {
      expect(collection.license).toBe("CC0-1.0");
      expect(collection.links).toContainEqual(expect.objectContaining({ rel: "license" }));
    }
  });
});
