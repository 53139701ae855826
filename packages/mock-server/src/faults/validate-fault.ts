import { FaultInvalidError } from "../mock-error.js";
import type { FaultAction, FaultSpec, TokenWeakness } from "./fault.js";

const TOKEN_WEAKNESSES: readonly TokenWeakness[] = [
  "no-expiry",
  "alg-none",
  "embedded-jwk",
  "signature-cache",
  "basic-name",
];

function fail(message: string): never {
  throw new FaultInvalidError(message);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function optionalString(value: unknown, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string" || value === "") fail(`${name} must be a non-empty string.`);
  return value;
}

function integerIn(value: unknown, name: string, min: number, max: number): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    fail(`${name} must be an integer from ${min} to ${max}.`);
  }
  return value;
}

function stringRecord(value: unknown, name: string): Record<string, string> | undefined {
  if (value === undefined) return undefined;
  if (!isObject(value) || !Object.values(value).every((v) => typeof v === "string")) {
    fail(`${name} must be an object of strings.`);
  }
  return { ...(value as Record<string, string>) };
}

/** Header names must be HTTP tokens and values free of CR, LF and NUL; the runtime's `Headers` judges both. */
function checkHeaders(headers: Iterable<[string, string]>, name: string): void {
  for (const [header, value] of headers) {
    try {
      new Headers().set(header, value);
    } catch {
      fail(`${name}: ${JSON.stringify(header)}: ${JSON.stringify(value)} is not a valid HTTP header.`);
    }
  }
}

function stringList(value: unknown, name: string): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || !value.every((v) => typeof v === "string"))
    fail(`${name} must be an array of strings.`);
  return [...value];
}

const PROTOTYPE_KEY = /(^|\/)(__proto__|constructor|prototype)(\/|$)/;

function checkPointer(pointer: string, name: string): void {
  if (pointer !== "" && !pointer.startsWith("/")) fail(`${name}: "${pointer}" is not a JSON pointer.`);
  if (PROTOTYPE_KEY.test(pointer)) fail(`${name}: "${pointer}" goes through a prototype key.`);
}

function pointerList(value: unknown, name: string): string[] | undefined {
  const list = stringList(value, name);
  for (const pointer of list ?? []) checkPointer(pointer, name);
  return list;
}

function validateAction(action: unknown): FaultAction {
  if (!isObject(action)) fail("action must be an object with a type.");
  switch (action.type) {
    case "error":
      return {
        type: "error",
        status: integerIn(action.status, "action.status", 400, 599),
        ...(action.code !== undefined ? { code: optionalString(action.code, "action.code") } : {}),
        ...(action.message !== undefined
          ? { message: optionalString(action.message, "action.message") }
          : {}),
        ...(action.retryAfter !== undefined
          ? { retryAfter: integerIn(action.retryAfter, "action.retryAfter", 0, 86_400) }
          : {}),
      };
    case "delay":
      return { type: "delay", ms: integerIn(action.ms, "action.ms", 0, 600_000) };
    case "reset":
      return { type: "reset" };
    case "malformed-json":
      return { type: "malformed-json" };
    case "truncate":
      return { type: "truncate", bytes: integerIn(action.bytes, "action.bytes", 0, Number.MAX_SAFE_INTEGER) };
    case "override": {
      const headers = action.headers === undefined ? undefined : action.headers;
      const body = action.body === undefined ? undefined : action.body;
      if (headers !== undefined && !isObject(headers)) fail("action.headers must be an object.");
      if (body !== undefined && !isObject(body)) fail("action.body must be an object.");
      const bodySet = body?.set;
      if (bodySet !== undefined && !isObject(bodySet))
        fail("action.body.set must be an object of JSON pointers.");
      for (const pointer of Object.keys(bodySet ?? {})) checkPointer(pointer, "action.body.set");
      const headersSet = stringRecord(headers?.set, "action.headers.set");
      const headersRemove = stringList(headers?.remove, "action.headers.remove");
      checkHeaders(Object.entries(headersSet ?? {}), "action.headers.set");
      checkHeaders(
        (headersRemove ?? []).map((header) => [header, ""]),
        "action.headers.remove",
      );
      return {
        type: "override",
        ...(action.status !== undefined
          ? { status: integerIn(action.status, "action.status", 200, 599) }
          : {}),
        ...(headers
          ? {
              headers: {
                set: headersSet,
                remove: headersRemove,
              },
            }
          : {}),
        ...(body
          ? {
              body: {
                set: bodySet ? structuredClone(bodySet) : undefined,
                remove: pointerList(body.remove, "action.body.remove"),
              },
            }
          : {}),
      };
    }
    case "job-outcome":
      if (action.outcome !== "error" && action.outcome !== "partial" && action.outcome !== "slow") {
        fail('action.outcome must be "error", "partial" or "slow".');
      }
      return { type: "job-outcome", outcome: action.outcome };
    case "asset":
      if (action.mode !== "missing" && action.mode !== "corrupt" && action.mode !== "mislabel") {
        fail('action.mode must be "missing", "corrupt" or "mislabel".');
      }
      return { type: "asset", mode: action.mode };
    case "token-weakness":
      if (!TOKEN_WEAKNESSES.includes(action.weakness as TokenWeakness)) {
        fail(`action.weakness must be one of ${TOKEN_WEAKNESSES.join(", ")}.`);
      }
      return { type: "token-weakness", weakness: action.weakness as TokenWeakness };
    default:
      return fail(
        "action.type must be one of error, delay, reset, truncate, malformed-json, override, job-outcome, asset, token-weakness.",
      );
  }
}

/** Checks a fault from a caller (in-process or HTTP) and returns a clean copy. */
export function validateFault(value: unknown): FaultSpec {
  if (!isObject(value)) fail("a fault must be an object with an action.");
  const match = value.match;
  if (match !== undefined && !isObject(match)) fail("match must be an object.");
  const spec: FaultSpec = { action: validateAction(value.action) };
  if (match) {
    spec.match = {};
    const method = optionalString(match.method, "match.method");
    const path = optionalString(match.path, "match.path");
    const user = optionalString(match.user, "match.user");
    const jobId = optionalString(match.jobId, "match.jobId");
    if (method) spec.match.method = method.toUpperCase();
    if (path) {
      if (!path.startsWith("/")) fail("match.path must start with /.");
      spec.match.path = path;
    }
    if (user) spec.match.user = user;
    if (jobId) spec.match.jobId = jobId;
  }
  if (value.skip !== undefined) spec.skip = integerIn(value.skip, "skip", 0, Number.MAX_SAFE_INTEGER);
  if (value.times !== undefined) spec.times = integerIn(value.times, "times", 1, Number.MAX_SAFE_INTEGER);
  if (value.probability !== undefined) {
    if (typeof value.probability !== "number" || !(value.probability >= 0 && value.probability <= 1)) {
      fail("probability must be a number from 0 to 1.");
    }
    spec.probability = value.probability;
  }
  return spec;
}
