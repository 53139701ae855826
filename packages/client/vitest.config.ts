import { defineConfig } from "vitest/config";

// Budgets, not speed claims: tests that start processes or sign keys stay within them even on a loaded
// 2-core CI machine. Speed is measured by the bench/ scripts.
export default defineConfig({
  test: { testTimeout: 20_000, hookTimeout: 30_000 },
});
