import h5wasm, { FS } from "h5wasm";

type FileSystem = { writeFile(path: string, data: Uint8Array): void; unlink(path: string): void };

/**
 * Opens netCDF bytes with h5wasm (await `h5wasm.ready` first) and hands the file to `read`, then closes and
 * removes it.
 */
export function readNetCdf<T>(bytes: Uint8Array, read: (file: InstanceType<typeof h5wasm.File>) => T): T {
  const fs = FS as unknown as FileSystem; // set once h5wasm is ready
  fs.writeFile("/read-back.nc", bytes);
  const file = new h5wasm.File("/read-back.nc", "r");
  try {
    return read(file);
  } finally {
    file.close();
    fs.unlink("/read-back.nc");
  }
}
