/**
 * Counts the back-end test functions of the official openEO test suite (pip `openeo-test-suite`) by area and
 * writes the count into the root README's comparison, with the command and the date. It needs the suite
 * installed (`python3 -m venv DIR && DIR/bin/pip install openeo-test-suite`), so CI never runs it;
 * `check:docs` only checks the block's form.
 *   npm run count:openeo-test-suite -w @jobkit/docs -- --site-packages DIR/lib/python3.X/site-packages
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { replaceBlocks } from "../src/figure-blocks.js";
import { REPO_ROOT } from "../src/repo-root.js";

/** The suite's test folders that judge a back-end (its own self-tests, test_version and test_dummy, are left out). */
const AREAS: ReadonlyArray<[folder: string, label: string]> = [
  ["general", "API compliance (an endpoint and method each, with negative and empty-body variants)"],
  ["collections", "collection metadata"],
  ["processes/metadata", "process metadata"],
  ["processes/processing", "process execution (parametrized over the official per-process test cases)"],
  ["workflows", "workflows (L1–L3)"],
];

const arg = process.argv.indexOf("--site-packages");
const sitePackages = arg > 0 ? process.argv[arg + 1] : undefined;
if (!sitePackages)
  throw new Error("give --site-packages DIR, the site-packages of a venv with openeo-test-suite");

function testFunctions(folder: string): number {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /^test_.*\.py$/.test(entry.name))
    .map(
      (entry) =>
        readFileSync(join(entry.parentPath, entry.name), "utf8").match(/^\s*def test_/gm)?.length ?? 0,
    )
    .reduce((sum, count) => sum + count, 0);
}

const distInfo = readdirSync(sitePackages).find((name) => /^openeo_test_suite-.*\.dist-info$/.test(name));
const version =
  distInfo && /^Version: (.+)$/m.exec(readFileSync(join(sitePackages, distInfo, "METADATA"), "utf8"))?.[1];
if (!version) throw new Error(`no openeo_test_suite-*.dist-info in ${sitePackages}`);
const counts = AREAS.map(([folder, label]) => ({
  label,
  count: testFunctions(join(sitePackages, "openeo_test_suite/tests", folder)),
}));
const total = counts.reduce((sum, area) => sum + area.count, 0);
const text = [
  `openeo-test-suite ${version} has **${total} back-end test functions**:`,
  counts.map((area) => `${area.count} ${area.label}`).join(",\n"),
  "— several of them parametrized at run time over the back-end's collections and processes. Counted by",
  `\`npm run count:openeo-test-suite -w @jobkit/docs\` on ${new Date().toISOString().slice(0, 10)}.`,
].join("\n");
const readme = `${REPO_ROOT}README.md`;
writeFileSync(
  readme,
  replaceBlocks(readFileSync(readme, "utf8"), "measured", (name) =>
    name === "openeo-test-suite-tests" ? text : undefined,
  ),
);
console.log(text);
