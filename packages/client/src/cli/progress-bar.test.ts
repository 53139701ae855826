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
    const bar = new ProgressBar(out, { now: () => now });
    bar.update(0.1, "running", { stage: "running" });
    now = 50;
    bar.update(0.2, "running", { stage: "running" });
    now = 150;
    bar.update(0.5, "running", { stage: "running" });
    bar.update(1, "finished", { stage: "finished", force: true });
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
    for (const fraction of [0, 0.05, 0.12, 0.19, 0.5])
      bar.update(fraction, "running  1s", { stage: "running" });
    bar.update(undefined, "queued", { stage: "queued" });
    bar.done();
    expect(out.writes.join("")).toMatchInlineSnapshot(`
      "[------------------------]   0% running  1s
      [###---------------------]  12% running  1s
      [############------------]  50% running  1s
      [------------------------]   ?% queued
      "
    `);
  });

  it("prints a line per tenth in a log while a byte counter in the label moves on every update", () => {
    const out = stream(false);
    const bar = new ProgressBar(out);
    for (let kib = 0; kib <= 1000; kib += 10) {
      bar.update(kib / 1000, `${kib}.0 KiB/1000.0 KiB  0/1 files`, { stage: "0/1" });
    }
    bar.update(1, "1000.0 KiB/1000.0 KiB  1/1 files", { stage: "1/1", force: true });
    expect(out.writes.map((line) => line.slice(0, 30))).toEqual([
      "[------------------------]   0",
      "[##----------------------]  10",
      "[#####-------------------]  20",
      "[#######-----------------]  30",
      "[##########--------------]  40",
      "[############------------]  50",
      "[##############----------]  60",
      "[#################-------]  70",
      "[###################-----]  80",
      "[######################--]  90",
      "[########################] 100",
      "[########################] 100",
    ]);
  });
});
