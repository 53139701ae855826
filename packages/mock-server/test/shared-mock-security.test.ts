import { createHmac } from "node:crypto";
import { decodeJwt } from "jose";
import { describe, expect, it } from "vitest";
import type { MockServerOptions } from "../src/index.js";
import { createRandom } from "../src/internal/random.js";
import { type Harness, harness, ONE_DATE_TIFF, saveResultGraph } from "./support.js";

const DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";
const FORM = { "content-type": "application/x-www-form-urlencoded" };

function post(h: Harness, path: string, form: Record<string, string>, headers: Record<string, string> = {}) {
  return h.json(path, { method: "POST", headers: { ...FORM, ...headers }, body: new URLSearchParams(form) });
}

/** Everything of a mock a user sees: a job id, a basic token, OIDC tokens, a device code, a link, the JWKS. */
async function visibleSecrets(h: Harness) {
  const headers = await h.auth();
  const id = await h.createJob();
  await h.request(`/jobs/${id}/results`, { method: "POST", headers });
  h.mock.clock.advance(5000);
  const results = (await h.json(`/jobs/${id}/results`, { headers })).body;
  const password = await post(h, "/oidc/token", {
    grant_type: "password",
    client_id: "jobkit-default-client",
    username: "alice",
    password: "alice123",
  });
  const device = await post(h, "/oidc/device", { client_id: "alice-client", client_secret: "alice123" });
  const jwks = (await h.json("/oidc/jwks")).body.keys[0];
  return {
    id,
    basic: headers.Authorization?.replace("Bearer basic//", "") as string,
    jti: decodeJwt(password.body.access_token).jti as string,
    refresh: password.body.refresh_token as string,
    device: device.body.device_code as string,
    href: results.assets[ONE_DATE_TIFF].href as string,
    kid: jwks.kid as string,
    n: jwks.n as string,
  };
}

/** The first 8-hex-digit words of mulberry32 seeded as the mock's streams were: job ids, tokens, OIDC, devices. */
function rawGeneratorWords(seed: number): string[] {
  const words: string[] = [];
  for (const stream of [seed, seed ^ 0x5bd1e995, seed ^ 0x0dc0ffee, seed ^ 0x2545f491]) {
    const random = createRandom(stream);
    for (let i = 0; i < 64; i++) words.push(random.hex(8));
  }
  return words;
}

describe("secrets (a network mock's seed must not be recoverable from what users see)", () => {
  it("with a seed, no id, token or device code holds raw generator output, nor the old seed-keyed link and key", async () => {
    const seed = 5;
    const seen = await visibleSecrets(harness({ seed, timing: { mode: "virtual" } }));
    const words = rawGeneratorWords(seed);
    for (const value of [seen.id, seen.basic, seen.jti, seen.refresh, seen.device])
      expect(
        words.filter((word) => value.includes(word)),
        value,
      ).toEqual([]);
    const [jobId, expires, signature, name] = new URL(seen.href).pathname.split("/").slice(2);
    const oldSignature = createHmac("sha256", `jobkit-mock-link-secret-${seed}`)
      .update(`${jobId}/${expires}/${name}`)
      .digest("hex")
      .slice(0, 32);
    expect(signature).not.toBe(oldSignature);
    const oldKid = createHmac("sha256", `jobkit-mock-oidc-key-${seed}`).update("kid/0").digest();
    expect(seen.kid).not.toBe(`jobkit-${oldKid.subarray(0, 6).toString("hex")}`);
  });

  it('with seed "random", two mocks of the same options share no id, token, link or key', async () => {
    const options: MockServerOptions = { seed: "random", timing: { mode: "virtual" } };
    const [a, b] = [await visibleSecrets(harness(options)), await visibleSecrets(harness(options))];
    for (const key of Object.keys(a) as (keyof typeof a)[]) expect(b[key], key).not.toBe(a[key]);
  });

  it("keeps the same ids, tokens and key for the same seed", async () => {
    const options: MockServerOptions = { seed: 9, timing: { mode: "virtual" } };
    expect(await visibleSecrets(harness(options))).toEqual(await visibleSecrets(harness(options)));
  });
});

