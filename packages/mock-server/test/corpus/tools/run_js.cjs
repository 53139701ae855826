/**
 * Runs the JavaScript of one page with capture.cjs's patches: the ```js blocks of a Markdown page in order, or the
 * inline <script> of an HTML page (then its `run()`, what the page's onload calls), and goes on after a failing block.
 * Usage: MOCK_URL=... MOCK_USER=name:password CAPTURE_DIR=... node run_js.cjs PAGE PREFIX [PROLOGUE]
 * Markdown pages say to run their snippets "in an async function and also in a try/catch block": each block is one
 * try/catch in one async function; `let`/`const` at the start of a line become `var`, so that a name a block declares
 * is seen by the next block (as in a console) and may be declared again; blocks of ES `import`s (for build tools)
 * are left out. PROLOGUE, when given, is code run first (the connection a page takes from another page).
 */
const { readFileSync } = require("node:fs");
const capture = require("./capture.cjs");
const { Formula, OpenEO } = require("@openeo/js-client");

const [page, prefix, prologue] = process.argv.slice(2);
capture.state.prefix = prefix;
const text = readFileSync(page, "utf8");
const AsyncFunction = (async () => {}).constructor;

function markdownBlocks() {
  const blocks = [...text.matchAll(/^```js\n([\s\S]*?)^```/gm)].map((match) => match[1]);
  return blocks
    .filter((block) => !/^\s*import\s/m.test(block))
    .map((block) => block.replace(/^(\s*)(?:let|const)\s/gm, "$1var "));
}

function htmlBlocks() {
  const scripts = [...text.matchAll(/<script type="text\/javascript">([\s\S]*?)<\/script>/g)];
  return [`${scripts.map((match) => match[1]).join("\n")}\nawait run();`];
}

const blocks = [
  ...(prologue ? [prologue] : []),
  ...(page.endsWith(".html") ? htmlBlocks() : markdownBlocks()),
];
const body = blocks
  .map((block, index) => `try {\n${block}\n} catch (error) { report(${index}, error); }`)
  .join("\n");
const report = (index, error) =>
  console.log(`${prefix} block ${index}: ${String(error?.message).slice(0, 200)}`);
const document = { getElementById: () => ({ innerHTML: "" }) };
// a page's own `process` variable (the cookbook's) must not replace Node's
const run = new AsyncFunction("require", "OpenEO", "Formula", "document", "report", "process", body);
// what a block starts without awaiting it (the full examples' `example()`) runs on until Node has nothing left to do
setTimeout(() => {
  console.log(`${prefix}: over 120 s`);
  process.exit(1);
}, 120_000).unref();
run(require, OpenEO, Formula, document, report, undefined);
