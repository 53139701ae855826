import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import { type ApiVersion, DEFAULT_API_VERSION } from "./api-versions.js";
import type { components } from "./generated/openapi.js";
import { type ContractOptions, openapiDocumentFor } from "./openapi-documents.js";
import { JobkitSpecError } from "./spec-error.js";

/** The name of a schema under `components.schemas`. */
export type SchemaName = keyof components["schemas"];

/** An HTTP exchange to check against the contract. `path` is concrete (`/jobs/abc`) or a template. */
export interface ResponseToValidate {
  method: string;
  path: string;
  status: number;
  /** Header names are matched case-insensitively. */
  headers?: Headers | Record<string, string>;
  /** The parsed JSON body; `undefined` when the answer has no body. Non-JSON bodies are not checked. */
  body?: unknown;
}

/** Checks values and HTTP exchanges against the jobkit OpenAPI document. Every method returns a list of problems; empty means valid. */
export interface SchemaValidator {
  validate(schema: SchemaName, value: unknown): string[];
  validateRequestBody(method: string, path: string, body: unknown): string[];
  validateResponse(response: ResponseToValidate): string[];
  /** The path template (`/jobs/{job_id}`) a concrete path belongs to, with its parameters. */
  matchPath(path: string): PathMatch | undefined;
}

interface MediaType {
  schema?: unknown;
}
interface ResponseObject {
  content?: Record<string, MediaType>;
  headers?: Record<string, { required?: boolean } | { $ref: string }>;
}
type Operation = {
  requestBody?: { content?: Record<string, MediaType> };
  responses: Record<string, ResponseObject | { $ref: string }>;
};

const documentId = "jobkit:openapi";

/** Statuses whose answers HTTP forbids a body (RFC 9110): 204 No Content and 304 Not Modified. */
const FORBIDS_CONTENT = new Set([204, 304]);

function resolver(document: Record<string, unknown>) {
  return <T>(value: T | { $ref: string }): T => {
    let current: unknown = value;
    while (current && typeof current === "object" && "$ref" in current) {
      const pointer = (current as { $ref: string }).$ref.replace(/^#\//, "").split("/");
      current = pointer.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], document);
    }
    return current as T;
  };
}

function describe(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((error) => `${error.instancePath || "(root)"} ${error.message ?? "is invalid"}`);
}

function headerValue(headers: ResponseToValidate["headers"], name: string): string | null {
  if (!headers) return null;
  if (headers instanceof Headers) return headers.get(name);
  const key = Object.keys(headers).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
  return key === undefined ? null : (headers[key] ?? null);
}

function templatesOf(paths: Record<string, unknown>) {
  return Object.keys(paths).map((template) => ({
    template,
    names: [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1] as string),
    pattern: new RegExp(`^${template.replace(/\{\w+\}/g, "([^/]+)")}$`),
  }));
}

type PathMatch = { template: string; params: Record<string, string> };
/** How many paths a validator remembers the template of (a run asks the same few paths again and again). */
const MAX_MATCHED_PATHS = 1024;

/** The first template a concrete path (query and trailing slash ignored) matches, with its decoded parameters. */
function matchTemplate(templates: ReturnType<typeof templatesOf>, path: string): PathMatch | undefined {
  const bare = path.split("?")[0] ?? path;
  const normalised = bare.length > 1 ? bare.replace(/\/$/, "") : bare;
  for (const { template, names, pattern } of templates) {
    const match = pattern.exec(normalised);
    if (!match) continue;
    const params = Object.fromEntries(
      names.map((name, index) => [name, decodeURIComponent(match[index + 1] ?? "")]),
    );
    return { template, params };
  }
  return undefined;
}

/**
 * Creates a validator over the contract of one API version (default 1.3.0), compiled once per schema on first
 * use. It is the faithful contract, never stricter than openEO; `{ jobkitExtras: true }` adds jobkit's own
 * promises ({@link JOBKIT_EXTRAS}), for checking jobkit's mock only.
 *
 * @example
 * const validator = createSchemaValidator("1.2.0");
 * validator.validate("log_entry", { id: "1", level: "info", message: "queued" }); // []
 * validator.validateResponse({ method: "GET", path: "/jobs/j-1", status: 200, body: job });
 */
