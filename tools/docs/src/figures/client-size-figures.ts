/** The client's bundle size, from the measurement its size-budget test uses (`packages/client/bench`). */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { REPO_ROOT } from "../repo-root.js";

interface Sizes {
  minBytes: number;
  gzBytes: number;
}
interface BundleSizes {
  client: Sizes;
  openeoJsClient: Sizes;
  budgetBytes: number;
}

let measured: BundleSizes | undefined;

/** Runs the client's `bench/bundle-size.ts --json` once (esbuild and gzip, no timing: the same bytes every run). */
function sizes(): BundleSizes {
  measured ??= JSON.parse(
    execFileSync(process.execPath, ["--import", "tsx", "bench/bundle-size.ts", "--json"], {
      cwd: `${REPO_ROOT}packages/client`,
      encoding: "utf8",
      timeout: 60_000,
    }),
  ) as BundleSizes;
  return measured;
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** The client's core entry, minified and gzipped. */
export function clientSize(): string {
  return kib(sizes().client.gzBytes);
}

function openeoJsClientVersion(): string {
  const require = createRequire(`${REPO_ROOT}packages/client/package.json`);
  const file = require.resolve("@openeo/js-client/package.json");
  return (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version;
}

/** The client's benchmark table: its core entry beside `@openeo/js-client`, minified and gzipped. */
export function clientSizeTable(): string {
  const { client, openeoJsClient, budgetBytes } = sizes();
  return [
    "| | min | min+gz |",
    "|---|---|---|",
    `| \`@jobkit/client\` core entry | ${kib(client.minBytes)} | **${kib(client.gzBytes)}** (budget ${kib(budgetBytes).replace(".0 ", " ")}; \`test/bundle.test.ts\` enforces it) |`,
    `| \`@openeo/js-client\` ${openeoJsClientVersion()} | ${kib(openeoJsClient.minBytes)} | ${kib(openeoJsClient.gzBytes)} |`,
    "",
    `Ratio ${(client.gzBytes / openeoJsClient.gzBytes).toFixed(3)}.`,
  ].join("\n");
}
