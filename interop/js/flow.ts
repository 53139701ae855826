/**
 * The official openEO JS client (`@openeo/js-client`), unmodified, against a running openEO back-end.
 * Usage: tsx js/flow.ts URL 1.3.0|1.2.0 — one line per step, closing `N passed, N failed`, exit code 1 on any failure.
 */
import { createHash } from "node:crypto";
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import type { Readable } from "node:stream";
import { DEFAULT_API_VERSION, JWT_CONFORMANCE_CLASS } from "@jobkit/spec";
import { type Builder, Formula, OpenEO } from "@openeo/js-client";
import {
  createStepReporter,
  type Exchange,
  previewBody,
  previewHeaders,
  StepSkipped,
} from "../harness/step-reporter.js";

type Connection = Awaited<ReturnType<typeof OpenEO.connect>>;
type AuthMode = "basic" | "client-credentials";
/** The API version the mock serves (by default; the runner may name another). */
const API_VERSION = process.env.JOBKIT_API_VERSION ?? DEFAULT_API_VERSION;
/** What the flow uses of the js-client's OidcProvider (its typings list only the base AuthProvider). */
interface OidcProviderLike {
  getType(): string;
  setGrant(grant: string): void;
  setClientId(id: string): void;
  setClientSecret(secret: string): void;
  login(): Promise<void>;
}
type Job = Awaited<ReturnType<Connection["createJob"]>>;
type Asset = { href: string; type?: string; "file:size"?: number; "file:checksum"?: string };

interface AxiosLike {
  getUri(config: object): string;
  interceptors: {
    response: {
      use(
        onFulfilled: (response: AxiosResponseLike) => AxiosResponseLike,
        onRejected: (error: {
          config?: AxiosConfigLike;
          response?: AxiosResponseLike;
          message: string;
        }) => never,
      ): void;
    };
  };
}
interface AxiosConfigLike {
  method?: string;
  headers?: Record<string, unknown>;
}
interface AxiosResponseLike {
  config: AxiosConfigLike;
  status: number;
  data: unknown;
  headers: Record<string, unknown>;
}

const USER = "alice";
const PASSWORD = "alice123";
const EXTENT = { west: 5.0, south: 51.2, east: 5.1, north: 51.3 };
const LOAD = {
  process_id: "load_collection",
  arguments: {
    id: "SENTINEL2_L2A",
    spatial_extent: EXTENT,
    temporal_extent: ["2024-06-04", "2024-06-09"], // one observation date: one GeoTIFF per save_result
    bands: ["B04", "B08"],
  },
};
const TWO_OUTPUTS = {
  process_graph: {
    load: LOAD,
    save_tiff: { process_id: "save_result", arguments: { data: { from_node: "load" }, format: "GTiff" } },
    save_json: {
      process_id: "save_result",
      arguments: { data: { from_node: "load" }, format: "JSON" },
      result: true,
    },
  },
};
const ONE_TIFF = {
  process_graph: {
    load: LOAD,
    save: {
      process_id: "save_result",
      arguments: { data: { from_node: "load" }, format: "GTiff" },
      result: true,
    },
  },
};
const POLL_MS = 50;
const WAIT_BUDGET_MS = 15_000;
const TIFF_MAGIC = ["49492a00", "4d4d002a"];

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

function describeResponse(response: AxiosResponseLike): string {
  const body = previewBody(response.data, String(response.headers["content-type"] ?? ""));
  return body === "<empty body>" ? `${body} ${previewHeaders(response.headers)}` : body;
}

/** Hooks the axios instance the client itself uses, so a failed step can show its last request. */
function recordExchanges(record: (exchange: Exchange) => void): void {
  const clientRequire = createRequire(createRequire(import.meta.url).resolve("@openeo/js-client"));
  const axios = clientRequire("axios") as AxiosLike;
  const toExchange = (
    config: AxiosConfigLike | undefined,
    response?: AxiosResponseLike,
    message?: string,
  ) => ({
    method: config?.method ?? "?",
    url: config ? axios.getUri(config) : "?",
    status: response?.status,
    body: response ? describeResponse(response) : `${message}`,
  });
  axios.interceptors.response.use(
    (response) => {
      record(toExchange(response.config, response));
      return response;
    },
    (error) => {
      record(toExchange(error.config, error.response, error.message));
      throw error;
    },
  );
}