describe("device flow approval", () => {
  it("a user approves their code on the verification page with their name and password, not without", async () => {
    const h = harness({ timing: { mode: "virtual" }, oidc: { deviceApprovalMs: null } });
    const device = (await post(h, "/oidc/device", { client_id: "bob-client", client_secret: "bob123" })).body;
    const page = await h.request(`/oidc/device?user_code=${device.user_code}`);
    expect([page.status, page.headers.get("content-type")]).toEqual([200, "text/html; charset=utf-8"]);
    expect(await page.text()).toContain(`value="${device.user_code}"`);
    const decide = (username: string, password: string) =>
      h.request("/oidc/device/verify", {
        method: "POST",
        headers: FORM,
        body: new URLSearchParams({ user_code: device.user_code, username, password, decision: "approve" }),
      });
    const wrong = await decide("bob", "wrong");
    expect([wrong.status, ((await wrong.json()) as { error: string }).error]).toEqual([400, "access_denied"]);
    const poll = () =>
      post(h, "/oidc/token", {
        grant_type: DEVICE_GRANT,
        client_id: "bob-client",
        client_secret: "bob123",
        device_code: device.device_code,
      });
    expect((await poll()).body.error).toBe("authorization_pending");
    const approved = await decide("bob", "bob123");
    expect([approved.status, await approved.text()]).toEqual([
      200,
      expect.stringContaining("approved as bob"),
    ]);
    await new Promise((resolve) => setTimeout(resolve, 600)); // polls closer than half the interval: slow_down
    expect(decodeJwt((await poll()).body.access_token).sub).toBe("bob");
  });
});

describe("audience", () => {
  it("refuses ID tokens (their audience is the client) at the API and at userinfo", async () => {
    const h = harness();
    const tokens = (
      await post(h, "/oidc/token", {
        grant_type: "client_credentials",
        client_id: "bob-client",
        client_secret: "bob123",
      })
    ).body;
    expect(decodeJwt(tokens.id_token).aud).toBe("bob-client");
    const me = (token: string) =>
      h.json("/me", { headers: { Authorization: `Bearer oidc/jobkit/${token}` } });
    const userinfo = (token: string) =>
      h.json("/oidc/userinfo", { headers: { Authorization: `Bearer ${token}` } });
    expect((await me(tokens.access_token)).status).toBe(200);
    expect((await userinfo(tokens.access_token)).status).toBe(200);
    expect((await me(tokens.id_token)).body.code).toBe("TokenInvalid");
    expect((await userinfo(tokens.id_token)).body.error).toBe("invalid_token");
  });
});

describe("refresh tokens", () => {
  const signIn = (h: Harness, client: Record<string, string>) =>
    post(h, "/oidc/token", { grant_type: "password", username: "alice", password: "alice123", ...client });
  const refresh = (h: Harness, token: string, client: Record<string, string>) =>
    post(h, "/oidc/token", { grant_type: "refresh_token", refresh_token: token, ...client });
  const PUBLIC = { client_id: "jobkit-default-client" };

  it("rotates on use; reusing a rotated token revokes its whole family", async () => {
    const h = harness();
    const first = (await signIn(h, PUBLIC)).body.refresh_token;
    const second = await refresh(h, first, PUBLIC);
    expect(second.status).toBe(200);
    expect(second.body.refresh_token).not.toBe(first);
    expect((await refresh(h, first, PUBLIC)).body.error).toBe("invalid_grant"); // the theft is noticed
    expect((await refresh(h, second.body.refresh_token, PUBLIC)).body.error).toBe("invalid_grant");
  });

  it("expires after refreshTokenLifetimeMs of mock time", async () => {
    const h = harness({ timing: { mode: "virtual" }, oidc: { refreshTokenLifetimeMs: 60_000 } });
    const token = (await signIn(h, PUBLIC)).body.refresh_token;
    h.mock.clock.advance(60_000);
    expect((await refresh(h, token, PUBLIC)).body.error).toBe("invalid_grant");
  });

  it("asks a confidential client for its secret", async () => {
    const h = harness();
    const client = { client_id: "alice-client", client_secret: "alice123" };
    const token = (await signIn(h, client)).body.refresh_token;
    const anonymous = await refresh(h, token, { client_id: "alice-client" });
    expect([anonymous.status, anonymous.body.error]).toEqual([401, "invalid_client"]);
    expect((await refresh(h, token, client)).status).toBe(200);
  });
});

