/**
 * Finds every rule by which one OpenAPI 3.0 document (ours) is stricter than another (theirs): for each
 * operation of ours, its parameters, request body, response headers and response bodies. A finding is one line,
 * `where: what`, e.g. `PATCH /jobs/{job_id} request: minProperties 1`.
 */
export type Schema = {
  $ref?: string;
  type?: string;
  nullable?: boolean;
  enum?: unknown[];
  pattern?: string;
  format?: string;
  required?: string[];
  properties?: Record<string, Schema>;
  additionalProperties?: Schema | boolean;
  items?: Schema;
  allOf?: Schema[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  [keyword: string]: unknown;
};
type Parameter = { name: string; in: string; required?: boolean; allowEmptyValue?: boolean; schema?: Schema };
type Media = Record<string, { schema?: Schema }>;
type Response = { content?: Media; headers?: Record<string, { required?: boolean; schema?: Schema }> };
type Operation = {
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content?: Media };
  responses: Record<string, Response>;
};
export type Document = { paths: Record<string, Record<string, Operation> & { parameters?: Parameter[] }> };

const methods = ["get", "post", "put", "patch", "delete"];
const lowerBounds = ["minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties"];
const upperBounds = ["maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties"];
/** Formats that accept everything the key format accepts. */
const widerFormats: Record<string, string[]> = { uri: ["uri-reference"] };

function resolver(document: unknown) {
  return <T>(value: T): T => {
    let current: unknown = value;
    while (current && typeof current === "object" && "$ref" in current) {
      const keys = String((current as { $ref: string }).$ref)
        .replace(/^#\//, "")
        .split("/")
        .map((key) => key.replaceAll("~1", "/").replaceAll("~0", "~"));
      current = keys.reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], document);
    }
    return current as T;
  };
}

/**
 * Merges `allOf` parts into one schema: required lists joined, a property defined twice becomes the `allOf` of
 * both, other keywords come from the first that has them (so a `nullable` beside an `allOf` wins, as openEO means it).
 */
function flatten(schema: Schema, resolve: <T>(value: T) => T): Schema {
  const parts = (schema.allOf ?? []).map((part) => flatten(resolve(part), resolve));
  const merged: Schema = { ...schema };
  delete merged.allOf;
  for (const part of parts) {
    for (const [keyword, value] of Object.entries(part)) if (!(keyword in merged)) merged[keyword] = value;
    merged.required = [...new Set([...(merged.required ?? []), ...(part.required ?? [])])];
    const properties: Record<string, Schema> = { ...part.properties };
    for (const [name, schema] of Object.entries(merged.properties ?? {}))
      properties[name] = properties[name] ? { allOf: [schema, properties[name]] } : schema;
    merged.properties = properties;
  }
  if (merged.required?.length === 0) delete merged.required;
  return merged;
}

/** The JSON types a schema admits; undefined means any. */
function typesOf(schema: Schema, resolve: <T>(value: T) => T): Set<string> | undefined {
  const branches = schema.oneOf ?? schema.anyOf;
  if (!schema.type && branches) {
    const union = new Set<string>();
    for (const branch of branches) {
      const types = typesOf(flatten(resolve(branch), resolve), resolve);
      if (!types) return undefined;
      for (const type of types) union.add(type);
    }
    return union;
  }
  if (!schema.type) return undefined;
  const types = new Set([schema.type]);
  if (schema.nullable) types.add("null");
  if (schema.type === "number") types.add("integer");
  return types;
}

class Comparison {
  readonly findings: string[] = [];
  private readonly seen = new Set<string>();
  private readonly resolveOurs: <T>(value: T) => T;
  private readonly resolveTheirs: <T>(value: T) => T;

  constructor(ours: unknown, theirs: unknown) {
    this.resolveOurs = resolver(ours);
    this.resolveTheirs = resolver(theirs);
  }

  schema(where: string, oursRaw: Schema | undefined, theirsRaw: Schema | undefined): void {
    if (!oursRaw) return;
    const key = `${where}|${oursRaw.$ref ?? ""}|${theirsRaw?.$ref ?? ""}`;
    if ((oursRaw.$ref || theirsRaw?.$ref) && this.seen.has(key)) return;
    this.seen.add(key);
    if (where.split(".").length > 12) return;
    const ours = flatten(this.resolveOurs(oursRaw), this.resolveOurs);
    const theirs = theirsRaw ? flatten(this.resolveTheirs(theirsRaw), this.resolveTheirs) : {};
    const report = (what: string) => this.findings.push(`${where}: ${what}`);
    this.keywords(ours, theirs, report);
    this.branches(where, ours, theirs, report);
    for (const name of ours.required ?? []) if (!theirs.required?.includes(name)) report(`requires ${name}`);
    for (const [name, property] of Object.entries(ours.properties ?? {}))
      this.schema(`${where}.${name}`, property, theirs.properties?.[name] ?? this.extra(theirs));
    if (ours.additionalProperties === false && theirs.additionalProperties !== false)
      report("additionalProperties false");
    else if (typeof ours.additionalProperties === "object")
      this.schema(`${where}.*`, ours.additionalProperties, this.extra(theirs));
    if (ours.items) this.schema(`${where}[]`, ours.items, theirs.items);
  }

  private extra(theirs: Schema): Schema | undefined {
    return typeof theirs.additionalProperties === "object" ? theirs.additionalProperties : undefined;
  }

