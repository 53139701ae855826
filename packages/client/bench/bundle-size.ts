/**
 * Bundle size of the core entry (`@jobkit/client`) vs `@openeo/js-client`, measured the same way
 * (`measure-bundle.ts`; Node built-ins that the js-client's Node-only module requires are left out, as in a
 * browser build).
 * Run by hand: `npx tsx bench/bundle-size.ts`; `--json` prints the sizes in bytes for the README generator.
 */
import { createRequire } from "node:module";
import { BUDGET_BYTES, CORE_ENTRY, measureBundle } from "./measure-bundle.js";

const require = createRequire(import.meta.url);

const ours = { label: "@jobkit/client (core entry)", ...(await measureBundle(CORE_ENTRY)) };
// its Node-only module (required when `window` is undefined) needs these; a browser build leaves them out
const theirs = {
  label: "@openeo/js-client",
  ...(await measureBundle(require.resolve("@openeo/js-client"), ["fs", "url", "path", "stream"])),
};
const sizes = (row: typeof ours) => ({ minBytes: row.minBytes, gzBytes: row.gzBytes });
if (process.argv.includes("--json")) {
  console.log(
    JSON.stringify({ client: sizes(ours), openeoJsClient: sizes(theirs), budgetBytes: BUDGET_BYTES }),
  );
} else {
  const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  for (const row of [ours, theirs]) {
    console.log(
      `${row.label.padEnd(30)} min ${kib(row.minBytes).padStart(10)}  min+gz ${kib(row.gzBytes).padStart(9)}`,
    );
  }
  console.log(`ratio (ours / theirs, min+gz): ${(ours.gzBytes / theirs.gzBytes).toFixed(3)}`);
  console.log(`budget ${kib(BUDGET_BYTES)}: ${ours.gzBytes <= BUDGET_BYTES ? "within" : "OVER"}`);
}
process.exitCode = ours.gzBytes <= BUDGET_BYTES ? 0 : 1;
