import { createHash, type Hash, randomBytes } from "node:crypto";
import { type FileHandle, mkdir, open, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { JobkitClientError } from "../errors.js";
import { fileNameBytes, NAME_MAX_BYTES } from "./file-name-bytes.js";
import type { TransferSink } from "./transfer.js";

/** Positional writes in flight at once: reading and hashing go on while the disk catches up. */
const WRITES_IN_FLIGHT = 16;
/** What a temporary name adds to the target's: `.` before, `.RANDOM.jobkit-part` after. */
const TEMP_NAME_EXTRA = ".".length + ".0123456789ab.jobkit-part".length;

/**
 * Writes a download to a temporary file beside its target (same folder, so the final rename is atomic)
 * and hashes it on the way when an algorithm is given. `commit` renames it to the target; `discard`
 * removes it. The temporary name is shortened to fit 255 bytes; a target name longer than that is refused
 * by `open`. File system errors are raised as `WriteFailed` with the original as `cause`.
 */
export class FileSink implements TransferSink {
  readonly tempPath: string;
  /** Bytes written since the file was opened or last reset. */
  bytesWritten = 0;
  readonly #target: string;
  readonly #algorithm: string | undefined;
  #hash: Hash | undefined;
  #handle: FileHandle | undefined;
  #inFlight: Promise<void>[] = [];
  #failure: { error: unknown } | undefined;

  constructor(target: string, algorithm: string | undefined) {
    this.#target = target;
    this.#algorithm = algorithm;
    const name = truncateUtf8(basename(target), NAME_MAX_BYTES - TEMP_NAME_EXTRA);
    this.tempPath = join(dirname(target), `.${name}.${randomBytes(6).toString("hex")}.jobkit-part`);
    this.#hash = algorithm ? createHash(algorithm) : undefined;
  }

  async open(): Promise<void> {
    const bytes = fileNameBytes(basename(this.#target));
    if (bytes > NAME_MAX_BYTES) {
      throw new JobkitClientError(
        "WriteFailed",
        `cannot write ${this.#target}: its name is ${bytes} bytes long (UTF-8), more than the ${NAME_MAX_BYTES} bytes a file name may have; nothing was downloaded`,
      );
    }
    await failingAs(`cannot create ${this.tempPath}`, async () => {
      await mkdir(dirname(this.#target), { recursive: true });
      this.#handle = await open(this.tempPath, "w", 0o644);
    });
  }

  async write(chunk: Uint8Array): Promise<void> {
    const handle = this.#handle;
    if (!handle) throw new JobkitClientError("WriteFailed", "FileSink.write before open");
    this.#hash?.update(chunk);
    const position = this.bytesWritten;
    const write = failingAs(`cannot write ${this.tempPath}`, () => writeAll(handle, chunk, position)).then(
      () => undefined,
      (error: unknown) => {
        this.#failure ??= { error };
      },
    );
    this.bytesWritten += chunk.byteLength;
    this.#inFlight.push(write);
    if (this.#inFlight.length >= WRITES_IN_FLIGHT) await this.#inFlight.shift();
    if (this.#failure) throw this.#failure.error;
  }

  async reset(): Promise<void> {
    await this.#drain();
    await failingAs(`cannot truncate ${this.tempPath}`, async () => this.#handle?.truncate(0));
    this.bytesWritten = 0;
    this.#hash = this.#algorithm ? createHash(this.#algorithm) : undefined;
  }

  /** Waits for every write, closes the file and returns the hex digest (when hashing). */
  async finish(): Promise<string | undefined> {
    await this.#drain();
    await this.#close();
    return this.#hash?.digest("hex");
  }

  async commit(): Promise<void> {
    await failingAs(`cannot rename ${this.tempPath} to ${this.#target}`, () =>
      rename(this.tempPath, this.#target),
    );
  }

  async discard(): Promise<void> {
    await Promise.all(this.#inFlight);
    await this.#close().catch(() => {});
    await rm(this.tempPath, { force: true });
  }

  async #drain(): Promise<void> {
    await Promise.all(this.#inFlight.splice(0));
    if (this.#failure) throw this.#failure.error;
  }

  async #close(): Promise<void> {
    const handle = this.#handle;
    this.#handle = undefined;
    await handle?.close();
  }
}

/**
 * Writes `target` through a {@link FileSink}: `fill` writes (and checks) the bytes, then the temporary
 * file is renamed to `target`; when anything throws, it is removed and the error raised.
 */
export async function writeAtomically(
  target: string,
  algorithm: string | undefined,
  fill: (sink: FileSink) => Promise<void>,
): Promise<void> {
  const sink = new FileSink(target, algorithm);
  await sink.open();
  try {
    await fill(sink);
    await sink.commit();
  } catch (error) {
    await sink.discard();
    throw error;
  }
}

/** Runs `action`, raising a file system error as `WriteFailed` (`what: CODE message`) with it as `cause`. */
async function failingAs<T>(what: string, action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    if (error instanceof JobkitClientError) throw error;
    throw new JobkitClientError("WriteFailed", `${what}: ${(error as Error).message}`, { cause: error });
  }
}

/** `text` cut to at most `maxBytes` bytes of UTF-8, at a character boundary. */
function truncateUtf8(text: string, maxBytes: number): string {
  const bytes = Buffer.from(text);
  if (bytes.byteLength <= maxBytes) return text;
  let end = maxBytes;
  while (end > 0 && ((bytes[end] as number) & 0xc0) === 0x80) end--;
  return bytes.subarray(0, end).toString();
}

/** Writes all of `chunk` at `position`, continuing after short writes. */
async function writeAll(handle: FileHandle, chunk: Uint8Array, position: number): Promise<void> {
  for (let offset = 0; offset < chunk.byteLength; ) {
    const { bytesWritten } = await handle.write(chunk, offset, chunk.byteLength - offset, position + offset);
    if (bytesWritten === 0)
      throw new JobkitClientError(
        "WriteFailed",
        `no progress writing at byte ${position + offset}; check the free space of the target folder`,
      );
    offset += bytesWritten;
  }
}
