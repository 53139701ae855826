#!/usr/bin/env node
import type { ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { parseArgs } from "node:util";
import type { ApiVersion } from "@jobkit/spec/facts";
import { byteSize } from "./cli/byte-size.js";
import { red, useColour } from "./cli/colour.js";
import { duration } from "./cli/duration.js";
import { httpUrl } from "./cli/http-url.js";
import { packageVersion } from "./cli/package-version.js";
import type { MockServer } from "./create-mock-server.js";
import { MOCK_PREFIX, MockCatalogError, MockOptionsError, mockMessage } from "./mock-error.js";
import type { MockServerOptions, MockUser, ResultOptions, TimingOptions } from "./options.js";

const USAGE = `Usage: jobkit-mock [options]

Durations take a unit (500ms, 30s, 2m, 1h); a bare number is milliseconds.
A flag wins over its environment variable. NO_COLOR / FORCE_COLOR turn colour off / on.

  --port <n>               port to listen on (default $JOBKIT_PORT, else $PORT, else 8080; 0 = a free port)
  --host <host>            interface to bind (default $JOBKIT_HOST, else 127.0.0.1)
  --seed <n>               seed for ids, tokens, keys and outputs (default 1 on loopback;
                           beyond loopback secrets are random and --seed needs
                           --insecure-reproducible-secrets)
  --insecure-reproducible-secrets   allow --seed beyond loopback: anyone who knows or
                           guesses the seed can sign in as any user
  --timing <mode>          wall | virtual | poll (default wall)
  --queued-ms <d>          time a started job stays queued (default 1s)
  --running-ms <d>         time a job stays running (default 3s)
  --user <name:password[:credit]>   a user (repeatable; replaces the default users)
  --base-url <url>         http(s) origin used in links (default: the request's origin)
  --large-asset-bytes <n>  add a synthetic large.bin asset of n bytes to every finished job
  --retention-ms <d>       delete results this long after a run ended (then unpublished; default: keep)
  --max-jobs <n>           store at most n jobs; then POST /jobs answers 400 StorageQuotaExceeded
                           until jobs are deleted (default: no limit)
  --max-jobs-per-user <n>  store at most n jobs per user, the same way (default: no limit on
                           loopback, 1000 beyond)
  --max-body <size>        largest request body accepted, e.g. 512KiB, 16MiB or 1GiB (a bare number
                           is bytes; default 16MiB); a bigger one answers 413 PayloadTooLarge
  --max-cube-cells <n>     most cells (pixels x bands x dates) of one data cube the process engine
                           computes (default 20971520 = 20 Mi: a job saving one such cube
                           peaks near 640 MiB); a bigger load is sampled on a coarser grid
                           (with a warning); a cube still bigger fails the job or sync
                           request with CubeTooLarge, naming the limit
  --max-pixels-per-axis <n>
                           most pixels along x or y of the synthetic data (default 256): a wider
                           extent is sampled on a coarser grid than 10 m
  --max-run-ms <d>         how long the engine may compute one job or sync request (default 60s):
                           a process that would start later fails the run with RequestTimeout
  --page-size <n>          GET /jobs without limit answers n jobs and a next link (at most 1000;
                           default: all on loopback, as openEO says; 1000 beyond)
  --api-version <v>        serve only openEO API 1.3.0 or 1.2.0, at the origin (default: both,
                           1.3.0 at the origin and 1.2.0 under /openeo/1.2.0)
  --api-path <path>        serve that version (or 1.3.0) under this path instead of the origin,
                           as deployed back-ends do (/v1, /openeo/1.3); /.well-known/openeo lists it
  --results-type <type>    Item | Collection: the STAC type of job results (default Item)
  --catalog <file>         serve the collections of this STAC JSON file instead of the built-in
                           ones: a Collection, a saved GET /collections page, or an array of
                           either (repeatable: the pages of a paginated listing are concatenated)
  --processes <path>       GET /processes lists exactly these processes, verbatim: a saved GET
                           /processes page of a back-end, or a folder of process definitions
                           (*.json, one each); those the engine lacks run shape-only (repeatable)
  --udp <file>             publish the back-end user-defined processes of this JSON file (one
                           process or {processes: [...]}; namespace backend; repeatable)
  --allow-process-url <prefix>  fetch process definitions named by a namespace URL under this
                           prefix (repeatable; loopback only when given; default: none)
  --mirror-process-url <prefix>=<dir>  answer the allowed namespace URLs under prefix from the
                           files of dir, never the network: a URL's rest after prefix is its
                           file's path in dir; prefix lies under or over an --allow-process-url
                           prefix (repeatable; for offline and air-gapped runs)
  --token-lifetime-ms <d>  lifetime of OpenID Connect access tokens (default 1h)
  --device-approval-ms <d> approve device codes as the first user after this much mock time
                           (default 1000 on loopback; "never": only through the control API or
                           the verification page, the only choice beyond loopback)
  --oidc-issuer <url>      trust this external OpenID Connect issuer instead of the mock's own
  --oidc-audience <aud>    with --oidc-issuer: accept only its tokens for this audience
                           (default: any audience)
  --control-token <secret> require Authorization: Bearer <secret> on the control API /_jobkit;
                           required when --host is not a loopback address (or $JOBKIT_CONTROL_TOKEN)
  --exit-with-stdin        stop when standard input ends (a parent that dies, even by SIGKILL, takes the mock along)
  --ready-json             when ready, print one JSON line on stdout (URL, API versions, users, control API,
                           seed) and nothing else there; the banner goes to stderr
  -h, --help               show this help
  --version                print jobkit-mock's version

Exit codes: 0 stopped by SIGINT/SIGTERM or the end of stdin; 2 usage error or the port cannot be used.`;

function integer(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value))
    throw new MockOptionsError(`--${name} needs a non-negative integer, got "${value}".`);
  return Number(value);
}

