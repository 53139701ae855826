/**
 * The core entry stays browser-safe (no Node built-ins) and within its size budget, measured as the README's
 * figure is (bench/measure-bundle.ts). (Timing numbers live in bench/, not here.)
 */
import { expect, it } from "vitest";
import { BUDGET_BYTES, CORE_ENTRY, measureBundle } from "../bench/measure-bundle.js";

it("bundles the core entry for the browser within 10 KiB min+gz", async () => {
  const { code, gzBytes } = await measureBundle(CORE_ENTRY);
  expect(new TextDecoder().decode(code)).not.toMatch(/from\s*"node:|require\("node:/);
  expect(gzBytes).toBeLessThanOrEqual(BUDGET_BYTES);
  expect(code.length).toBeGreaterThan(1000);
});
