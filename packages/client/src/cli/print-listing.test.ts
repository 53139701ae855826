import { describe, expect, it } from "vitest";
import type { Values } from "./parse-arguments.js";
import { printListing } from "./print-listing.js";

/** Two pages of jobs; the second comes only once `release` is called. */
function twoPages() {
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  async function* items() {
    yield { id: "j-1", status: "queued" };
    await gate;
    yield { id: "j-22", status: "finished" };
    yield { id: "j-333", status: "error" };
  }
  return { items: items(), release };
}

function run(values: Values) {
  const out: string[] = [];
  const io = { stdout: { write: (text: string) => out.push(text) }, stderr: { write: () => true }, env: {} };
  const { items, release } = twoPages();
  const done = printListing(items, ["ID", "STATUS"], (job) => [job.id, job.status], { values, io });
  return { out, release, done };
}

describe("printListing", () => {
  it("prints the rows of the first page before the next page arrives", async () => {
    const listing = run({});
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(listing.out.join("")).toBe("ID   STATUS\nj-1  queued\n");
    listing.release();
    await listing.done;
    // the second page is aligned in itself; its wider ids widen the column from there on
    expect(listing.out.join("")).toBe("ID   STATUS\nj-1  queued\nj-22   finished\nj-333  error\n");
  });

  it("stops after --limit items and prints only ids with --quiet", async () => {
    const listing = run({ limit: "2", quiet: true });
    listing.release();
    await listing.done;
    expect(listing.out.join("")).toBe("j-1\nj-22\n");
  });

  it("streams a JSON array with --json", async () => {
    const listing = run({ json: true });
    listing.release();
    await listing.done;
    expect(JSON.parse(listing.out.join(""))).toEqual([
      { id: "j-1", status: "queued" },
      { id: "j-22", status: "finished" },
      { id: "j-333", status: "error" },
    ]);
  });
});
