/**
 * The jobkit conformance kit: checks an openEO back-end against the API profile rules and follows its batch
 * jobs from creation to the bytes of their results.
 *
 * @example
 * import { runConformance, toJUnit } from "@jobkit/conformance";
 * const result = await runConformance({ url: "http://127.0.0.1:8080", user: "alice", password: "alice123" });
 * console.log(result.ok, result.summary);
 */
export { CATALOGUE, type CheckId, findCheck, formatRules } from "./catalogue.js";
export { DEFAULT_FAILING_PROCESS, DEFAULT_PROCESS, normaliseProcess } from "./default-processes.js";
export {
  ConformanceError,
  type ConformanceErrorCode,
  ConformanceUsageError,
  TargetUnreachableError,
} from "./errors.js";
export type { FetchLike } from "./fetch-like.js";
export { type MockServerLike, mockTarget } from "./mock-target.js";
export type { OidcClient } from "./oidc-client.js";
export { createProxy, type ProxyOptions, type ValidatingProxy } from "./proxy/create-proxy.js";
export type { ProxiedExchange } from "./proxy/proxied-exchange.js";
export {
  type ProxyResult,
  type ProxySummary,
  proxyResult,
  type ReportedViolation,
} from "./proxy/proxy-result.js";
export type { RewriteCounts, RewriteKind } from "./proxy/rewrite-urls.js";
export type { Side, Violation } from "./proxy/verdicts.js";
export { type ConsoleReporterOptions, createConsoleReporter } from "./reporters/console-reporter.js";
export { toHtml } from "./reporters/html-reporter.js";
export { toJson } from "./reporters/json-reporter.js";
export { toJUnit } from "./reporters/junit-reporter.js";
export type { RunClock } from "./run-clock.js";
export { type ConformanceOptions, runConformance, type UserCredentials } from "./run-conformance.js";
export * from "./types.js";
