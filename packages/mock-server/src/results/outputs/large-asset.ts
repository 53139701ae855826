import { multihashSha256 } from "../../internal/checksum.js";
import { createRandom } from "../../internal/random.js";
import { JobkitMockError } from "../../mock-error.js";

const BLOCK_BYTES = 64 * 1024;
const blocks = new Map<number, Uint8Array>();
const checksums = new Map<string, string>();

/** The 64 KiB block a synthetic asset repeats; byte `i` of the asset is `block[i % 64 KiB]`. */
function blockFor(seed: number): Uint8Array {
  let block = blocks.get(seed);
  if (!block) {
    const random = createRandom(seed ^ 0x27d4eb2d);
    block = new Uint8Array(BLOCK_BYTES);
    for (let i = 0; i < BLOCK_BYTES; i += 4) {
      const word = Math.floor(random.next() * 0x100000000);
      block[i] = word & 0xff;
      block[i + 1] = (word >>> 8) & 0xff;
      block[i + 2] = (word >>> 16) & 0xff;
      block[i + 3] = word >>> 24;
    }
    blocks.set(seed, block);
  }
  return block;
}

function* chunks(size: number, seed: number, start: number, end: number): Generator<Uint8Array> {
  const block = blockFor(seed);
  let position = start;
  while (position < end) {
    const offset = position % BLOCK_BYTES;
    const length = Math.min(BLOCK_BYTES - offset, end - position);
    yield block.subarray(offset, offset + length);
    position += length;
  }
  if (end > size) throw new JobkitMockError("AssetRangeInvalid", "range beyond the synthetic asset.");
}

/** The `file:checksum` of a synthetic asset (hashed once per seed and size, then remembered). */
export function largeAssetChecksum(size: number, seed: number): string {
  const key = `${seed}:${size}`;
  let checksum = checksums.get(key);
  if (!checksum) {
    checksum = multihashSha256(chunks(size, seed, 0, size));
    checksums.set(key, checksum);
  }
  return checksum;
}

/** Streams bytes [start, end) of a synthetic asset without ever holding more than one 64 KiB block. */
export function largeAssetStream(
  size: number,
  seed: number,
  start: number,
  end: number,
): ReadableStream<Uint8Array> {
  const iterator = chunks(size, seed, start, end);
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const next = iterator.next();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      },
    },
    { highWaterMark: 4 },
  );
}