describe("anonymous device codes", () => {
  it("holds at most maxDeviceCodes, answering 503 temporarily_unavailable, and purges expired ones", async () => {
    const h = harness({ timing: { mode: "virtual" }, oidc: { maxDeviceCodes: 3 } });
    const start = () =>
      post(h, "/oidc/device", {
        client_id: "jobkit-default-client",
        code_challenge: "x".repeat(43),
        code_challenge_method: "S256",
      });
    for (let i = 0; i < 3; i++) expect((await start()).status).toBe(200);
    const refused = await start();
    expect([refused.status, refused.body.error]).toEqual([503, "temporarily_unavailable"]);
    h.mock.clock.advance(600_000); // the default lifetime: all three expire
    expect((await start()).status).toBe(200);
    const listed = (await h.json("/_jobkit/oidc/device")).body.authorizations;
    expect(listed).toHaveLength(1);
  });
});

describe("job lists and quotas", () => {
  it("pages GET /jobs without limit by pageSize, with a next link, and clamps limit to 1000", async () => {
    const h = harness({ timing: { mode: "virtual" }, pageSize: 2 });
    const headers = await h.auth();
    for (let i = 0; i < 3; i++) await h.createJob();
    const first = (await h.json("/jobs", { headers })).body;
    expect(first.jobs).toHaveLength(2);
    const next = first.links.find((link: { rel: string }) => link.rel === "next").href;
    expect((await h.json(next.replace("http://localhost", ""), { headers })).body.jobs).toHaveLength(1);
  });

  it("cuts a page at 1 MiB of job summaries, the rest following by its next link", async () => {
    const h = harness();
    const headers = { ...(await h.auth()), "Content-Type": "application/json" };
    const body = JSON.stringify({ process: saveResultGraph(), description: "d".repeat(600_000) });
    for (let i = 0; i < 3; i++)
      expect((await h.request("/jobs", { method: "POST", headers, body })).status).toBe(201);
    const ids: string[] = [];
    let next: string | undefined = "/jobs?limit=10";
    for (let pages = 0; next && pages < 5; pages++) {
      const page: { jobs: { id: string }[]; links: { rel: string; href: string }[] } = (
        await h.json(next, { headers })
      ).body;
      expect(page.jobs).toHaveLength(1);
      ids.push(...page.jobs.map((job: { id: string }) => job.id));
      next = page.links
        .find((link: { rel: string }) => link.rel === "next")
        ?.href.replace("http://localhost", "");
    }
    expect(new Set(ids).size).toBe(3);
  });

  it("clamps a limit above 1000", async () => {
    const h = harness();
    const headers = { ...(await h.auth()), "Content-Type": "application/json" };
    const body = JSON.stringify({ process: saveResultGraph() });
    for (let i = 0; i < 1001; i++) await h.request("/jobs", { method: "POST", headers, body });
    const page = (await h.json("/jobs?limit=5000", { headers })).body;
    expect(page.jobs).toHaveLength(1000);
    expect(page.links.map((link: { rel: string }) => link.rel)).toContain("next");
  }, 30_000);

  it("refuses a user's job beyond maxJobsPerUser with 400 StorageQuotaExceeded, leaving others room", async () => {
    const h = harness({ timing: { mode: "virtual" }, maxJobsPerUser: 2 });
    await h.createJob();
    await h.createJob();
    const headers = { ...(await h.auth()), "Content-Type": "application/json" };
    const refused = await h.json("/jobs", {
      method: "POST",
      headers,
      body: JSON.stringify({ process: saveResultGraph() }),
    });
    expect([refused.status, refused.body.code]).toEqual([400, "StorageQuotaExceeded"]);
    expect(refused.body.message).toContain("per user");
    expect(await h.createJob(undefined, "bob")).toMatch(/^j-/);
    expect(h.mock.store.size).toBe(3);
  });
});

describe("HTTP Basic client credentials", () => {
  it("answers a broken %-escape with 400 invalid_request, at the token and the device endpoint", async () => {
    const h = harness();
    const authorization = `Basic ${btoa("alice-client:%zz")}`;
    for (const [path, form] of [
      ["/oidc/token", { grant_type: "client_credentials" }],
      ["/oidc/device", {}],
    ] as const) {
      const answer = await post(h, path, form, { Authorization: authorization });
      expect([answer.status, answer.body.error], path).toEqual([400, "invalid_request"]);
      expect(answer.body.error_description).toContain("%-escape");
    }
  });
});
