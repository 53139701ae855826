/** The files in examples/ work: the graphs run on the mock, the workflow runs the kit's CLI as the docs say. */
import { readFileSync } from "node:fs";
import { createMockServer } from "@jobkit/mock-server";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { REPO_ROOT } from "../src/repo-root.js";

const example = (name: string) => readFileSync(`${REPO_ROOT}examples/${name}`, "utf8");

async function signedIn() {
  const mock = createMockServer({ timing: { mode: "virtual" } });
  const login = await mock.app.request("/credentials/basic", {
    headers: { Authorization: `Basic ${btoa("alice:alice123")}` },
  });
  const { access_token } = (await login.json()) as { access_token: string };
  return { mock, auth: { Authorization: `Bearer basic//${access_token}` } };
}

describe("examples/", () => {
  it.each(["process.json", "ndvi.json"])(
    "POST /jobs accepts %s, and the job finishes on the mock",
    async (file) => {
      const { mock, auth } = await signedIn();
      const created = await mock.app.request("/jobs", {
        method: "POST",
        headers: { ...auth, "Content-Type": "application/json" },
        body: JSON.stringify({ process: JSON.parse(example(file)), title: file }),
      });
      expect(created.status, await created.clone().text()).toBe(201);
      const id = created.headers.get("OpenEO-Identifier");
      expect((await mock.app.request(`/jobs/${id}/results`, { method: "POST", headers: auth })).status).toBe(
        202,
      );
      mock.clock.advance(10_000);
      const job = (await (await mock.app.request(`/jobs/${id}`, { headers: auth })).json()) as {
        status: string;
      };
      expect(job.status).toBe("finished");
    },
  );

  it("ndvi.json computes the NDVI of bands B04 (red) and B08 (near infrared) and saves a GeoTIFF", () => {
    const nodes = Object.values(JSON.parse(example("ndvi.json")).process_graph) as {
      process_id: string;
      arguments: Record<string, unknown>;
    }[];
    expect(nodes.map((node) => node.process_id)).toEqual(["load_collection", "ndvi", "save_result"]);
    expect(nodes[0]?.arguments).toMatchObject({ id: "SENTINEL2_L2A", bands: ["B04", "B08"] });
    expect(nodes[1]?.arguments).toMatchObject({ red: "B04", nir: "B08" });
    expect(nodes[2]?.arguments).toMatchObject({ format: "GTiff" });
  });

  it("conformance.yml runs the kit and the proxy with npx --no-install, never a bare npx", () => {
    const workflow = parse(example("conformance.yml")) as {
      jobs: Record<string, { steps: { run?: string }[] }>;
    };
    const runs = Object.values(workflow.jobs).flatMap((job) => job.steps.flatMap((step) => step.run ?? []));
    const kitRuns = runs.filter((line) => line.includes("jobkit-conformance"));
    expect(
      kitRuns.map((line) => /^npx --no-install jobkit-conformance (--url|proxy --upstream) /.exec(line)?.[1]),
    ).toEqual(["--url", "proxy --upstream"]);
    expect(runs.filter((line) => /\bnpx (?!--no-install)/.test(line))).toEqual([]);
  });
});
