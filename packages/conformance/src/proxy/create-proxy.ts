import http from "node:http";
import https from "node:https";
import type { AddressInfo, Socket } from "node:net";
import { ConformanceUsageError } from "../errors.js";
import { createRedactor, type Redactor } from "../redaction/create-redactor.js";
import { positive } from "../run-conformance.js";
import { forwardExchange } from "./forward-exchange.js";
import { sendGatewayError } from "./gateway-error.js";
import type { ProxiedExchange } from "./proxied-exchange.js";
import { createUrlRewriter, type RewriteCounts } from "./rewrite-urls.js";
import { createTrafficJudge, type TrafficJudge } from "./traffic-judge.js";
import { upstreamTarget } from "./upstream-target.js";
import type { Violation } from "./verdicts.js";

/** Options of {@link createProxy}. */
export interface ProxyOptions {
  /** The openEO back-end: its API base URL (the origin when discovery lives there). */
  upstream: string;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 0 (a free port). */
  port?: number;
  /** Rewrite asset hrefs of results documents through the proxy, so downloads are checked too. Default false. */
  followAssets?: boolean;
  /** Budget in ms for the upstream's silence: until the answer's headers, and between body bytes. Default 30 s. */
  requestTimeoutMs?: number;
  /** Budget in ms for one whole exchange. Default 10 min. */
  exchangeTimeoutMs?: number;
  /** The most bytes of a body kept for validation (and rewriting). Default 16 MiB. */
  validationCapBytes?: number;
  /** Called with every exchange once it is closed and judged. */
  onExchange?: (exchange: ProxiedExchange, violations: readonly Violation[]) => void;
  /** Called with each violation as it is found. */
  onViolation?: (violation: Violation) => void;
}

/** A running proxy. */
export interface ValidatingProxy {
  /** The API URL to give clients: the proxy's origin with the upstream's path. */
  readonly url: string;
  readonly origin: string;
  readonly upstream: URL;
  readonly followAssets: boolean;
  readonly judge: TrafficJudge;
  readonly rewrites: Readonly<RewriteCounts>;
  /**
   * A copy of a value (a result, a record line) with every secret hidden: credentials and tokens by name, and by
   * value every credential, token and signed-link signature the proxy has seen in the traffic so far.
   */
  redact<T>(value: T): T;
  /** Stops accepting, lets open exchanges finish within `graceMs` (default 5 s), then cuts them. */
  close(graceMs?: number): Promise<void>;
}

function upstreamUrl(value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConformanceUsageError(
      `--upstream "${value}" is not a URL; give e.g. http://127.0.0.1:8080/openeo/1.2.`,
    );
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new ConformanceUsageError(`--upstream must be an http or https URL, got "${value}".`);
  return url;
}

/** Learns the secrets of an exchange: the credentials it sent, the tokens and signed links it answered. */
function learnSecrets(redactor: Redactor, exchange: ProxiedExchange): void {
  redactor.learnRequest(exchange.requestHeaders);
  if (!exchange.bodyJudgeable) return;
  try {
    redactor.learnAnswer(JSON.parse(new TextDecoder().decode(exchange.responseBody)));
  } catch {
    // not JSON: nothing to learn by name
  }
}

/**
 * Starts a validating proxy in front of an openEO back-end: it forwards every request and answer and judges the
 * traffic (client and server side) against the contract and the profile rules.
 *
 * @example
 * const proxy = await createProxy({ upstream: "http://127.0.0.1:8080" });
 * // point a client at proxy.url, run it, then:
 * await proxy.close();
 * console.log(proxy.judge.verdicts.violations);
 */
export async function createProxy(options: ProxyOptions): Promise<ValidatingProxy> {
  const upstream = upstreamUrl(options.upstream);
  const followAssets = options.followAssets ?? false;
  const requestTimeoutMs = positive(options.requestTimeoutMs, 30_000, "requestTimeoutMs");
  const exchangeTimeoutMs = positive(options.exchangeTimeoutMs, 600_000, "exchangeTimeoutMs");
  const capBytes = positive(options.validationCapBytes, 16 * 1024 * 1024, "validationCapBytes");
  const agent =
    upstream.protocol === "https:"
      ? new https.Agent({ keepAlive: true })
      : new http.Agent({ keepAlive: true });
  const judge = createTrafficJudge({
    upstream,
    followAssets,
    validationCapBytes: capBytes,
    startedAt: Date.now(),
    ...(options.onViolation ? { onViolation: options.onViolation } : {}),
  });
  const redactor = createRedactor();
  let seq = 0;
  let origin = "";
  let rewriter = createUrlRewriter(upstream.origin, origin, followAssets);
  const sockets = new Set<Socket>();
  const open = new Set<Promise<void>>();

  const server = http.createServer((request, response) => {
    const target = upstreamTarget(request.url ?? "", upstream);
    if (!target) {
      sendGatewayError(
        request,
        response,
        "not-origin-form",
        `the proxy takes paths ("/jobs"), not "${request.url}".`,
      );
      return;
    }
    response.sendDate = false; // the upstream's Date (or none) goes through; the proxy adds nothing
    seq += 1;
    const context = { seq, upstream, target, rewriter, agent, requestTimeoutMs, exchangeTimeoutMs, capBytes };
    const done = forwardExchange(request, response, context).then((exchange) => {
      learnSecrets(redactor, exchange);
      const before = judge.verdicts.violations.length;
      judge.judge(exchange);
      options.onExchange?.(exchange, judge.verdicts.violations.slice(before));
    });
    open.add(done);
    done.finally(() => open.delete(done));
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  server.on("clientError", (_error, socket) => socket.destroy());
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  origin = `http://${host}:${address.port}`;
  rewriter = createUrlRewriter(upstream.origin, origin, followAssets);
  const path = upstream.pathname === "/" ? "" : upstream.pathname.replace(/\/$/, "");

  return {
    url: `${origin}${path}`,
    origin,
    upstream,
    followAssets,
    judge,
    get rewrites() {
      return rewriter.counts;
    },
    redact: (value) => redactor.deep(value),
    async close(graceMs = 5_000) {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const grace = new Promise<void>((resolve) => setTimeout(resolve, graceMs).unref());
      await Promise.race([Promise.allSettled([...open]), grace]);
      for (const socket of sockets) socket.destroy();
      await Promise.allSettled([...open]);
      await closed;
      agent.destroy();
    },
  };
}
