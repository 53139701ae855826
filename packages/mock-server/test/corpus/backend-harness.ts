import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { MockServerOptions } from "../../src/index.js";
import { type Harness, harness } from "../support.js";

/**
 * A mock started as a user of `backend` would start it: `--catalog` the corpus's catalog and `--processes` twice, the official
 * processes (the `GET /processes` page of `official`, a mock started without `--processes`, saved to a file) and
 * `processes/<backend>.json` of the corpus (what that back-end lists beyond them, as it publishes them), with
 * `options` (the namespace URLs it may resolve) as the official one has them.
 */
export async function backendHarness(
  official: Harness,
  backend: string,
  corpus: URL,
  options: Partial<MockServerOptions>,
): Promise<Harness> {
  const response = await official.request("/processes");
  if (response.status !== 200) throw new Error(`GET /processes: ${response.status}`);
  const saved = join(mkdtempSync(join(tmpdir(), "jobkit-corpus-")), "processes.json");
  writeFileSync(saved, await response.text());
  const extras = new URL(`processes/${backend}.json`, corpus).pathname;
  const catalog = new URL("catalog.json", corpus).pathname;
  return harness({ ...options, timing: { mode: "virtual" }, catalog, processes: [saved, extras] });
}
