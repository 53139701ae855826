import { createHash, type Hash, randomBytes } from "node:crypto";
import { createWriteStream, type WriteStream } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { TransferSink } from "./transfer.js";

/**
 * Writes a download to a temporary file beside its target (same folder, so the final rename is atomic)
 * and hashes it on the way when an algorithm is given. `commit` renames it to the target; `discard`
 * removes it.
 */
export class FileSink implements TransferSink {
  readonly tempPath: string;
  /** Bytes written since the file was opened or last reset. */
  bytesWritten = 0;
  readonly #target: string;
  readonly #algorithm: string | undefined;
  #hash: Hash | undefined;
  #stream: WriteStream | undefined;

  constructor(target: string, algorithm: string | undefined) {
    this.#target = target;
    this.#algorithm = algorithm;
    this.tempPath = join(
      dirname(target),
      `.${basename(target)}.${randomBytes(6).toString("hex")}.jobkit-part`,
    );
    this.#hash = algorithm ? createHash(algorithm) : undefined;
  }

  async open(): Promise<void> {
    await mkdir(dirname(this.#target), { recursive: true });
    this.#stream = await openStream(this.tempPath);
  }

  async write(chunk: Uint8Array): Promise<void> {
    this.#hash?.update(chunk);
    this.bytesWritten += chunk.byteLength;
    const stream = this.#stream;
    if (stream && !stream.write(chunk)) {
      await new Promise<void>((resolve, reject) => {
        const onError = (error: Error) => reject(error);
        stream.once("error", onError);
        stream.once("drain", () => {
          stream.off("error", onError);
          resolve();
        });
      });
    }
  }

  async reset(): Promise<void> {
    await this.#close();
    this.bytesWritten = 0;
    this.#hash = this.#algorithm ? createHash(this.#algorithm) : undefined;
    this.#stream = await openStream(this.tempPath);
  }

  /** Closes the file and returns the hex digest (when hashing). */
  async finish(): Promise<string | undefined> {
    await this.#close();
    return this.#hash?.digest("hex");
  }

  async commit(): Promise<void> {
    await rename(this.tempPath, this.#target);
  }

  async discard(): Promise<void> {
    await this.#close().catch(() => {});
    await rm(this.tempPath, { force: true });
  }

  async #close(): Promise<void> {
    const stream = this.#stream;
    this.#stream = undefined;
    if (!stream || stream.closed) return;
    await new Promise<void>((resolve, reject) => {
      stream.once("error", reject);
      stream.end(() => resolve());
    });
  }
}

function openStream(path: string): Promise<WriteStream> {
  return new Promise((resolve, reject) => {
    const stream = createWriteStream(path, { flags: "w", mode: 0o644 });
    stream.once("open", () => {
      stream.off("error", reject);
      resolve(stream);
    });
    stream.once("error", reject);
  });
}
