import type { Context } from "hono";
import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import { TrieRouter } from "hono/router/trie-router";
import { getPathNoStrict } from "hono/utils/url";
import { readBearerToken } from "./auth/read-bearer-token.js";
import { createUserRegistry } from "./auth/user-registry.js";
import { FaultRegistry, type FaultsHandle, type FaultTarget } from "./faults/fault-registry.js";
import { IdSource } from "./internal/id-source.js";
import { lazyModule } from "./internal/lazy-module.js";
import { errorBody, OpenEOError } from "./internal/openeo-error.js";
import { requestHeader } from "./internal/request-header.js";
import { json, preflight } from "./internal/respond.js";
import { createSecrets } from "./internal/secrets.js";
import { type Clock, createClock } from "./jobs/clock.js";
import { JobLifecycle } from "./jobs/job-lifecycle.js";
import { JobStore } from "./jobs/job-store.js";
import { createStoreHandle, type StoreHandle } from "./jobs/store-handle.js";
import { createJournal, type Journal } from "./journal.js";
import type { MockContext } from "./mock-context.js";
import type { MockEnv } from "./mock-env.js";
import { ConnectionResetError } from "./mock-error.js";
import { ExternalIssuer } from "./oidc/external-issuer.js";
import { IdentityProvider } from "./oidc/identity-provider.js";
import { jose } from "./oidc/jose.js";
import { OAuthError } from "./oidc/oauth-error.js";
import { type MockServerOptions, type ResolvedOptions, resolveOptions, type ServedApi } from "./options.js";
import { ProcessCatalog } from "./processes/process-catalog.js";
import { ResultsMemo } from "./results/results-memo.js";
import { DOWNLOAD_PREFIX, LinkSigner } from "./results/signed-links.js";
import { apiRoutes } from "./routes/api-routes.js";
import { CONTROL_PREFIX, controlRoutes } from "./routes/control-routes.js";
import { deviceVerificationRoutes } from "./routes/device-verification-routes.js";
import { identityProviderRoutes } from "./routes/identity-provider-routes.js";
import { wellKnownRoutes } from "./routes/well-known-routes.js";

/** What {@link createMockServer} returns. */
export interface MockServer {
  /** The Hono app: `app.request(path, init)` in process, `app.fetch` for servers. */
  app: Hono<MockEnv>;
  /** The mock's clock; `advance(ms)` moves virtual time (and wall time, as an offset). */
  clock: Clock;
  faults: FaultsHandle;
  store: StoreHandle;
  journal: Journal;
  /** The options after defaults were applied. */
  options: ResolvedOptions;
  /** Back to the state after creation: no jobs, tokens, faults, user-defined processes or journal; clock and ids restart. */
  reset(): void;
  /**
   * Loads the process engine and checks the back-end's own processes (`udp`) with it, which the first request that
   * needs processes does otherwise; rejects with an openEO `Internal` error naming a bad one.
   */
  loadProcesses(): Promise<void>;
}

/** A path without the prefix of the API tree it belongs to, as faults and job ids are matched. */
function unversioned(served: readonly ServedApi[], path: string): string {
  const tree = served.find(({ prefix }) => prefix && (path === prefix || path.startsWith(`${prefix}/`)));
  return tree ? path.slice(tree.prefix.length) || "/" : path;
}

function originOf(url: string): string {
  const slash = url.indexOf("/", url.indexOf("//") + 2);
  return slash < 0 ? url : url.slice(0, slash);
}

