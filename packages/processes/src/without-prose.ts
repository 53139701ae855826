/** Keys of process definitions that are prose (for people), not facts a program checks. */
const PROSE = new Set(["description", "summary", "title", "examples", "links"]);

/** Keys whose children are names chosen by the author (properties, arguments), never prose to drop. */
const NAMED_CHILDREN = new Set([
  "properties",
  "patternProperties",
  "definitions",
  "arguments",
  "process_graph",
]);

/**
 * A JSON value of a process definition (a schema, a return, a graph) without its prose: every `description`,
 * `summary`, `title`, `examples` and `links`, except where such a key is a name (a property called `title`).
 * The official definitions of the registry are stored this way, so a back-end's definition compares with them
 * after the same treatment.
 *
 * @example
 * withoutProse({ type: "string", description: "A name." }); // { type: "string" }
 */
export function withoutProse<T>(value: T): T {
  return facts(value, false) as T;
}

function facts(value: unknown, named: boolean): unknown {
  if (Array.isArray(value)) return value.map((item) => facts(item, false));
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    if (named || !PROSE.has(key)) out[key] = facts(child, !named && NAMED_CHILDREN.has(key));
  }
  return out;
}