function parseUser(spec: string): MockUser {
  const [name, password, credit, ...rest] = spec.split(":");
  if (!name || !password || rest.length > 0) {
    throw new MockOptionsError(`--user needs name:password[:credit], got "${spec}".`);
  }
  return credit === undefined
    ? { name, password }
    : { name, password, credit: integer(credit, "user credit") as number };
}

/** `PREFIX=DIR` of `--mirror-process-url`, split at the first `=` (URL prefixes seldom hold one). */
function parseMirror(spec: string): [string, string] {
  const at = spec.indexOf("=");
  if (at <= 0 || at === spec.length - 1)
    throw new MockOptionsError(`--mirror-process-url needs PREFIX=DIR, got "${spec}".`);
  return [spec.slice(0, at), spec.slice(at + 1)];
}

const LOOPBACK = new Set(["127.0.0.1", "localhost", "::1", "[::1]"]);

function isLoopback(host: string): boolean {
  return LOOPBACK.has(host) || host.startsWith("127.");
}

/** What beyond loopback asks for on the command line. */
interface NetworkFlags {
  controlToken: string | undefined;
  insecureSeed: boolean;
}

/**
 * Beyond loopback: the control API needs a token, secrets come from the CSPRNG (a seed only with
 * --insecure-reproducible-secrets), device codes are never approved automatically, and each user's jobs and
 * pages are bounded unless set.
 */
