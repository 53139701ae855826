import { lazyModule } from "../internal/lazy-module.js";

/** jose, loaded at the first token signed or checked, or the first fault matched against a bearer's subject. */
export const jose = lazyModule("jose", () => import("jose"));
