/**
 * `npm run docs` rewrites the figures of every README and the generated version files;
 * `npm run check:docs` (`--check`) fails, listing each, when one is stale. `--root DIR` works on a copy.
 */
import { resolve } from "node:path";
import { docsProblems, writeDocs } from "./check-docs.js";
import { REPO_ROOT } from "./repo-root.js";

const rootArg = process.argv.indexOf("--root");
const root = rootArg > 0 ? `${resolve(process.argv[rootArg + 1] ?? ".")}/` : REPO_ROOT;

if (process.argv.includes("--check")) {
  const problems = docsProblems(root);
  for (const problem of problems) console.error(`check:docs: ${problem}`);
  if (problems.length > 0) console.error("check:docs: run `npm run docs` and commit the result");
  process.exitCode = problems.length > 0 ? 1 : 0;
} else {
  writeDocs(root);
}
