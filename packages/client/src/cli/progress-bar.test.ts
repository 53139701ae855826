import { describe, expect, it } from "vitest";
import { ProgressBar } from "./progress-bar.js";

function stream(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, isTTY, write: (text: string) => writes.push(text) };
}

describe("ProgressBar", () => {
  it("redraws one line on a terminal, at most every 100 ms unless forced", () => {
    let now = 0;
    const out = stream(true);
    const bar = new ProgressBar(out, () => now);
    bar.update(0.1, "running");
    now = 50;
    bar.update(0.2, "running");
    now = 150;
    bar.update(0.5, "running");
    bar.update(1, "finished", true);
    bar.done();
    expect(out.writes).toEqual([
      "\r[##----------------------]  10% running\x1b[K",
      "\r[############------------]  50% running\x1b[K",
      "\r[########################] 100% finished\x1b[K",
      "\n",
    ]);
  });

  it("prints a line per tenth or label change in a log", () => {
    const out = stream(false);
    const bar = new ProgressBar(out);
    for (const fraction of [0, 0.05, 0.12, 0.19, 0.5]) bar.update(fraction, "running  1s");
    bar.update(undefined, "queued");
    bar.done();
    expect(out.writes.join("")).toMatchInlineSnapshot(`
      "[------------------------]   0% running  1s
      [###---------------------]  12% running  1s
      [############------------]  50% running  1s
      [------------------------]   ?% queued
      "
    `);
  });
});
