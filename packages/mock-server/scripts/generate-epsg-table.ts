/**
 * Writes data/epsg-proj4.tsv.gz: the proj4 definition of every projected and geographic CRS of the EPSG index
 * (the `epsg-index` dev dependency, 40 MB), one `<code>\t<definition>` line each, in code order, gzipped (about
 * 80 KB). The mock reads it when an extent first names a CRS other than WGS84. With `--check`, writes nothing and
 * exits 1 when the committed table differs from the index.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { gunzipSync, gzipSync } from "node:zlib";
import { parseEpsgTable } from "../src/processes/crs.js";

const target = new URL("../data/epsg-proj4.tsv.gz", import.meta.url);
const USABLE = new Set(["CRS-PROJCRS", "CRS-GEOGCRS"]);

interface EpsgEntry {
  kind?: string;
  proj4?: string;
}

function table(): string {
  const index = createRequire(import.meta.url)("epsg-index/all.json") as Record<string, EpsgEntry>;
  const lines = Object.entries(index)
    .filter(([, entry]) => USABLE.has(entry.kind ?? "") && entry.proj4)
    .map(([code, entry]) => [Number(code), entry.proj4 as string] as const)
    .sort(([a], [b]) => a - b)
    .map(([code, definition]) => `${code}\t${definition}`);
  return `${lines.join("\n")}\n`;
}

const expected = table();
if (process.argv.includes("--check")) {
  const committed = gunzipSync(readFileSync(target)).toString("utf8");
  if (committed !== expected) {
    console.error(
      `data/epsg-proj4.tsv.gz is stale: ${parseEpsgTable(committed).size} definitions committed, ${parseEpsgTable(expected).size} in epsg-index; run \`npm run generate -w @jobkit/mock-server\`.`,
    );
    process.exit(1);
  }
} else {
  writeFileSync(target, gzipSync(expected, { level: 9 }));
  console.log(`wrote ${parseEpsgTable(expected).size} definitions to data/epsg-proj4.tsv.gz`);
}
