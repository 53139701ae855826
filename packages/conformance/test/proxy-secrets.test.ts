import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createConsoleReporter, createProxy, proxyResult, toHtml, toJson, toJUnit } from "../src/index.js";
import { createExchangeRecorder } from "../src/proxy/exchange-recorder.js";
import { startFaultyServer } from "./faulty-server.js";
import { JOB_BODY } from "./proxy-helpers.js";

const CONTROL_TOKEN = "control-token-of-the-mock";
const PASSWORD = "alice123";

/** The mock without CORS headers: every exchange a client sends with an Origin is a violation in the reports. */
async function upstreamWithoutCors() {
  return startFaultyServer(
    async (request, mock) => {
      const answer = await mock(request);
      const copy = new Response(answer.body, answer);
      copy.headers.delete("access-control-allow-origin");
      return copy;
    },
    { controlToken: CONTROL_TOKEN },
  );
}

/** A client's flow through the proxy: sign in, run a job, download its assets, ask the control API. */
async function clientFlow(api: string): Promise<string[]> {
  const origin = { origin: "https://client.example" };
  const basic = btoa(`alice:${PASSWORD}`);
  const signIn = await fetch(`${api}/credentials/basic`, {
    headers: { ...origin, authorization: `Basic ${basic}` },
  });
  const { access_token: token } = (await signIn.json()) as { access_token: string };
  const auth = { ...origin, authorization: `Bearer basic//${token}` };
  const created = await fetch(`${api}/jobs`, {
    method: "POST",
    headers: { ...auth, "content-type": "application/json" },
    body: JSON.stringify(JOB_BODY),
  });
  const id = created.headers.get("openeo-identifier") ?? "";
  await fetch(`${api}/jobs/${id}/results`, { method: "POST", headers: auth });
  for (let poll = 0; poll < 20; poll += 1) {
    const job = (await (await fetch(`${api}/jobs/${id}`, { headers: auth })).json()) as { status: string };
    if (job.status === "finished") break;
  }
  const results = await (await fetch(`${api}/jobs/${id}/results`, { headers: auth })).text();
  const signatures = [...results.matchAll(/\/download\/[^/]+\/\d+\/([^/]+)\//g)].map(
    (match) => match[1] as string,
  );
  for (const [href] of results.matchAll(/http:\/\/[^"]+\/download\/[^"]+/g))
    await (await fetch(href, { headers: origin })).arrayBuffer();
  await fetch(`${api}/_jobkit/faults`, { headers: { ...origin, authorization: `Bearer ${CONTROL_TOKEN}` } });
  return [PASSWORD, basic, token, CONTROL_TOKEN, ...signatures];
}

describe("the proxy's reports and record are safe to publish", { timeout: 30_000 }, () => {
  it("shows none of the traffic's secrets: password, basic and bearer tokens, signatures, the control token", async () => {
    const upstream = await upstreamWithoutCors();
    const file = join(mkdtempSync(join(tmpdir(), "jobkit-proxy-secrets-")), "record.jsonl");
    let recorder: ReturnType<typeof createExchangeRecorder> | undefined;
    const proxy = await createProxy({
      upstream: upstream.url,
      followAssets: true,
      onExchange: (exchange, violations) => recorder?.write(exchange, violations),
    });
    recorder = createExchangeRecorder(file, proxy.redact);
    const secrets = await clientFlow(proxy.url);
    await proxy.close(1_000);
    await upstream.close();
    expect(secrets.length).toBeGreaterThanOrEqual(5);
    const result = proxyResult(proxy, {
      startedAt: new Date().toISOString(),
      durationMs: 1,
      runProblems: [],
    });
    let console = "";
    createConsoleReporter({ write: (text) => (console += text) }).finish(result);
    expect(result.proxy.violations.length).toBeGreaterThan(5);
    expect(result.proxy.violations.map((violation) => violation.curl).join("\n")).toMatch(/\/download\//);
    await recorder.close();
    expect(readFileSync(file, "utf8").split("\n").length).toBeGreaterThan(8);
    const outputs = {
      json: toJson(result),
      junit: toJUnit(result),
      html: toHtml(result),
      console,
      record: readFileSync(file, "utf8"),
    };
    const leaks = Object.entries(outputs).flatMap(([name, text]) =>
      secrets.filter((secret) => text.includes(secret)).map((secret) => `${name}: ${secret}`),
    );
    expect(leaks).toEqual([]);
  });
});
