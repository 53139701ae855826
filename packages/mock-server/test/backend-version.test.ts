import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createMockServer } from "../src/index.js";

const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
  version: string;
};

describe("backend_version", () => {
  it.each(["/", "/openeo/1.2.0/"])("is the version of the package.json at GET %s", async (path) => {
    const mock = createMockServer();
    const capabilities = (await (await mock.app.request(path)).json()) as { backend_version: string };
    expect(capabilities.backend_version).toBe(version);
  });
});