export function createSchemaValidator(
  version: ApiVersion = DEFAULT_API_VERSION,
  options: ContractOptions = {},
): SchemaValidator {
  const document = openapiDocumentFor(version, options);
  const paths = document.paths as Record<string, Record<string, Operation>>;
  const schemas = (document.components as { schemas: Record<string, unknown> }).schemas;
  const templates = templatesOf(paths);
  const resolve = resolver(document);
  const ajv = new Ajv({ allErrors: true, strict: false, validateSchema: false });
  addFormats.default(ajv);
  ajv.addFormat("binary", true);
  ajv.addSchema(document, documentId);
  const compiled = new Map<string, ValidateFunction>();

  function check(pointer: string, value: unknown): string[] {
    let validateFn = compiled.get(pointer);
    if (!validateFn) {
      validateFn = ajv.compile({ $ref: `${documentId}#${pointer}` });
      compiled.set(pointer, validateFn);
    }
    return validateFn(value) ? [] : describe(validateFn.errors);
  }

  const matchedPaths = new Map<string, PathMatch | undefined>();
  function matchPath(path: string): PathMatch | undefined {
    if (!matchedPaths.has(path)) {
      if (matchedPaths.size >= MAX_MATCHED_PATHS) matchedPaths.clear();
      matchedPaths.set(path, matchTemplate(templates, path));
    }
    const matched = matchedPaths.get(path);
    return matched && { template: matched.template, params: { ...matched.params } };
  }

  function findOperation(method: string, path: string): { template: string; operation: Operation } | string {
    const matched = matchPath(path);
    if (!matched) return `${path} is not a path of the contract`;
    const operation = paths[matched.template]?.[method.toLowerCase()];
    if (!operation) return `${method.toUpperCase()} ${matched.template} is not an operation of the contract`;
    return { template: matched.template, operation };
  }

  // Pointers are few (operations × parts of the contract) and asked for on every validation: built once each.
  const pointers = new Map<string, string>();
  function pointerOf(template: string, method: string, ...rest: string[]): string {
    const key = `${method.toLowerCase()} ${template} ${rest.join(" ")}`;
    let pointer = pointers.get(key);
    if (pointer === undefined) {
      const escaped = template.replaceAll("~", "~0").replaceAll("/", "~1");
      const parts = rest.map((part) => part.replaceAll("/", "~1"));
      pointer = ["", "paths", escaped, method.toLowerCase(), ...parts].join("/");
      pointers.set(key, pointer);
    }
    return pointer;
  }

  return {
    matchPath,

    validate(schema, value) {
      if (!Object.hasOwn(schemas, schema)) {
        throw new JobkitSpecError(
          "UnknownSchema",
          `the contract has no schema "${schema}"; the names are those of components.schemas (SchemaName).`,
        );
      }
      return check(`/components/schemas/${schema}`, value);
    },

    validateRequestBody(method, path, body) {
      const found = findOperation(method, path);
      if (typeof found === "string") return [found];
      const content = found.operation.requestBody?.content;
      if (!content?.["application/json"])
        return body === undefined ? [] : ["this operation takes no request body"];
      return check(
        `${pointerOf(found.template, method, "requestBody", "content", "application/json")}/schema`,
        body,
      );
    },

    validateResponse({ method, path, status, headers, body }) {
      const found = findOperation(method, path);
      if (typeof found === "string") return [found];
      const { responses } = found.operation;
      const key = [String(status), `${String(status)[0]}XX`].find((candidate) => candidate in responses);
      if (key === undefined)
        return [`status ${status} is not documented for ${method.toUpperCase()} ${found.template}`];
      const response = resolve(responses[key] as ResponseObject);
      const problems: string[] = [];
      for (const [name, header] of Object.entries(response.headers ?? {})) {
        if (resolve(header).required && !headerValue(headers, name))
          problems.push(`header ${name} is missing`);
      }
      const content = response.content;
      if (!content) {
        // openEO documents no body here; only HTTP itself forbids one (RFC 9110 §15.3.5, §15.4.5)
        if (FORBIDS_CONTENT.has(status) && body !== undefined && body !== "")
          problems.push(`status ${status} must have no body`);
        return problems;
      }
      const mediaType =
        (headerValue(headers, "content-type") ?? "application/json").split(";")[0]?.trim() ?? "";
      const media = mediaType in content ? mediaType : "*/*" in content ? "*/*" : undefined;
      if (media === undefined) {
        problems.push(`Content-Type ${mediaType} is not one of ${Object.keys(content).join(", ")}`);
        return problems;
      }
      if (media === "*/*" || body === undefined) return problems;
      const pointer = `${pointerOf(found.template, method, "responses", key)}`;
      const base =
        "$ref" in (responses[key] as object)
          ? `${(responses[key] as { $ref: string }).$ref.slice(1)}`
          : pointer;
      return [...problems, ...check(`${base}/content/${media.replace("/", "~1")}/schema`, body)];
    },
  };
}
