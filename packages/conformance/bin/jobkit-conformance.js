#!/usr/bin/env node
// The `jobkit-conformance` bin. It lives outside dist/ so that npm links it on install before the first build, and its
// execute bit comes from git, not from whatever built (or restored from cache) dist/cli.js.
import { existsSync } from "node:fs";

const cli = new URL("../dist/cli.js", import.meta.url);
if (existsSync(cli)) await import(cli.href);
else {
  process.stderr.write(
    "jobkit-conformance: not built yet; run `npm run build` at the repository root first\n",
  );
  process.exitCode = 1;
}