function secure(options: MockServerOptions, host: string, flags: NetworkFlags): void {
  if (flags.controlToken !== undefined) options.controlToken = flags.controlToken;
  if (isLoopback(host)) return;
  const beyond = `listening on ${host} (beyond loopback)`;
  if (flags.controlToken === undefined) {
    throw new MockOptionsError(
      `${beyond} needs --control-token <secret>, else anyone reaching the port controls the mock.`,
    );
  }
  if (options.seed !== undefined && !flags.insecureSeed)
    throw new MockOptionsError(
      `${beyond} with --seed needs --insecure-reproducible-secrets: a seed makes every token and key guessable.`,
    );
  if (options.oidc?.deviceApprovalMs != null)
    throw new MockOptionsError(
      `${beyond} never approves device codes by itself; drop --device-approval-ms (approve through /_jobkit or the verification page).`,
    );
  options.seed ??= "random";
  options.oidc = { ...options.oidc, deviceApprovalMs: null };
  options.maxJobsPerUser ??= 1000;
}

/** The start line about secrets: where they come from, with a warning for a seed beyond loopback. */
function secretsLine(seed: number | "random", host: string): string {
  if (seed === "random") return "secrets: random (CSPRNG): ids, tokens and keys cannot be reproduced";
  if (isLoopback(host)) return `seed ${seed}`;
  return `WARNING: seed ${seed} beyond loopback (--insecure-reproducible-secrets): anyone who knows or guesses it can forge tokens and sign in as any user`;
}

function oidcOptions(lifetime: string | undefined, approval: string | undefined): MockServerOptions["oidc"] {
  const oidc: NonNullable<MockServerOptions["oidc"]> = {};
  if (lifetime !== undefined) oidc.tokenLifetimeMs = duration(lifetime, "token-lifetime-ms");
  if (approval !== undefined)
    oidc.deviceApprovalMs = approval === "never" ? null : duration(approval, "device-approval-ms");
  return oidc;
}

const OPTIONS = {
  port: { type: "string" },
  host: { type: "string" },
  seed: { type: "string" },
  timing: { type: "string" },
  "queued-ms": { type: "string" },
  "running-ms": { type: "string" },
  user: { type: "string", multiple: true },
  "base-url": { type: "string" },
  "large-asset-bytes": { type: "string" },
  "retention-ms": { type: "string" },
  "max-jobs": { type: "string" },
  "api-version": { type: "string" },
  "api-path": { type: "string" },
  "token-lifetime-ms": { type: "string" },
  "device-approval-ms": { type: "string" },
  "control-token": { type: "string" },
  "oidc-issuer": { type: "string" },
  "oidc-audience": { type: "string" },
  "max-jobs-per-user": { type: "string" },
  "page-size": { type: "string" },
  "max-body": { type: "string" },
  "max-cube-cells": { type: "string" },
  "max-pixels-per-axis": { type: "string" },
  "max-run-ms": { type: "string" },
  "insecure-reproducible-secrets": { type: "boolean", default: false },
  "results-type": { type: "string" },
  catalog: { type: "string", multiple: true },
  processes: { type: "string", multiple: true },
  udp: { type: "string", multiple: true },
  "allow-process-url": { type: "string", multiple: true },
  "mirror-process-url": { type: "string", multiple: true },
  "exit-with-stdin": { type: "boolean", default: false },
  "ready-json": { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
  version: { type: "boolean", default: false },
} as const;

/** The flags; a bad one → MockOptionsError (its wording loaded only then). */
async function parse(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, strict: true }).values;
  } catch (error) {
    const { optionError } = await import("./cli/option-error.js");
    throw new MockOptionsError(
      optionError(
        error,
        Object.keys(OPTIONS).map((name) => `--${name}`),
      ),
    );
  }
}

/** The server side, loaded once the arguments are read: `--help` and bad arguments never pay for it. */
function loadServer() {
  return Promise.all([
    import("@hono/node-server"),
    import("./create-mock-server.js"),
    import("./internal/answer-client-error.js"),
    import("./internal/bodiless-response.js"),
    import("./ready-document.js"),
  ]);
}

