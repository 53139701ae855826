import { describe, expect, it } from "vitest";
import { createRandom } from "../src/internal/random.js";
import { harness, saveResultGraph } from "./support.js";

const SAMPLES: unknown[] = [
  null,
  true,
  0,
  -1,
  1e300,
  3.5,
  "",
  "x",
  "GTiff",
  [],
  [1, "a"],
  {},
  { from_node: "nowhere" },
  { process_graph: {} },
];

/** Replaces one randomly chosen value (or key) somewhere in a JSON value with a random sample. */
function mutate(value: unknown, random: ReturnType<typeof createRandom>): unknown {
  if (typeof value !== "object" || value === null || random.next() < 0.15) {
    return SAMPLES[Math.floor(random.next() * SAMPLES.length)];
  }
  const copy: Record<string, unknown> | unknown[] = Array.isArray(value) ? [...value] : { ...value };
  const keys = Object.keys(copy);
  if (keys.length === 0) return copy;
  const key = keys[Math.floor(random.next() * keys.length)] as string;
  if (!Array.isArray(copy) && random.next() < 0.1) {
    delete copy[key];
    return copy;
  }
  (copy as Record<string, unknown>)[key] = mutate((copy as Record<string, unknown>)[key], random);
  return copy;
}

describe("robustness", () => {
  it("answers 400 seeded random mutations of job bodies with openEO errors, never a 5xx, and changes nothing when it refuses", async () => {
    const h = harness();
    const headers = { ...(await h.auth()), "Content-Type": "application/json" };
    const id = await h.createJob();
    const random = createRandom(2024);
    const valid = {
      title: "t",
      description: "d",
      process: saveResultGraph(),
      plan: "free",
      budget: 10,
      log_level: "info",
    };
    const statuses = new Map<number, number>();
    for (let i = 0; i < 400; i++) {
      const body = JSON.stringify(mutate(valid, random));
      const target =
        i % 3 === 0 ? ["PATCH", `/jobs/${id}`] : i % 3 === 1 ? ["POST", "/jobs"] : ["POST", "/result"];
      const before = { size: h.mock.store.size, job: JSON.stringify(h.mock.store.get(id)) };
      const response = await h.request(target[1] as string, { method: target[0], headers, body });
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      expect(response.status, body).toBeLessThan(500);
      if (response.status >= 400) {
        const error = (await response.json()) as { code: string; message: string };
        expect(typeof error.code, body).toBe("string");
        expect(error.message.length, body).toBeGreaterThan(5);
        expect({ size: h.mock.store.size, job: JSON.stringify(h.mock.store.get(id)) }, body).toEqual(before);
      } else {
        await response.arrayBuffer();
      }
    }
    expect(statuses.get(400)).toBeGreaterThan(50);
    expect([...statuses.keys()].some((s) => s < 300)).toBe(true);
  }, 30_000);

  it("answers odd query parameters and paths with client errors", async () => {
    const h = harness();
    const headers = await h.auth();
    const id = await h.createJob();
    const paths = [
      "/jobs?limit=1e3",
      "/jobs?cursor=-1",
      "/jobs?limit=1&limit=2",
      "/collections?limit=&limit=5",
      `/jobs/${id}/logs?level=info&level=error`,
      `/jobs/${id}/logs?offset=%00`,
      `/jobs/${id}/logs?limit=1.5`,
      `/jobs/${id}/results?partial=yes`,
      "/jobs/%E0%A4%A",
      "/download/x/1/2/3",
      "/download/x/notanumber/2/3",
    ];
    for (const path of paths) {
      const response = await h.json(path, { headers });
      expect(response.status, path).toBeGreaterThanOrEqual(400);
      expect(response.status, path).toBeLessThan(500);
      expect(typeof response.body.code, path).toBe("string");
    }
  });
});
