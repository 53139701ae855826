import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { CATALOGUE, runConformance, toHtml, toJson, toJUnit } from "../src/index.js";

describe("against the embedded mock (no url)", () => {
  it("every check of the catalogue passes, and the reports carry all of them", async () => {
    const events: string[] = [];
    const result = await runConformance({ onEvent: (event) => events.push(event.type) });
    const notPassing = result.checks
      .filter((check) => check.status !== "pass")
      .map((check) => `${check.id}: ${check.observation}`);
    expect(notPassing).toEqual([]);
    expect(result.checks.map((check) => check.id)).toEqual(CATALOGUE.map((check) => check.id));
    expect(result.ok).toBe(true);
    expect(result.embedded).toBe(true);
    expect(result.leftovers).toEqual([]);
    expect(events.filter((type) => type === "check")).toHaveLength(CATALOGUE.length);

    const lifecycle = result.timelines.find((timeline) => timeline.scenario === "lifecycle");
    expect(lifecycle?.points.map((point) => point.status)).toEqual(
      expect.arrayContaining(["created", "queued", "running", "finished"]),
    );
    expect(lifecycle?.downloads.length).toBeGreaterThan(0);

    const junit = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(toJUnit(result));
    expect(Number(junit.testsuites.tests)).toBe(CATALOGUE.length);
    expect(JSON.parse(toJson(result)).checks).toHaveLength(CATALOGUE.length);
    expect(toHtml(result)).not.toMatch(/<script|src=|href="http/);
  }, 20_000); // about 3 s alone; beside the mutation matrix on a loaded machine it took over 5 s

  it("runs only what --only names, and marks a failure at L3 as required when named", async () => {
    const result = await runConformance({ only: ["jobs.list.pagination", "L1A"] });
    expect(result.checks.map((check) => check.id)).toEqual([
      "jobs.list.pagination",
      "sync.rejects-invalid",
      "sync.status-200",
      "sync.content-type",
      "sync.format",
      "formats.case-insensitive",
      "formats.unsupported",
      "payment.sync",
    ]);
    expect(result.checks.every((check) => check.required)).toBe(true);
  });

  it("loads a 0.01° square of the first collection, which still gives the downloads a real GeoTIFF", async () => {
    const choices: string[] = [];
    const result = await runConformance({
      only: ["downloads.get", "downloads.size", "downloads.format"],
      onEvent: (event) => {
        if (event.type === "process") choices.push(event.choice);
      },
    });
    expect(choices).toEqual([
      expect.stringContaining(
        "load SENTINEL2_L2A (bbox -0.005, 13.995, 0.005, 14.005; 2015-06-27 to 2015-07-02)",
      ),
    ]);
    expect(result.checks.map((check) => [check.id, check.status])).toEqual([
      ["downloads.get", "pass"],
      ["downloads.size", "pass"],
      ["downloads.format", "pass"],
    ]);
    const download = result.timelines.flatMap((timeline) => timeline.downloads)[0];
    // its one date (the collection observes every 5 days from 2015-06-27): a GTiff with time is named after it
    expect(download?.name).toBe("openEO_2015-06-27Z.tif");
  });

  it("refuses selections that name nothing", async () => {
    await expect(runConformance({ only: ["jobs.nope"] })).rejects.toThrow(/names no check/);
    await expect(runConformance({ skip: ["#9999"] })).rejects.toThrow(/no check covers rule #9999/);
  });
});