/** The job id in a `/jobs/{id}…` or download path, decoded as the routes see it (raw when the %-encoding is broken). */
function jobIdOfPath(path: string): string | undefined {
  const raw = /^\/(?:jobs|download)\/([^/]+)/.exec(path)?.[1];
  if (raw === undefined) return undefined;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** The `sub` of a JWT without verifying it: only for matching faults by user, never for access. Needs jose loaded. */
function unverifiedSubject(token: string): string | undefined {
  try {
    const sub = jose.get().decodeJwt(token).sub;
    return typeof sub === "string" ? sub : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Creates an in-memory openEO back-end, API 1.3.0 at the origin and 1.2.0 under `/openeo/1.2.0` (or one of them,
 * `apiVersion`): batch jobs with a controllable clock, synthetic results as STAC with signed download links, and
 * injectable faults.
 *
 * @example
 * ```ts
 * import { createMockServer } from "@jobkit/mock-server";
 *
 * const mock = createMockServer({ timing: { mode: "virtual" } });
 * const { access_token } = await (
 *   await mock.app.request("/credentials/basic", { headers: { Authorization: `Basic ${btoa("alice:alice123")}` } })
 * ).json();
 * // ... POST /jobs, POST /jobs/{id}/results, then:
 * mock.clock.advance(5_000); // the job is finished
 * ```
 */
export function createMockServer(options: MockServerOptions = {}): MockServer {
  const resolved = resolveOptions(options);
  const clock = createClock(resolved.timing.mode === "virtual");
  const secrets = createSecrets(resolved.seed);
  const users = createUserRegistry(resolved.users, secrets);
  const faults = new FaultRegistry(() => secrets.stream("fault-probabilities"));
  const results = new ResultsMemo();
  const ctx: MockContext = {
    options: resolved,
    clock,
    users,
    store: new JobStore(),
    lifecycle: new JobLifecycle(resolved, clock, users, () => secrets.outputSeed, results),
    results,
    faults,
    journal: createJournal(resolved.journalLimit),
    signer: new LinkSigner(() => secrets.key("link-signatures")),
    ids: new IdSource(secrets),
    processes: new ProcessCatalog({
      listed: resolved.processes,
      published: resolved.udp,
      fetching: {
        allowed: resolved.allowProcessUrls,
        fetch: resolved.processFetch,
        mirrors: resolved.processUrlMirrors,
      },
    }),
    get outputSeed() {
      return secrets.outputSeed;
    },
    syncRuns: new Map(),
    served: resolved.served,
    origin: resolved.baseUrl ? () => resolved.baseUrl as string : (c: Context) => originOf(c.req.url),
    base: (c: Context<MockEnv>) => `${ctx.origin(c)}${c.get("api")?.prefix ?? ""}`,
    idp: new IdentityProvider(resolved, secrets, clock, users),
    external: resolved.oidc.issuer
      ? new ExternalIssuer({ ...resolved.oidc, issuer: resolved.oidc.issuer }, clock, users)
      : undefined,
  };
  const store = createStoreHandle(ctx);
  let errorCount = 0;

  const reset = (): void => {
    clock.reset();
    users.reset();
    ctx.idp.reset();
    faults.reset();
    ctx.store.clear();
    ctx.journal.clear();
    ctx.ids.reset();
    ctx.syncRuns.clear();
    ctx.processes.reset();
    errorCount = 0;
    for (const fault of resolved.faults) faults.add(fault);
  };
  reset();

  const targetOf = (c: Context<MockEnv>): FaultTarget => {
    const path = unversioned(resolved.served, c.req.path);
    const jobId = jobIdOfPath(path);
    const bearer = readBearerToken(requestHeader(c, "authorization"));
    let user =
      bearer.kind === "basic" || bearer.kind === "plain" ? users.byToken(bearer.token)?.name : undefined;
    if (bearer.kind === "oidc" || (bearer.kind === "plain" && !user)) user = unverifiedSubject(bearer.token);
    if (!user && jobId && path.startsWith(DOWNLOAD_PREFIX)) user = ctx.store.get(jobId)?.owner;
    return { method: c.req.method, path, user, jobId };
  };

  // Like `strict: false` (a trailing slash is ignored), and a doubled slash (`//jobs`, `/jobs//j-1`) is served
  // as the single one, as common front ends do.
  // The trie router: Hono's default tries its RegExpRouter first at the first request, which cannot hold
  // `{.+}` (collection ids with a slash) and falls back to the trie after building it for nothing.
  const app = new Hono<MockEnv>({
    router: new TrieRouter(),
    getPath: (request) => {
      const path = getPathNoStrict(request);
      return path.includes("//") ? path.replace(/\/{2,}/g, "/") : path;
    },
  });

  const journaling = resolved.journalLimit > 0;
  app.use("*", async (c, next) => {
    const path = c.req.path;
    if (!journaling || path.startsWith(CONTROL_PREFIX)) return next();
    const time = clock.now();
    try {
      await next();
    } catch (error) {
      ctx.journal.record({ method: c.req.method, path, status: 0, time });
      throw error;
    }
    const user = c.get("user")?.name;
    ctx.journal.record({ method: c.req.method, path, status: c.res.status, time, ...(user ? { user } : {}) });
  });
  // Faults sit inside the journal, so the journal sees the status an injected error answers with. Their
  // middleware is loaded with the first fault installed; a fault may match the subject of a bearer JWT, read
  // with jose.
  const faulted = lazyModule("fault injection", () =>
    import("./faults/request-faults.js").then(({ requestFaults }) => requestFaults(faults, targetOf)),
  );
  app.use("*", (c, next) =>
    faults.isEmpty || c.req.path.startsWith(CONTROL_PREFIX)
      ? next()
      : Promise.all([faulted.load(), jose.load()]).then(([middleware]) => middleware(c, next)),
  );

  app.options("*", (c) => preflight(c));
  app.route("/", wellKnownRoutes(ctx));
  app.route("/", identityProviderRoutes(ctx));
  app.route("/", deviceVerificationRoutes(ctx));
  app.route("/", controlRoutes(ctx, store, reset));
  // The origin's tree first: its middleware sees every path, a prefixed tree's then overrides the version.
  for (const { version, prefix } of resolved.served)
    app.route(prefix || "/", apiRoutes(ctx, version, prefix));

  app.notFound((c) => {
    errorCount += 1;
    return json(
      c,
      errorBody(
        `e-${errorCount}`,
        "NotFound",
        `No endpoint answers ${c.req.method} ${c.req.path}; GET / lists the endpoints.`,
      ),
      404,
    );
  });

  app.onError((error, c) => {
    if (error instanceof ConnectionResetError) throw error;
    errorCount += 1;
    const id = `e-${errorCount}`;
    if (error instanceof OAuthError)
      return json(c, error.body, error.status, { "cache-control": "no-store" });
    if (error instanceof OpenEOError) {
      const body = { ...error.fields, ...errorBody(id, error.code, error.message) };
      return json(c, body, error.status, error.headers);
    }
    if (error instanceof HTTPException) {
      return json(
        c,
        errorBody(id, error.status === 413 ? "PayloadTooLarge" : "BadRequest", error.message),
        error.status,
      );
    }
    return json(
      c,
      errorBody(id, "Internal", "The mock back-end hit an internal error; please report it."),
      500,
    );
  });

  return {
    app,
    clock,
    faults,
    store,
    journal: { entries: () => ctx.journal.entries(), clear: () => ctx.journal.clear() },
    options: resolved,
    reset,
    loadProcesses: () => ctx.processes.load(),
  };
}
