import { createMockServer } from "@jobkit/mock-server";
import { afterEach, describe, expect, it } from "vitest";
import { mockTarget, runConformance } from "../src/index.js";
import { DEMO_USERS, EMBEDDED_MOCK_OPTIONS } from "../src/internal/embedded-target.js";
import { startLoggingServer } from "./logging-server.js";

const RESULTS_PATH = /^\/jobs\/[^/]+\/results$/;
const servers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** The in-process mock, with the asset hrefs of its results documents moved to `assetHost` (another origin). */
function mockWithAssetsAt(assetHost: string) {
  const target = mockTarget(createMockServer(EMBEDDED_MOCK_OPTIONS));
  return {
    clock: target.clock,
    fetch: async (request: Request) => {
      const url = new URL(request.url);
      if (url.origin === assetHost) return fetch(request);
      const answer = await target.fetch(request);
      if (!RESULTS_PATH.test(url.pathname) || answer.status !== 200) return answer;
      const results = (await answer.json()) as { assets: Record<string, { href: string }> };
      for (const [key, asset] of Object.entries(results.assets)) asset.href = `${assetHost}/assets/${key}`;
      return Response.json(results, { headers: { "Access-Control-Allow-Origin": "*" } });
    },
  };
}

describe("credentials never leave the API's origin", { timeout: 20_000 }, () => {
  it.each([401, 403])(
    "an asset host on another origin that answers %i gets no Authorization, on HEAD or GET",
    async (status) => {
      const assetHost = await startLoggingServer(() => ({
        status,
        body: JSON.stringify({ code: "AuthenticationRequired", message: "credentials, please" }),
      }));
      servers.push(assetHost);
      const result = await runConformance({
        url: "http://api.test/openeo/1.2",
        ...mockWithAssetsAt(assetHost.url),
        user: DEMO_USERS.user,
        password: DEMO_USERS.password,
        only: ["downloads"],
      });
      const methods = new Set(assetHost.received.map((request) => request.method));
      expect(methods).toEqual(new Set(["HEAD", "GET"]));
      expect(assetHost.received.filter((request) => request.authorization !== undefined)).toEqual([]);
      expect(result.checks.find((check) => check.id === "downloads.get")?.status).toBe("fail");
    },
  );
});
