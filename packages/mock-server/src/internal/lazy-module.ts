import { OpenEOError } from "./openeo-error.js";

/** A module loaded at its first need and kept for the life of the process (see docs/decisions/0009). */
export interface LazyModule<T> {
  /** Loads it once (later calls share the first load). */
  load(): Promise<T>;
  /** The loaded module, for synchronous code that runs only after `load()`; an `Internal` error otherwise. */
  get(): T;
}

/** A {@link LazyModule} made by `importer`, named in the error of a `get()` before `load()`. */
export function lazyModule<T>(name: string, importer: () => Promise<T>): LazyModule<T> {
  let loaded: T | undefined;
  let loading: Promise<T> | undefined;
  return {
    load() {
      loading ??= importer().then((module) => {
        loaded = module;
        return module;
      });
      return loading;
    },
    get() {
      if (loaded !== undefined) return loaded;
      throw new OpenEOError("Internal", `${name} was asked for before it was loaded.`);
    },
  };
}