async function waitForStatus(job: Job, wanted: string): Promise<void> {
  const deadline = Date.now() + WAIT_BUDGET_MS;
  const seen: string[] = [];
  while (Date.now() < deadline) {
    const status = String((await job.describeJob()).status);
    if (seen.at(-1) !== status) seen.push(status);
    if (status === wanted) return;
    if (wanted === "finished" && ["error", "canceled"].includes(status)) break;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  throw new Error(
    `job ${job.id} did not reach '${wanted}' within ${WAIT_BUDGET_MS} ms; saw ${seen.join(" → ")}`,
  );
}

async function readStream(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

function hrefName(href: string): string {
  return basename(new URL(href).pathname);
}

/** openEO 1.3.0: a finished job carries queued and started, and created ≤ queued ≤ started ≤ updated. */
function checkRunTimes(job: Record<string, unknown>): void {
  const names = ["created", "queued", "started", "updated"];
  const missing = names.filter((name) => typeof job[name] !== "string");
  check(missing.length === 0, `finished job lacks ${missing.join(", ")}`);
  const times = names.map((name) => Date.parse(String(job[name])));
  check(
    times.every((time, index) => index === 0 || (times[index - 1] as number) <= time),
    `timestamps out of order: ${names.map((name) => `${name} ${job[name]}`).join(", ")}`,
  );
}

/** Signs in as USER: HTTP Basic, or OIDC client credentials of the back-end's first provider. */
async function signIn(con: Connection, auth: AuthMode): Promise<void> {
  if (auth === "basic") {
    await con.authenticateBasic(USER, PASSWORD);
    return;
  }
  const providers = (await con.listAuthProviders()) as unknown as OidcProviderLike[];
  const provider = providers.find((p) => p.getType() === "oidc");
  if (!provider) throw new Error("the back-end lists no OpenID Connect provider");
  provider.setGrant("client_credentials");
  provider.setClientId(`${USER}-client`);
  provider.setClientSecret(PASSWORD);
  await provider.login();
}

async function main(url: string, auth: AuthMode): Promise<number> {
  const reporter = createStepReporter();
  recordExchanges((exchange) => reporter.record(exchange));
  const workdir = await mkdtemp(join(tmpdir(), "jobkit-interop-js-"));
  const state: { con?: Connection; job?: Job; assets?: Asset[]; deletedId?: string } = {};
  const need = <K extends keyof typeof state>(key: K): NonNullable<(typeof state)[K]> => {
    const value = state[key];
    if (value === undefined) throw new StepSkipped(`needs '${key}' from an earlier step that failed`);
    return value as NonNullable<(typeof state)[K]>;
  };

  await reporter.step("OpenEO.connect", async () => {
    // The client falls back to the given URL when /.well-known/openeo fails, saying so only by console.warn.
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(" "));
    const con = await OpenEO.connect(url).finally(() => {
      console.warn = warn;
    });
    check(warnings.length === 0, `the client warned: ${warnings.join("; ")}`);
    const version = con.capabilities().apiVersion();
    check(version === API_VERSION, `capabilities api_version is '${version}', expected '${API_VERSION}'`);
    state.con = con;
  });

  await reporter.step(
    auth === "basic" ? "authenticateBasic" : "OIDC client credentials (listAuthProviders)",
    async () => {
      const con = need("con");
      await signIn(con, auth);
      check(con.isAuthenticated(), `not authenticated after signing in (${auth})`);
      const bearer = String(con.getAuthProvider()?.getToken() ?? "");
      // With the JWT conformance class (1.3.0) the client sends the bare token, else openEO's legacy prefix.
      const plain = con.capabilities().hasConformance(JWT_CONFORMANCE_CLASS);
      const prefix = plain ? "" : auth === "basic" ? "basic//" : "oidc/jobkit/";
      const bare = bearer.slice(prefix.length);
      check(
        bearer.startsWith(prefix) && !bare.includes("/"),
        `the client sends Bearer ${bearer.slice(0, 20)}…, expected ${prefix || "a bare token"}…`,
      );
      const me = await con.describeAccount();
      check(me.user_id === USER, `/me user_id is '${me.user_id}', expected '${USER}'`);
    },
  );

  await reporter.step("createJob (GTiff + JSON)", async () => {
    const job = await need("con").createJob(TWO_OUTPUTS, "interop js: GTiff + JSON");
    check(job.status === "created", `new job has status '${job.status}', expected 'created'`);
    check(job.title === "interop js: GTiff + JSON", `job title is '${job.title}'`);
    state.job = job;
  });

  await reporter.step("startJob", async () => {
    const job = await need("job").startJob();
    check(
      ["queued", "running", "finished"].includes(String(job.status)),
      `started job has status '${job.status}'`,
    );
  });

  await reporter.step("poll describeJob until finished", async () => {
    await waitForStatus(need("job"), "finished");
    if (API_VERSION === "1.3.0") checkRunTimes((await need("job").describeJob()).getAll());
  });

  await reporter.step("listResults", async () => {
    const assets = (await need("job").listResults()) as Asset[];
    check(assets.length === 2, `expected 2 assets (GTiff + JSON), got ${assets.length}`);
    for (const asset of assets) {
      check(/^https?:\/\//.test(asset.href), `asset href is not absolute: ${asset.href}`);
      check(Number.isInteger(asset["file:size"]), `asset ${asset.href} has no integer file:size`);
    }
    const types = assets.map((a) => a.type ?? "").sort();
    check(types[0] === "application/json" && types[1]?.startsWith("image/tiff"), `asset types ${types}`);
    state.assets = assets;
  });

  await reporter.step("getResultsAsStac", async () => {
    const stac = await need("job").getResultsAsStac();
    check(stac.stac_version === "1.0.0", `stac_version is '${stac.stac_version}'`);
    check(["Feature", "Collection"].includes(stac.type), `type is '${stac.type}'`);
    for (const [key, asset] of Object.entries(stac.assets as Record<string, Asset>)) {
      check(key === hrefName(asset.href), `asset key '${key}' differs from its href's file name`);
    }
  });

  await reporter.step("downloadResults(dir)", async () => {
    const assets = need("assets");
    const files = (await need("job").downloadResults(workdir)) as string[];
    const got = Object.fromEntries(
      await Promise.all(files.map(async (file) => [basename(file), (await stat(file)).size] as const)),
    );
    const expected = Object.fromEntries(assets.map((a) => [hrefName(a.href), a["file:size"]]));
    check(
      JSON.stringify(got, Object.keys(got).sort()) === JSON.stringify(expected, Object.keys(expected).sort()),
      `downloaded name → size ${JSON.stringify(got)}, metadata says ${JSON.stringify(expected)}`,
    );
    for (const asset of assets) {
      const declared = asset["file:checksum"];
      if (declared === undefined) continue;
      const bytes = await readFile(join(workdir, hrefName(asset.href)));
      const actual = `1220${createHash("sha256").update(bytes).digest("hex")}`;
      check(
        actual === declared,
        `${hrefName(asset.href)}: file:checksum ${declared}, bytes hash to ${actual}`,
      );
    }
    const tiff = assets.find((a) => a.type?.startsWith("image/tiff"));
    check(tiff, "no image/tiff asset");
    const head = (await readFile(join(workdir, hrefName(tiff.href)))).subarray(0, 4).toString("hex");
    check(TIFF_MAGIC.includes(head), `the GTiff asset starts with ${head}, not a TIFF header`);
  });

  await reporter.step("debugJob().nextLogs()", async () => {
    const logs = await need("job").debugJob().nextLogs();
    check(logs.length > 0, "a finished job has no log entries");
    for (const entry of logs) {
      check(
        typeof entry.id === "string" && typeof entry.message === "string",
        `bad entry ${JSON.stringify(entry)}`,
      );
    }
  });

  await reporter.step("estimateJob", async () => {
    const estimate = await need("job").estimateJob();
    check(
      ["costs", "duration", "size"].some((k) => k in estimate),
      `estimate has no costs/duration/size: ${JSON.stringify(estimate)}`,
    );
  });

  await reporter.step("stopJob (running → canceled)", async () => {
    const job = await need("con").createJob(ONE_TIFF, "interop js: stop");
    await job.startJob();
    await waitForStatus(job, "running");
    await job.stopJob();
    check(job.status === "canceled", `stopped running job has status '${job.status}', expected 'canceled'`);
    state.deletedId = job.id;
    await job.deleteJob();
  });

  await reporter.step("deleteJob", async () => {
    const id = need("deletedId");
    try {
      await need("con").getJob(id);
    } catch (error) {
      const code = (error as { code?: string }).code;
      check(
        code === "JobNotFound",
        `describing a deleted job failed with code '${code}', expected JobNotFound`,
      );
      return;
    }
    throw new Error(`job ${id} can still be described after deleteJob`);
  });

  await reporter.step("listJobs", async () => {
    const jobs = (await need("con").listJobs()) as Job[];
    const ids = jobs.map((j) => j.id);
    check(ids.includes(need("job").id), `listJobs lacks job ${need("job").id}: ${ids}`);
    check(!ids.includes(need("deletedId")), `listJobs still has deleted job ${need("deletedId")}`);
  });

  await reporter.step("computeResult", async () => {
    const result = await need("con").computeResult(ONE_TIFF);
    check(result.type?.startsWith("image/tiff"), `content type is '${result.type}'`);
    const bytes = await readStream(result.data as Readable);
    const head = bytes.subarray(0, 4).toString("hex");
    check(TIFF_MAGIC.includes(head), `synchronous result starts with ${head}, not a TIFF header`);
  });

  await reporter.step("buildProcess (Formula, callback) → validateProcess → computeResult", async () => {
    const process = await buildNdviMax(need("con"));
    const errors = (await need("con").validateProcess(process)) as unknown[];
    check(errors.length === 0, `the built graph does not validate: ${JSON.stringify(errors)}`);
    const result = await need("con").computeResult(process);
    const head = (await readStream(result.data as Readable)).subarray(0, 4).toString("hex");
    check(TIFF_MAGIC.includes(head), `the built graph's result starts with ${head}, not a TIFF header`);
  });

  await rm(workdir, { recursive: true, force: true });
  return reporter.finish().failed > 0 ? 1 : 0;
}

/**
 * The client's process `Builder` over the back-end's `GET /processes`: an NDVI by `Formula` over the bands, the
 * maximum over time by a callback function, saved as GTiff. It needs every process listed in one page, with the
 * official callback signatures (the builder reads `parameters` of each `process-graph` schema).
 */
async function buildNdviMax(con: Connection) {
  const builder = await con.buildProcess("ndvi_max");
  const cube = builder.process("load_collection", LOAD.arguments);
  const ndvi = builder.process("reduce_dimension", {
    data: cube,
    reducer: new Formula("($B08 - $B04) / ($B08 + $B04)"),
    dimension: "bands",
  });
  const max = builder.process("reduce_dimension", {
    data: ndvi,
    reducer: function (this: Builder, data: unknown) {
      return this.process("max", { data });
    },
    dimension: "t",
  });
  builder.process("save_result", { data: max, format: "GTiff" }).result = true;
  return builder.toJSON();
}

const [url, auth = "basic"] = process.argv.slice(2);
if (!url || !/^https?:\/\//.test(url) || (auth !== "basic" && auth !== "client-credentials")) {
  console.error("usage: tsx js/flow.ts URL [basic|client-credentials]");
  process.exitCode = 2;
} else {
  process.exitCode = await main(url, auth);
}
