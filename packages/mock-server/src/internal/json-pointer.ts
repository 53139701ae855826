import { JobkitMockError } from "../mock-error.js";

const FORBIDDEN = new Set(["__proto__", "constructor", "prototype"]);

function tokens(pointer: string): string[] {
  if (pointer === "") return [];
  if (!pointer.startsWith("/"))
    throw new JobkitMockError("JsonPointerInvalid", `JSON pointer "${pointer}" must start with "/".`);
  const parts = pointer
    .slice(1)
    .split("/")
    .map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"));
  for (const part of parts) {
    if (FORBIDDEN.has(part))
      throw new JobkitMockError("JsonPointerInvalid", `JSON pointer "${pointer}" uses a forbidden key.`);
  }
  return parts;
}

type Container = Record<string, unknown> | unknown[];

function isContainer(value: unknown): value is Container {
  return typeof value === "object" && value !== null;
}

/** The array index a token names (RFC 6901: digits without leading zeros), or undefined. */
function arrayIndex(token: string): number | undefined {
  return /^(0|[1-9]\d{0,8})$/.test(token) ? Number(token) : undefined;
}

function parentOf(root: unknown, parts: string[]): Container | undefined {
  let node = root;
  for (const part of parts.slice(0, -1)) {
    if (!isContainer(node)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return isContainer(node) ? node : undefined;
}

/**
 * Sets the value at a JSON pointer (RFC 6901), creating objects on the way; in an array only an existing index,
 * the length or `-` (append) is set. Returns the (possibly new) root.
 */
export function setPointer(root: unknown, pointer: string, value: unknown): unknown {
  const parts = tokens(pointer);
  if (parts.length === 0) return value;
  let node = root;
  for (const part of parts.slice(0, -1)) {
    if (!isContainer(node)) return root;
    const record = node as Record<string, unknown>;
    if (!isContainer(record[part])) record[part] = {};
    node = record[part];
  }
  const last = parts[parts.length - 1] as string;
  if (Array.isArray(node)) {
    // "-" or the length appends; an index past the end or a non-index token leaves the array alone.
    const index = last === "-" ? node.length : arrayIndex(last);
    if (index !== undefined && index <= node.length) node[index] = value;
  } else if (isContainer(node)) {
    (node as Record<string, unknown>)[last] = value;
  }
  return root;
}

/** Removes the value at a JSON pointer; a missing target (or an array token that is no index in it) is left alone. */
export function removePointer(root: unknown, pointer: string): unknown {
  const parts = tokens(pointer);
  if (parts.length === 0) return undefined;
  const parent = parentOf(root, parts);
  const last = parts[parts.length - 1] as string;
  if (Array.isArray(parent)) {
    const index = arrayIndex(last);
    if (index !== undefined && index < parent.length) parent.splice(index, 1);
  } else if (parent) delete parent[last];
  return root;
}
