/**
 * The one bundle-size measurement of the client: esbuild bundles an entry with all its dependencies for the
 * browser, minified (ES2022), and gzip -9 measures it. The size-budget test, `bench/bundle-size.ts` and the
 * README figures (`npm run docs` at the repository root) all call this.
 */
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

/** The client's core entry, as the budget test and the README measure it. */
export const CORE_ENTRY = fileURLToPath(new URL("../src/index.ts", import.meta.url));
/** The gzipped size the core entry must stay within. */
export const BUDGET_BYTES = 10 * 1024;

/** A bundle's code and sizes. */
export interface BundleSize {
  code: Uint8Array;
  minBytes: number;
  gzBytes: number;
}

/** Bundles `entry` for the browser (leaving out `external`) and measures it minified and gzipped. */
export async function measureBundle(entry: string, external: string[] = []): Promise<BundleSize> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "silent",
    external,
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { code, minBytes: code.length, gzBytes: gzipSync(code, { level: 9 }).length };
}
