import { defineConfig } from "vitest/config";

// The figures are computed by running the packages' own measurements (esbuild for the client's size), and
// one test runs the CLIs: generous budgets for a loaded 2-core CI machine.
export default defineConfig({
  test: { include: ["src/**/*.test.ts", "test/**/*.test.ts"], testTimeout: 60_000 },
});
