/**
 * Bundle size of the core entry (`@jobkit/client`) vs `@openeo/js-client`, measured the same way:
 * esbuild bundles the entry with all its dependencies for the browser, minified, then gzip -9
 * (Node built-ins that the js-client's Node-only module requires are left out, as in a browser build).
 * Run by hand: `npx tsx bench/bundle-size.ts` (after `npm run build`).
 */
import { createRequire } from "node:module";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const BUDGET = 10 * 1024;
const require = createRequire(import.meta.url);

async function measure(label: string, entry: string, external: string[] = []) {
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
  const gz = gzipSync(code, { level: 9 }).length;
  return { label, minBytes: code.length, gzBytes: gz };
}

const ours = await measure(
  "@jobkit/client (core entry)",
  new URL("../dist/index.js", import.meta.url).pathname,
);
// its Node-only module (required when `window` is undefined) needs these; a browser build leaves them out
const theirs = await measure("@openeo/js-client", require.resolve("@openeo/js-client"), [
  "fs",
  "url",
  "path",
  "stream",
]);
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
for (const row of [ours, theirs]) {
  console.log(
    `${row.label.padEnd(30)} min ${kib(row.minBytes).padStart(10)}  min+gz ${kib(row.gzBytes).padStart(9)}`,
  );
}
console.log(`ratio (ours / theirs, min+gz): ${(ours.gzBytes / theirs.gzBytes).toFixed(3)}`);
console.log(`budget ${kib(BUDGET)}: ${ours.gzBytes <= BUDGET ? "within" : "OVER"}`);
process.exitCode = ours.gzBytes <= BUDGET ? 0 : 1;
