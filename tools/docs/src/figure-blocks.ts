/**
 * The marked blocks of a Markdown file. A figure the code knows sits between
 * `<!-- jobkit:figure NAME -->` and `<!-- /jobkit:figure -->` and is rewritten by `npm run docs`; a figure a
 * benchmark measured sits between `<!-- jobkit:measured NAME -->` and `<!-- /jobkit:measured -->` and is written
 * only by its benchmark script. A block whose opening marker ends its line is a block of whole lines.
 */

/** Whether the code derives a block's text (`figure`) or a benchmark wrote it (`measured`). */
export type BlockKind = "figure" | "measured";

/** One marked block: its kind, name, text between the markers, and where it starts (line, 1-based). */
export interface FigureBlock {
  kind: BlockKind;
  name: string;
  content: string;
  line: number;
}

const BLOCK = /<!-- jobkit:(figure|measured) ([a-z0-9-]+) -->([\s\S]*?)<!-- \/jobkit:\1 -->/g;
const ANY_MARKER = /<!-- \/?jobkit:[^>]*-->/g;

function lineAt(text: string, index: number): number {
  return text.slice(0, index).split("\n").length;
}

/** Every well-formed block of `text`, and a problem for each marker that belongs to none. */
export function findBlocks(text: string): { blocks: FigureBlock[]; problems: string[] } {
  const blocks: FigureBlock[] = [];
  const covered: Array<[number, number]> = [];
  for (const match of text.matchAll(BLOCK)) {
    const [whole, kind, name, content] = match as unknown as [string, BlockKind, string, string];
    blocks.push({ kind, name, content, line: lineAt(text, match.index) });
    covered.push([match.index, match.index + whole.length]);
  }
  const problems = [...text.matchAll(ANY_MARKER)]
    .filter((marker) => !covered.some(([start, end]) => marker.index >= start && marker.index < end))
    .map((marker) => `line ${lineAt(text, marker.index)}: ${marker[0]} is not part of a well-formed block`);
  return { blocks, problems };
}

/** The text a block holds for `value`: on the marker's line, or on lines of its own. */
function blockContent(current: string, value: string): string {
  return current.startsWith("\n") ? `\n${value}\n` : value;
}

/**
 * `text` with the content of every block of `kind` replaced by `figureOf(name)`; blocks of the other kind, and
 * those for which `figureOf` gives `undefined`, are left alone.
 */
export function replaceBlocks(
  text: string,
  kind: BlockKind,
  figureOf: (name: string) => string | undefined,
): string {
  return text.replace(BLOCK, (whole, found: BlockKind, name: string, content: string) => {
    const value = found === kind ? figureOf(name) : undefined;
    return value === undefined
      ? whole
      : `<!-- jobkit:${kind} ${name} -->${blockContent(content, value)}<!-- /jobkit:${kind} -->`;
  });
}
