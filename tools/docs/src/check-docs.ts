/** Checks that every figure in the READMEs is what the code gives, and rewrites them. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { docFiles } from "./doc-files.js";
import { type FigureBlock, findBlocks, replaceBlocks } from "./figure-blocks.js";
import { FIGURES, MEASURED } from "./figures.js";
import { GENERATED_FILES } from "./generated-files.js";

/** Figure values computed on demand, once each; a figure that cannot be computed is an Error. */
function figureValues(): (name: string) => string | Error {
  const values = new Map<string, string | Error>();
  return (name) => {
    if (!values.has(name)) {
      try {
        values.set(name, (FIGURES[name] as () => string)());
      } catch (error) {
        values.set(name, error as Error);
      }
    }
    return values.get(name) as string | Error;
  };
}

const readIfThere = (path: string) => (existsSync(path) ? readFileSync(path, "utf8") : undefined);

const excerpt = (text: string) => JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}...` : text);

/** Where a stale block first differs from the code's text: the two lines, quoted (the line number if not the first). */
function firstDifference(written: string, computed: string): string {
  const ours = written.split("\n");
  const theirs = computed.split("\n");
  const index = ours.findIndex((line, i) => line !== theirs[i]);
  const at = index < 0 ? ours.length : index;
  const where = ours.length > 1 || theirs.length > 1 ? ` (line ${at + 1} of the block)` : "";
  return `the README says ${excerpt(ours[at] ?? "")}, the code gives ${excerpt(theirs[at] ?? "")}${where}`;
}

function blockProblem(block: FigureBlock, figureOf: (name: string) => string | Error): string | undefined {
  if (block.kind === "measured") {
    const pattern = MEASURED[block.name];
    if (!pattern)
      return `measured figure "${block.name}" is unknown (known: ${Object.keys(MEASURED).join(", ")})`;
    return pattern.test(block.content)
      ? undefined
      : `measured figure "${block.name}" is not well-formed: it needs a figure, the command that measured it and the date`;
  }
  if (!(block.name in FIGURES))
    return `figure "${block.name}" is unknown (known: ${Object.keys(FIGURES).join(", ")})`;
  const value = figureOf(block.name);
  if (value instanceof Error) return `figure "${block.name}" cannot be computed: ${value.message}`;
  return block.content.trim() === value.trim()
    ? undefined
    : `figure "${block.name}" is stale: ${firstDifference(block.content.trim(), value.trim())}`;
}

/** Every stale, unknown, malformed or unused figure and every stale generated file under `root`, one line each. */
export function docsProblems(root: string): string[] {
  const figureOf = figureValues();
  const problems: string[] = [];
  const used = new Set<string>();
  for (const file of docFiles(root)) {
    const { blocks, problems: markerProblems } = findBlocks(readFileSync(`${root}${file}`, "utf8"));
    problems.push(...markerProblems.map((problem) => `${file}: ${problem}`));
    for (const block of blocks) {
      used.add(block.name);
      const problem = blockProblem(block, figureOf);
      if (problem) problems.push(`${file}:${block.line}: ${problem}`);
    }
  }
  for (const name of [...Object.keys(FIGURES), ...Object.keys(MEASURED)]) {
    if (!used.has(name)) problems.push(`figure "${name}" appears in no README`);
  }
  for (const generated of GENERATED_FILES) {
    const current = readIfThere(`${root}${generated.path}`);
    if (current !== generated.text(current)) problems.push(`${generated.path} is stale`);
  }
  return problems;
}

/** Rewrites every generated file, then every figure block under `root`; measured blocks are left to their scripts. */
export function writeDocs(root: string): void {
  for (const generated of GENERATED_FILES) {
    const path = `${root}${generated.path}`;
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, generated.text(readIfThere(path)));
  }
  const figureOf = figureValues();
  for (const file of docFiles(root)) {
    const text = readFileSync(`${root}${file}`, "utf8");
    const written = replaceBlocks(text, "figure", (name) => {
      const value = name in FIGURES ? figureOf(name) : new Error(`figure "${name}" is unknown`);
      if (value instanceof Error) throw new Error(`${file}: ${value.message}`);
      return value;
    });
    if (written !== text) writeFileSync(`${root}${file}`, written);
  }
}
