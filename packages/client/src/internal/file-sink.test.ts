import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { FileSink } from "./file-sink.js";

/** How the sink's writes behave: normally, at most `maxBytes` per call, or failing. */
const writes: { maxBytes?: number; fail?: NodeJS.ErrnoException } = {};

vi.mock("node:fs/promises", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:fs/promises")>();
  const open = async (...args: Parameters<typeof real.open>) => {
    const handle = await real.open(...args);
    const write = handle.write.bind(handle) as (
      buffer: Uint8Array,
      offset: number,
      length: number,
      position: number,
    ) => Promise<{ bytesWritten: number }>;
    return Object.assign(handle, {
      write: (buffer: Uint8Array, offset: number, length: number, position: number) => {
        if (writes.fail) return Promise.reject(writes.fail);
        return write(buffer, offset, Math.min(length, writes.maxBytes ?? length), position);
      },
    });
  };
  return { ...real, open };
});

const CHUNKS = Array.from({ length: 40 }, (_, i) => new Uint8Array(10_000 + i).fill(i));
const DATA = Buffer.concat(CHUNKS);

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "jobkit-file-sink-"));
});
afterEach(async () => {
  delete writes.maxBytes;
  delete writes.fail;
  await rm(dir, { recursive: true, force: true });
});

async function writeAll(sink: FileSink): Promise<void> {
  await sink.open();
  for (const chunk of CHUNKS) await sink.write(chunk);
}

describe("FileSink", () => {
  it("writes every chunk in place, hashes on the way and renames on commit", async () => {
    const sink = new FileSink(join(dir, "out.bin"), "sha256");
    await writeAll(sink);
    expect(await sink.finish()).toBe(createHash("sha256").update(DATA).digest("hex"));
    await sink.commit();
    expect((await readFile(join(dir, "out.bin"))).equals(DATA)).toBe(true);
    expect(await readdir(dir)).toEqual(["out.bin"]);
  });

  it("continues after short writes", async () => {
    writes.maxBytes = 4093;
    const sink = new FileSink(join(dir, "out.bin"), undefined);
    await writeAll(sink);
    await sink.finish();
    await sink.commit();
    expect((await readFile(join(dir, "out.bin"))).equals(DATA)).toBe(true);
  });

  it("raises a write error as WriteFailed and leaves no file after discard", async () => {
    writes.fail = Object.assign(new Error("EIO: i/o error, write"), { code: "EIO" });
    const sink = new FileSink(join(dir, "out.bin"), "sha256");
    await expect(writeAll(sink).then(() => sink.finish())).rejects.toMatchObject({
      code: "WriteFailed",
      message: expect.stringContaining("EIO: i/o error"),
      cause: { code: "EIO" },
    });
    await sink.discard();
    expect(await readdir(dir)).toEqual([]);
    expect(existsSync(sink.tempPath)).toBe(false);
  });
});
