/**
 * The mock served by @hono/node-server, for the benchmarks. Prints one JSON line with the port, a basic token,
 * a JWT of the mock's identity provider (client credentials of `alice-client`), a job id and (with
 * BENCH_LARGE_BYTES) the href of a large asset. `/__bench/rss` answers the peak RSS.
 */
import { serve } from "@hono/node-server";
import { createMockServer } from "../../dist/index.js"; // the built package, as the CLI runs it
import { saveResultGraph } from "../../test/support.js";
import { trackPeakRss } from "./peak-rss.js";

const large = process.env.BENCH_LARGE_BYTES ? Number(process.env.BENCH_LARGE_BYTES) : undefined;
const mock = createMockServer({
  timing: { mode: "virtual" },
  ...(large ? { results: { largeAssetBytes: large, linkTtlMs: 24 * 3_600_000 } } : {}),
});
const peak = trackPeakRss();

const server = serve(
  {
    fetch: (request, env) =>
      request.url.endsWith("/__bench/rss") ? Response.json(peak()) : mock.app.fetch(request, env),
    port: 0,
    hostname: "127.0.0.1",
  },
  async (info) => {
    const base = `http://127.0.0.1:${info.port}`;
    const login = await mock.app.request(`${base}/credentials/basic`, {
      headers: { Authorization: `Basic ${btoa("alice:alice123")}` },
    });
    const { access_token: token } = (await login.json()) as { access_token: string };
    const headers = { Authorization: `Bearer basic//${token}`, "Content-Type": "application/json" };
    const created = await mock.app.request(`${base}/jobs`, {
      method: "POST",
      headers,
      body: JSON.stringify({ process: saveResultGraph() }),
    });
    const jobId = created.headers.get("OpenEO-Identifier") as string;
    const granted = await mock.app.request(`${base}/oidc/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "grant_type=client_credentials&client_id=alice-client&client_secret=alice123",
    });
    const { access_token: jwt } = (await granted.json()) as { access_token: string };
    let largeHref: string | undefined;
    if (large) {
      await mock.app.request(`${base}/jobs/${jobId}/results`, { method: "POST", headers });
      mock.clock.advance(5000);
      const results = (await (
        await mock.app.request(`${base}/jobs/${jobId}/results`, { headers })
      ).json()) as {
        assets: Record<string, { href: string }>;
      };
      largeHref = results.assets["large.bin"]?.href;
    }
    console.log(JSON.stringify({ port: info.port, token, jwt, jobId, largeHref }));
  },
);
process.on("SIGTERM", () => server.close(() => process.exit(0)));
