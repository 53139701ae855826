import { describe, expect, it } from "vitest";
import { findBlocks, replaceBlocks } from "./figure-blocks.js";

const TEXT = [
  "The kit has <!-- jobkit:figure check-count -->86<!-- /jobkit:figure --> checks.",
  "<!-- jobkit:figure level-table -->",
  "| old |",
  "<!-- /jobkit:figure -->",
  "It took <!-- jobkit:measured self-test-time -->5 s<!-- /jobkit:measured -->.",
].join("\n");

describe("findBlocks", () => {
  it("finds inline and whole-line blocks of both kinds, with their lines", () => {
    const { blocks, problems } = findBlocks(TEXT);
    expect(problems).toEqual([]);
    expect(blocks).toEqual([
      { kind: "figure", name: "check-count", content: "86", line: 1 },
      { kind: "figure", name: "level-table", content: "\n| old |\n", line: 2 },
      { kind: "measured", name: "self-test-time", content: "5 s", line: 5 },
    ]);
  });

  it("reports a marker that opens no block or closes the other kind", () => {
    const { blocks, problems } = findBlocks(
      "a <!-- jobkit:figure x -->1<!-- /jobkit:measured -->\nb <!-- jobkit:figure y -->2",
    );
    expect(blocks).toEqual([]);
    expect(problems).toEqual([
      "line 1: <!-- jobkit:figure x --> is not part of a well-formed block",
      "line 1: <!-- /jobkit:measured --> is not part of a well-formed block",
      "line 2: <!-- jobkit:figure y --> is not part of a well-formed block",
    ]);
  });
});

describe("replaceBlocks", () => {
  it("rewrites the blocks of one kind, keeping whole-line blocks on lines of their own", () => {
    const values: Record<string, string> = { "check-count": "98", "level-table": "| new |" };
    expect(replaceBlocks(TEXT, "figure", (name) => values[name])).toBe(
      TEXT.replace(">86<", ">98<").replace("| old |", "| new |"),
    );
  });

  it("leaves a block alone when no value is given for it", () => {
    expect(replaceBlocks(TEXT, "measured", () => undefined)).toBe(TEXT);
  });
});
