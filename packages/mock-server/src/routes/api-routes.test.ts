import { JWT_CONFORMANCE_CLASS } from "@jobkit/spec";
import { describe, expect, it } from "vitest";
import { harness, saveResultGraph } from "../../test/support.js";

describe("both API versions from one mock", () => {
  it("answers GET / per version, with the JWT class only on 1.3.0 and links inside the version's tree", async () => {
    const h = harness();
    const v130 = (await h.json("/")).body;
    const v120 = (await h.json("/openeo/1.2.0/")).body;
    expect([v130.api_version, v120.api_version]).toEqual(["1.3.0", "1.2.0"]);
    expect(v130.conformsTo).toContain(JWT_CONFORMANCE_CLASS);
    expect(v120.conformsTo).not.toContain(JWT_CONFORMANCE_CLASS);
    expect(v120.conformsTo).toContain("https://api.openeo.org/1.2.0");
    const self = v120.links.find((link: { rel: string }) => link.rel === "self");
    expect(self.href).toBe("http://localhost/openeo/1.2.0/");
    const history = v120.links.find((link: { rel: string }) => link.rel === "version-history");
    expect(history.href).toBe("http://localhost/.well-known/openeo");
  });

  it("shares one store: a job created under 1.2.0 is listed under 1.3.0, with links in each tree", async () => {
    const h = harness();
    const headers = { ...(await h.auth()), "Content-Type": "application/json" };
    const created = await h.request("/openeo/1.2.0/jobs", {
      method: "POST",
      headers,
      body: JSON.stringify({ process: saveResultGraph() }),
    });
    expect(created.status).toBe(201);
    const id = created.headers.get("OpenEO-Identifier");
    expect(created.headers.get("Location")).toBe(`http://localhost/openeo/1.2.0/jobs/${id}`);
    const listed = await h.json("/jobs", { headers });
    expect(listed.body.jobs.map((job: { id: string }) => job.id)).toEqual([id]);
    expect(h.mock.store.get(id as string)?.status).toBe("created");
  });

  it("serves paths with doubled slashes like the single-slash path", async () => {
    const h = harness();
    const headers = await h.auth();
    const id = await h.createJob();
    expect((await h.json("//jobs", { headers })).body.jobs).toHaveLength(1);
    expect((await h.json(`/jobs//${id}`, { headers })).body.id).toBe(id);
    expect((await h.json(`/openeo//1.2.0//jobs//${id}`, { headers })).body.id).toBe(id);
  });

  it("matches faults by the path without the version prefix, so one fault covers both trees", async () => {
    const h = harness();
    const headers = await h.auth();
    h.mock.faults.add({ match: { path: "/jobs" }, times: 2, action: { type: "error", status: 503 } });
    expect((await h.json("/openeo/1.2.0/jobs", { headers })).status).toBe(503);
    expect((await h.json("/jobs", { headers })).status).toBe(503);
    expect((await h.json("/openeo/1.2.0/jobs", { headers })).status).toBe(200);
  });

  it("mounts the newest version under apiPath, as deployed back-ends do, and lists it in the version history", async () => {
    const h = harness({ timing: { mode: "virtual" }, apiPath: "/v1/" });
    const versions = (await h.json("/.well-known/openeo")).body.versions;
    expect(versions.map((v: { url: string }) => v.url)).toEqual([
      "http://localhost/openeo/1.2.0/",
      "http://localhost/v1/",
    ]);
    expect((await h.json("/v1/")).body.api_version).toBe("1.3.0");
    expect((await h.json("/v1/processes")).body.processes.length).toBeGreaterThan(100);
    const login = await h.request("/v1/credentials/basic", {
      headers: { Authorization: `Basic ${btoa("alice:alice123")}` },
    });
    const { access_token } = (await login.json()) as { access_token: string };
    const jobs = await h.json("/v1/jobs", { headers: { Authorization: `Bearer basic//${access_token}` } });
    expect(jobs.status).toBe(200);
    expect((await h.json("/")).status).toBe(404);
  });

  it("refuses an apiPath that is not a plain path or that hides the mock's own paths", () => {
    for (const apiPath of ["v1", "/v 1", "/_jobkit", "/.well-known", "/openeo/1.2.0", "/v1?x"])
      expect(() => harness({ apiPath }), apiPath).toThrow(/apiPath must be a path/);
  });
});
