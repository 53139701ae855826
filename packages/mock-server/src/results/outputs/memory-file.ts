import { FS } from "h5wasm";

/** A file of the in-memory file system h5wasm writes to (Emscripten's MEMFS): the first `usedBytes` of `contents`. */
interface MemoryNode {
  contents: Uint8Array<ArrayBuffer> | null;
  usedBytes: number;
  node_ops: { setattr(node: MemoryNode, attr: { size?: number }): void };
}

/** h5wasm's file system, set once h5wasm is ready. */
type FileSystem = { lookupPath(path: string): { node: MemoryNode }; unlink(path: string): void };

/**
 * Gives the open in-memory file at `path` storage for `size` bytes, which writes and truncations up to that size
 * use in place: the file system would otherwise grow a file by an eighth at a time and reallocate it at each
 * truncation, copying it each time. For a file that holds bytes already (HDF5 writes its superblock when it creates
 * a file): the first write into an empty file takes storage of its own size. Returns what to call once the file is
 * closed: it unlinks the file and gives its bytes, the file's own storage rather than a copy, unless the file
 * fills less than half of it (then a copy, so that a small file does not keep a large reserve).
 */
export function reserveMemoryFile(path: string, size: number): () => Uint8Array<ArrayBuffer> {
  const fs = FS as unknown as FileSystem;
  const { node } = fs.lookupPath(path);
  const storage = new Uint8Array(Math.max(size, node.usedBytes));
  if (node.contents) storage.set(node.contents.subarray(0, node.usedBytes));
  node.contents = storage;
  const { setattr } = node.node_ops;
  node.node_ops = {
    ...node.node_ops,
    setattr(target, attr) {
      const { contents } = target;
      if (attr.size === undefined || contents === null || attr.size > contents.length)
        return setattr(target, attr);
      contents.fill(0, target.usedBytes, attr.size);
      target.usedBytes = attr.size;
      setattr(target, { ...attr, size: undefined });
    },
  };
  return () => {
    fs.unlink(path);
    const bytes = (node.contents ?? new Uint8Array()).subarray(0, node.usedBytes);
    return 2 * bytes.byteLength < bytes.buffer.byteLength ? bytes.slice() : bytes;
  };
}
