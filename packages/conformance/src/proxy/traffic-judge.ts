import { rulesVersion } from "../internal/find-api.js";
import { SHARED_CHECKS } from "../judges/judged-checks.js";
import type { Observed, ObservedTarget } from "../judges/observed.js";
import { createTally } from "../judges/tally.js";
import { type ApiMap, createApiMap } from "./api-map.js";
import { createAssetLedger } from "./asset-ledger.js";
import { contractFor } from "./contract.js";
import { responseJson } from "./exchange-body.js";
import { createJobTracker } from "./job-tracker.js";
import { judgeRequest } from "./judge-request.js";
import { observeProxied } from "./observe-proxied.js";
import type { ProxiedExchange } from "./proxied-exchange.js";
import { createVerdicts, type Violation } from "./verdicts.js";

export interface TrafficJudgeOptions {
  upstream: URL;
  followAssets: boolean;
  validationCapBytes: number;
  startedAt: number;
  onViolation?: (violation: Violation) => void;
}

function learn(exchange: ProxiedExchange, path: string, map: ApiMap, json: unknown): void {
  if (exchange.method !== "GET" || exchange.status !== 200) return;
  if (path === "/.well-known/openeo") map.learnWellKnown(json);
  else if (path === "/") map.learnCapabilities(exchange.upstreamUrl.pathname, json);
}

/**
 * Judges every exchange as it completes: the client's request, the upstream's answer (with the judges a run
 * shares, job status changes across polls among them) and (with followAssets) downloads, each by the openEO
 * version discovered through the proxy. Keeps each job's status timeline for the reports.
 */
export function createTrafficJudge(options: TrafficJudgeOptions) {
  const map = createApiMap(options.upstream);
  const verdicts = createVerdicts(options.onViolation);
  const jobs = createJobTracker(options.startedAt);
  const assets = createAssetLedger(options.upstream.origin);
  let exchanges = 0;

  const tallies = SHARED_CHECKS.map((check) => ({ check, tally: createTally(check) }));

  /** The shared judges on one exchange; those over every answer leave out what a specific check blamed. */
  function judgeShared(exchange: ProxiedExchange, observed: Observed): void {
    for (const { check, tally } of tallies) {
      if (check.scenario === "overall" && !check.judgesBlamed && verdicts.blamed(exchange)) continue;
      const found = tally.add(observed);
      if (found.judged) verdicts.judge(check.id, "server", exchange, found.problem);
    }
  }

  function judge(exchange: ProxiedExchange): void {
    exchanges += 1;
    if (exchange.problemSide !== "client")
      verdicts.judge(
        "server.answers",
        "server",
        exchange,
        exchange.problemSide === "server" ? exchange.problem : undefined,
      );
    const json = responseJson(exchange);
    const asset = options.followAssets ? assets.find(exchange.upstreamUrl) : undefined;
    if (asset) {
      judgeShared(exchange, observeProxied(exchange, { kind: "asset", asset }, json));
      return;
    }
    const found = map.locate(exchange.upstreamUrl.pathname);
    // Discovery and capabilities answers are judged by the version they announce.
    if (found) learn(exchange, found.path, map, json);
    const location = map.locate(exchange.upstreamUrl.pathname);
    const contract = contractFor(location?.version);
    const matched = location && contract.validator.matchPath(location.path);
    const api = location && matched ? { path: location.path, template: matched.template } : undefined;
    if (api) judgeRequest(exchange, api.template, contract, verdicts, options.validationCapBytes);
    const target: ObservedTarget = api
      ? { kind: "api", ...api, version: location?.version }
      : { kind: "other" };
    judgeShared(exchange, observeProxied(exchange, target, json));
    if (!location || exchange.status === undefined) return;
    if (api?.template === "/jobs/{job_id}" && exchange.method === "GET" && exchange.status === 200)
      jobs.observe(matched?.params.job_id ?? "", json, exchange);
    if (api?.template === "/jobs/{job_id}/results" && exchange.method === "GET" && exchange.status === 200)
      assets.learn(json, exchange.upstreamUrl);
  }

  return {
    judge,
    verdicts,
    /** The verdict of a shared check over the traffic, as a run's scenarios give it. */
    sharedVerdict: (id: string) => tallies.find(({ check }) => check.id === id)?.tally.verdict(),
    exchanges: () => exchanges,
    timelines: jobs.timelines,
    versions: map.versions,
    /** The contract versions that judged: one per discovered version (1.2.0 when none was). */
    judgedAs: (): string[] => {
      const discovered = map.versions();
      return [...new Set((discovered.length > 0 ? discovered : [undefined]).map(rulesVersion))];
    },
  };
}

export type TrafficJudge = ReturnType<typeof createTrafficJudge>;
