import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildIfStale, startCli } from "./start-cli.js";
import { harness } from "./support.js";

/** A catalogue collection whose id has a `/`, as openEO allows (`^[\w\-\.~\/]+$`), with 59 days of data. */
const ACI = {
  stac_version: "1.0.0",
  type: "Collection",
  id: "AAFC/ACI",
  description: "Annual crop inventory (a test collection whose id has a slash).",
  license: "proprietary",
  extent: {
    spatial: { bbox: [[-141, 41.6, -52.6, 83.1]] },
    temporal: { interval: [["2021-01-01T00:00:00Z", "2021-03-01T00:00:00Z"]] },
  },
  "cube:dimensions": {
    x: { type: "spatial", axis: "x", extent: [-141, -52.6], reference_system: 4326 },
    y: { type: "spatial", axis: "y", extent: [41.6, 83.1], reference_system: 4326 },
    t: { type: "temporal", extent: ["2021-01-01T00:00:00Z", "2021-03-01T00:00:00Z"] },
  },
  links: [],
};

interface Page {
  type: string;
  features: {
    type: string;
    id: string;
    collection: string;
    bbox: number[];
    geometry: { type: string; coordinates: number[][][] };
    properties: { datetime: string };
    links: { rel: string; href: string }[];
  }[];
  links: { rel: string; href: string }[];
}

/** Every Item, following `rel=next` from `first` (at most 20 pages). */
async function allPages(get: (url: string) => Promise<Page>, first: string): Promise<Page[]> {
  const pages: Page[] = [];
  let url: string | undefined = first;
  for (let i = 0; i < 20 && url; i++) {
    const page = await get(url);
    pages.push(page);
    url = page.links.find((link) => link.rel === "next")?.href;
  }
  return pages;
}

describe("GET /collections/{id}/items", () => {
  it("answers one synthetic Item per 5-day date of the extent, paged with limit and rel=next", async () => {
    const h = harness({ catalog: [ACI] });
    const get = async (url: string) => {
      const response = await h.request(url.replace("http://localhost", ""));
      expect(response.status, url).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/geo+json");
      return (await response.json()) as Page;
    };
    const pages = await allPages(get, "/collections/AAFC/ACI/items?limit=5");
    expect(pages.map((page) => page.features.length)).toEqual([5, 5, 2]);
    const items = pages.flatMap((page) => page.features);
    expect(items.map((item) => item.properties.datetime.slice(0, 10))).toEqual([
      "2021-01-01",
      "2021-01-06",
      "2021-01-11",
      "2021-01-16",
      "2021-01-21",
      "2021-01-26",
      "2021-01-31",
      "2021-02-05",
      "2021-02-10",
      "2021-02-15",
      "2021-02-20",
      "2021-02-25",
    ]);
    expect(new Set(items.map((item) => item.id)).size).toBe(12);
    for (const item of items) {
      expect(item).toMatchObject({
        type: "Feature",
        collection: "AAFC/ACI",
        bbox: [-141, 41.6, -52.6, 83.1],
      });
      expect(item.geometry.type).toBe("Polygon");
      const ring = item.geometry.coordinates[0] as number[][];
      expect(ring[0]).toEqual(ring[ring.length - 1]);
      expect(ring).toContainEqual([-141, 41.6]);
      expect(ring).toContainEqual([-52.6, 83.1]);
      expect(Number.isNaN(Date.parse(item.properties.datetime))).toBe(false);
    }
    const self = items[3]?.links.find((link) => link.rel === "self")?.href as string;
    expect(((await get(self)) as unknown as Page["features"][0]).id).toBe(items[3]?.id);
    expect(pages[0]?.links.find((link) => link.rel === "next")?.href).toBe(
      "http://localhost/collections/AAFC/ACI/items?limit=5&offset=5",
    );
  });

  it("serves a collection id with a slash at its raw path and percent-encoded, under both API versions", async () => {
    const h = harness({ catalog: [ACI] });
    for (const path of [
      "/collections/AAFC/ACI",
      "/collections/AAFC%2FACI",
      "/openeo/1.2.0/collections/AAFC/ACI",
    ])
      expect((await h.json(path)).body.id, path).toBe("AAFC/ACI");
    for (const path of ["/collections/AAFC%2FACI/items", "/openeo/1.2.0/collections/AAFC/ACI/items"])
      expect((await h.json(path)).body.features, path).toHaveLength(12);
  });

  it("gives a collection without time one Item, and an open extent Items up to the clock's now", async () => {
    const h = harness({ timing: { mode: "virtual" } });
    const dem = (await h.json("/collections/DEMO_DEM/items")).body;
    expect(dem.features.map((item: Page["features"][0]) => item.properties.datetime)).toEqual([
      "2000-01-01T00:00:00.000Z",
    ]);
    // SENTINEL2_L2A runs from 2015-06-27 with no end; the virtual clock starts at 2025-01-01: 1000 dates at most
    const s2 = await h.json("/collections/SENTINEL2_L2A/items?limit=1000");
    const dates = s2.body.features.map((item: Page["features"][0]) => item.properties.datetime);
    expect(dates[0]).toBe("2015-06-27T00:00:00.000Z");
    expect(dates.length).toBe(Math.floor((Date.UTC(2025, 0, 1) - Date.UTC(2015, 5, 27)) / 432_000_000) + 1);
    expect(dates.at(-1) <= "2025-01-01").toBe(true);
    expect((await h.json("/collections/SENTINEL2_L2A/items")).body.features).toHaveLength(100);
  });

  it("answers 404 CollectionNotFound for an unknown collection, and 404 NotFound for an unknown item", async () => {
    const h = harness({ catalog: [ACI] });
    const unknown = await h.json("/collections/NOPE/items");
    expect([unknown.status, unknown.body.code]).toEqual([404, "CollectionNotFound"]);
    expect(unknown.body.message).toContain("'NOPE'");
    const other = await h.json("/collections/AAFC/OTHER/items");
    expect([other.status, other.body.code]).toEqual([404, "CollectionNotFound"]);
    const item = await h.json("/collections/AAFC/ACI/items/2021-01-02");
    expect([item.status, item.body.code]).toEqual([404, "NotFound"]);
  });
});

describe("jobkit-mock --catalog with a slash in a collection id", () => {
  let cli: Awaited<ReturnType<typeof startCli>>;

  beforeAll(async () => {
    buildIfStale();
    const file = join(mkdtempSync(join(tmpdir(), "jobkit-items-")), "aci.json");
    writeFileSync(file, JSON.stringify(ACI));
    cli = await startCli(["--catalog", file]);
  }, 60_000);

  afterAll(() => {
    if (cli?.child.exitCode === null) cli.child.kill("SIGKILL");
  });

  it("answers the raw paths /collections/AAFC/ACI and /collections/AAFC/ACI/items over HTTP", async () => {
    const collection = await fetch(`${cli.url}/collections/AAFC/ACI`);
    expect(collection.status).toBe(200);
    expect(((await collection.json()) as { id: string }).id).toBe("AAFC/ACI");
    const get = async (url: string) => (await (await fetch(url)).json()) as Page;
    const pages = await allPages(get, `${cli.url}/collections/AAFC/ACI/items?limit=7`);
    expect(pages.map((page) => page.features.length)).toEqual([7, 5]);
  });
});
