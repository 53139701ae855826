/**
 * The core entry stays browser-safe (no Node built-ins) and within its size budget: esbuild bundles it
 * for the browser, minified, and gzip measures it. (Timing numbers live in bench/, not here.)
 */
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { expect, it } from "vitest";

const BUDGET_BYTES = 10 * 1024;

it("bundles the core entry for the browser within 10 KiB min+gz", async () => {
  const result = await build({
    entryPoints: [fileURLToPath(new URL("../src/index.ts", import.meta.url))],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    logLevel: "silent",
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  expect(new TextDecoder().decode(code)).not.toMatch(/from\s*"node:|require\("node:/);
  expect(gzipSync(code, { level: 9 }).length).toBeLessThanOrEqual(BUDGET_BYTES);
  expect(code.length).toBeGreaterThan(1000);
});