async function main(): Promise<void> {
  const values = await parse(process.argv.slice(2));
  const env = process.env;
  if (values.help || values.version) {
    console.log(values.help ? USAGE : `jobkit-mock ${packageVersion()}`);
    return;
  }
  const host = values.host ?? (env.JOBKIT_HOST || "127.0.0.1");
  const timing: TimingOptions = {
    mode: (values.timing ?? "wall") as TimingOptions["mode"],
    ...(values["queued-ms"] !== undefined ? { queuedMs: duration(values["queued-ms"], "queued-ms") } : {}),
    ...(values["running-ms"] !== undefined
      ? { runningMs: duration(values["running-ms"], "running-ms") }
      : {}),
  };
  const options: MockServerOptions = { timing };
  if (values.seed !== undefined) options.seed = integer(values.seed, "seed");
  if (values.user) options.users = values.user.map(parseUser);
  if (values["base-url"]) options.baseUrl = httpUrl(values["base-url"], "base-url");
  if (values["max-jobs"] !== undefined) options.maxJobs = integer(values["max-jobs"], "max-jobs");
  if (values["max-jobs-per-user"] !== undefined)
    options.maxJobsPerUser = integer(values["max-jobs-per-user"], "max-jobs-per-user");
  if (values["page-size"] !== undefined) options.pageSize = integer(values["page-size"], "page-size");
  if (values["max-body"] !== undefined) options.maxBodyBytes = byteSize(values["max-body"], "max-body");
  if (values["max-cube-cells"] !== undefined)
    options.maxCubeCells = integer(values["max-cube-cells"], "max-cube-cells");
  if (values["max-pixels-per-axis"] !== undefined)
    options.maxPixelsPerAxis = integer(values["max-pixels-per-axis"], "max-pixels-per-axis");
  const maxRun = duration(values["max-run-ms"], "max-run-ms");
  if (maxRun !== undefined) options.maxRunMs = maxRun;
  const large = integer(values["large-asset-bytes"], "large-asset-bytes");
  const retention = duration(values["retention-ms"], "retention-ms");
  const resultsType = values["results-type"] as ResultOptions["type"];
  options.results = {
    ...(large !== undefined ? { largeAssetBytes: large } : {}),
    ...(retention !== undefined ? { retentionMs: retention } : {}),
    ...(resultsType !== undefined ? { type: resultsType } : {}),
  };
  if (values["api-version"] !== undefined) options.apiVersion = values["api-version"] as ApiVersion;
  if (values["api-path"] !== undefined) options.apiPath = values["api-path"];
  if (values.catalog) options.catalog = values.catalog;
  if (values.processes) options.processes = values.processes;
  if (values.udp) options.udp = values.udp;
  if (values["allow-process-url"]) options.allowProcessUrls = values["allow-process-url"];
  if (values["mirror-process-url"])
    options.processUrlMirrors = Object.fromEntries(values["mirror-process-url"].map(parseMirror));
  options.oidc = {
    ...oidcOptions(values["token-lifetime-ms"], values["device-approval-ms"]),
    ...(values["oidc-issuer"] !== undefined && { issuer: httpUrl(values["oidc-issuer"], "oidc-issuer") }),
    ...(values["oidc-audience"] !== undefined && { audience: values["oidc-audience"] }),
  };
  secure(options, host, {
    controlToken: values["control-token"] ?? (env.JOBKIT_CONTROL_TOKEN || undefined),
    insecureSeed: values["insecure-reproducible-secrets"],
  });
  const portFrom = values.port ? "port" : env.JOBKIT_PORT ? "port (from $JOBKIT_PORT)" : "port (from $PORT)";
  const port = integer(values.port ?? (env.JOBKIT_PORT || env.PORT || "8080"), portFrom) as number;
  if (port > 65_535) throw new MockOptionsError(`--port needs 0 to 65535, got ${port}.`);
  const [
    { serve },
    { createMockServer },
    { answerClientError },
    { BodilessAwareResponse },
    { readyDocument },
  ] = await loadServer();
  const mock = await createMockServerWithFlags(createMockServer, options);
  if (values.udp) await checkPublishedProcesses(mock);
  // With --ready-json, stdout carries the ready line only; the human lines go to stderr.
  const say = values["ready-json"] ? console.error : console.log;

  const serverOptions = { ServerResponse: BodilessAwareResponse as typeof ServerResponse };
  const server = serve(
    { fetch: mock.app.fetch, port, hostname: host, serverOptions },
    (info: AddressInfo) => {
      const host = info.family === "IPv6" ? `[${info.address}]` : info.address;
      const url = `http://${host}:${info.port}`;
      if (values["ready-json"]) process.stdout.write(`${JSON.stringify(readyDocument(mock.options, url))}\n`);
      say(`jobkit-mock listening on ${url}`);
      const versions = mock.options.served.map(({ version, prefix }) => `${version} at ${prefix || "/"}`);
      say(`openEO API ${versions.join(", ")}`);
      say(
        `timing: ${mock.options.timing.mode} (queued ${mock.options.timing.queuedMs} ms, running ${mock.options.timing.runningMs} ms), ${secretsLine(mock.options.seed, host)}`,
      );
      say(
        "demo credentials (HTTP Basic at /credentials/basic; OpenID Connect client credentials of provider jobkit):",
      );
      for (const user of mock.options.users)
        say(
          `  ${user.name} / ${user.password} (credit ${user.credit}); client ${user.name}-client / ${user.password}`,
        );
      if (mock.options.oidc.issuer)
        say(`OpenID Connect: trusting the external issuer ${mock.options.oidc.issuer} (provider jobkit)`);
      if (mock.options.oidc.deviceApprovalMs === null && !mock.options.oidc.issuer)
        say(
          "device codes: approved by their user on /oidc/device, or by POST /_jobkit/oidc/device/approve; never by themselves",
        );
      const guarded = mock.options.controlToken === undefined ? "" : " (needs the control token)";
      say(
        `control API${guarded}: /_jobkit (clock/advance, faults, journal, reset, oidc/device); Ctrl+C stops.`,
      );
    },
  );
  server.on("clientError", answerClientError);
  server.on("error", (error) => {
    console.error(mockMessage(`cannot listen on ${host}:${port}: ${error.message}`));
    process.exit(2);
  });

  const shutdown = (reason: string): void => {
    say(mockMessage(`${reason}, shutting down.`));
    server.close(() => process.exit(0));
    if ("closeAllConnections" in server) server.closeAllConnections();
  };
  process.once("SIGINT", () => shutdown("SIGINT received"));
  process.once("SIGTERM", () => shutdown("SIGTERM received"));
  if (values["exit-with-stdin"]) process.stdin.once("end", () => shutdown("standard input ended")).resume();
}

/** `createMockServer`, its option errors naming the CLI's flags (`--timing`, not `timing.mode`). */
async function createMockServerWithFlags(
  createMockServer: (options: MockServerOptions) => MockServer,
  options: MockServerOptions,
): Promise<MockServer> {
  try {
    return createMockServer(options);
  } catch (error) {
    if (!(error instanceof MockOptionsError)) throw error;
    const { withFlagNames } = await import("./cli/flag-names.js");
    throw new MockOptionsError(withFlagNames(error.message.replace(`${MOCK_PREFIX} `, "")), { cause: error });
  }
}

/** `--udp` processes checked by the engine before the mock listens: a bad one is a usage error, not a 500 later. */
async function checkPublishedProcesses(mock: MockServer): Promise<void> {
  try {
    await mock.loadProcesses();
  } catch (error) {
    throw new MockOptionsError(`--udp: ${(error as Error).message}`, { cause: error });
  }
}

try {
  await main();
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  const colour = useColour(process.env, process.stderr.isTTY);
  const details =
    error instanceof MockCatalogError ? error.problems.map((problem) => `\n  ${problem}`).join("") : "";
  console.error(`${red(message, colour)}${details}\nRun \`jobkit-mock --help\` for the options.`);
  process.exit(2);
}
