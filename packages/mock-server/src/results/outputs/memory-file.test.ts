import h5wasm, { FS } from "h5wasm";
import { beforeAll, describe, expect, it } from "vitest";
import { reserveMemoryFile } from "./memory-file.js";

interface Stream {
  fd: number;
}
/** The calls of h5wasm's file system a C program makes through `pwrite` and `ftruncate`. */
type FileSystem = {
  open(path: string, flags: string): Stream;
  write(stream: Stream, data: Uint8Array, offset: number, length: number, position: number): number;
  ftruncate(fd: number, length: number): void;
  close(stream: Stream): void;
};

const PATH = "/memory-file-test.bin";
const HEADER = 8;

/**
 * Creates a file with a header (as HDF5 writes its superblock on creating a file), reserves storage, writes `bytes`
 * after the header and truncates the file to each of `lengths` in turn, as HDF5 does on closing.
 */
function writeThenTruncate(reserve: number, bytes: Uint8Array, lengths: number[]): Uint8Array {
  const fs = FS as unknown as FileSystem;
  const stream = fs.open(PATH, "w+");
  fs.write(stream, bytes, 0, HEADER, 0);
  const take = reserveMemoryFile(PATH, reserve);
  fs.write(stream, bytes, HEADER, bytes.length - HEADER, HEADER);
  for (const length of lengths) fs.ftruncate(stream.fd, length);
  fs.close(stream);
  return take();
}

describe("reserveMemoryFile", () => {
  beforeAll(() => h5wasm.ready);
  const bytes = Uint8Array.from({ length: 100 }, (_, i) => i + 1);

  it("writes and truncates inside the reserved storage, and gives that storage, not a copy", () => {
    const file = writeThenTruncate(128, bytes, [120, 90]);
    expect(file.buffer.byteLength).toBe(128);
    expect(Array.from(file)).toEqual(Array.from(bytes.subarray(0, 90)));
  });

  it("copies a file that fills less than half of its reserve, which it would otherwise keep", () => {
    const file = writeThenTruncate(1000, bytes, [120, 90]);
    expect(file.buffer.byteLength).toBe(90);
    expect(Array.from(file)).toEqual(Array.from(bytes.subarray(0, 90)));
  });

  it("zero-fills a truncation that extends the file, as the file system does, also after a shrink", () => {
    const file = writeThenTruncate(1000, bytes, [50, 80]);
    expect(Array.from(file)).toEqual([...bytes.subarray(0, 50), ...new Array(30).fill(0)]);
  });

  it("lets a file outgrow the reserve", () => {
    const file = writeThenTruncate(10, bytes, [150]);
    expect(Array.from(file)).toEqual([...bytes, ...new Array(50).fill(0)]);
  });
});