  private keywords(ours: Schema, theirs: Schema, report: (what: string) => void): void {
    const ourTypes = typesOf(ours, this.resolveOurs);
    const theirTypes = typesOf(theirs, this.resolveTheirs);
    if (ourTypes && (!theirTypes || [...theirTypes].some((type) => !ourTypes.has(type))))
      report(`type ${[...ourTypes].join("|")} (openEO: ${theirTypes ? [...theirTypes].join("|") : "any"})`);
    if (ours.enum) {
      const missing = theirs.enum ? theirs.enum.filter((value) => !ours.enum?.includes(value)) : ["any"];
      if (missing.length > 0)
        report(`enum ${JSON.stringify(ours.enum)} (openEO: ${JSON.stringify(theirs.enum ?? "any")})`);
    }
    if (ours.pattern !== undefined && ours.pattern !== theirs.pattern) report(`pattern ${ours.pattern}`);
    if (
      ours.format !== undefined &&
      ours.format !== theirs.format &&
      !(theirs.format && widerFormats[theirs.format]?.includes(ours.format))
    )
      report(`format ${ours.format}`);
    for (const bound of lowerBounds) {
      const value = ours[bound] as number | undefined;
      const official = theirs[bound] as number | undefined;
      if (value !== undefined && (official === undefined || value > official)) report(`${bound} ${value}`);
    }
    for (const bound of upperBounds) {
      const value = ours[bound] as number | undefined;
      const official = theirs[bound] as number | undefined;
      if (value !== undefined && (official === undefined || value < official)) report(`${bound} ${value}`);
    }
  }

  /** A union of ours is fine when each of its branches is no stricter than some branch of theirs (or theirs whole); the closest branch's findings are reported. */
  private branches(where: string, ours: Schema, theirs: Schema, report: (what: string) => void): void {
    const ourBranches = ours.oneOf ?? ours.anyOf;
    if (!ourBranches) return;
    const theirBranches = theirs.oneOf ?? theirs.anyOf ?? [theirs];
    if (ours.oneOf && !theirs.oneOf && ourBranches.length > 1 && theirBranches.length === 1)
      report("oneOf (openEO: no exclusive choice)");
    ourBranches.forEach((branch, index) => {
      const attempts = theirBranches.map((candidate) => {
        const probe = new Comparison({}, {});
        Object.assign(probe, { resolveOurs: this.resolveOurs, resolveTheirs: this.resolveTheirs });
        probe.schema(`${where} (branch ${index})`, branch, candidate);
        return probe.findings;
      });
      const closest = attempts.reduce((best, findings) => (findings.length < best.length ? findings : best));
      this.findings.push(...closest);
    });
  }

  parameter(where: string, ours: Parameter, theirs: Parameter | undefined): void {
    if (ours.required && !theirs?.required) this.findings.push(`${where}: required`);
    if (theirs?.allowEmptyValue && !ours.allowEmptyValue)
      this.findings.push(`${where}: allowEmptyValue dropped`);
    this.schema(where, ours.schema, theirs?.schema);
  }
}

function operationsOf(document: Document) {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    methods
      .filter((method) => method in item)
      .map((method) => ({ path, method, item, operation: item[method] as Operation })),
  );
}

function parametersOf(
  resolve: <T>(value: T) => T,
  item: { parameters?: Parameter[] } | undefined,
  operation: Operation | undefined,
): Map<string, Parameter> {
  const all = [...(item?.parameters ?? []), ...(operation?.parameters ?? [])].map((parameter) =>
    resolve(parameter),
  );
  return new Map(all.map((parameter) => [`${parameter.in} ${parameter.name}`, parameter]));
}

function responseOf(
  resolve: <T>(value: T) => T,
  operation: Operation | undefined,
  code: string,
): Response | undefined {
  const responses = operation?.responses ?? {};
  const key = [code, `${code[0]}XX`, "default"].find((candidate) => candidate in responses);
  return key === undefined ? undefined : resolve(responses[key]);
}

/** Every rule of `ours` stricter than `theirs`, one line each. */
export function stricterRules(ours: Document, theirs: Document): string[] {
  const comparison = new Comparison(ours, theirs);
  const resolveOurs = resolver(ours);
  const resolveTheirs = resolver(theirs);
  for (const { path, method, item, operation } of operationsOf(ours)) {
    const name = `${method.toUpperCase()} ${path}`;
    const theirItem = theirs.paths[path];
    const theirOperation = theirItem?.[method] as Operation | undefined;
    const theirParameters = parametersOf(resolveTheirs, theirItem, theirOperation);
    for (const [key, parameter] of parametersOf(resolveOurs, item, operation))
      comparison.parameter(`${name} ${key}`, parameter, theirParameters.get(key));
    const ourBody = resolveOurs(operation.requestBody);
    const theirBody = resolveTheirs(theirOperation?.requestBody);
    if (ourBody?.required && !theirBody?.required) comparison.findings.push(`${name} request: required`);
    comparison.schema(
      `${name} request`,
      ourBody?.content?.["application/json"]?.schema,
      theirBody?.content?.["application/json"]?.schema,
    );
    for (const code of Object.keys(operation.responses)) {
      const ourResponse = resolveOurs(operation.responses[code]);
      const theirResponse = responseOf(resolveTheirs, theirOperation, code);
      if (!ourResponse || !theirResponse) continue;
      for (const [header, definition] of Object.entries(ourResponse.headers ?? {})) {
        const theirHeader = resolveTheirs(theirResponse.headers?.[header]);
        if (resolveOurs(definition).required && !theirHeader?.required)
          comparison.findings.push(`${name} ${code} header ${header}: required`);
      }
      for (const [media, content] of Object.entries(ourResponse.content ?? {})) {
        const theirContent = theirResponse.content?.[media];
        if (theirContent) comparison.schema(`${name} ${code} ${media}`, content.schema, theirContent.schema);
      }
    }
  }
  return comparison.findings;
}
