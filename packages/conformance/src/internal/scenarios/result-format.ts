import { isArchiveType, sniffArchive } from "../archive-format.js";
import { baseMediaType, mediaTypeOfFormat, sniffFormat } from "../file-format.js";
import { fail, type Outcome, pass, skip } from "../outcome.js";
import { isObject, type JsonObject } from "./answers.js";

/** The save_result node of a process graph: the result node's, else the first. */
function saverOf(process: JsonObject): JsonObject | undefined {
  const graph = isObject(process.process_graph) ? process.process_graph : {};
  const nodes = Object.values(graph).filter(isObject);
  return (
    nodes.find((node) => node.process_id === "save_result" && node.result === true) ??
    nodes.find((node) => node.process_id === "save_result")
  );
}

/** The `format` argument of the process graph's result node (or any save_result). */
export function outputFormat(process: JsonObject): string | undefined {
  const saver = saverOf(process);
  const format = isObject(saver?.arguments) ? saver.arguments.format : undefined;
  return typeof format === "string" ? format : undefined;
}

/**
 * A copy of the process whose save_result node has other arguments: `change` gets a copy of them to edit (and may
 * turn the node into another process). Undefined when the graph has no save_result node.
 */
export function withSaver(
  process: JsonObject,
  change: (node: JsonObject & { arguments: JsonObject }) => void,
): JsonObject | undefined {
  const copy = structuredClone(process);
  const saver = saverOf(copy);
  if (!saver) return undefined;
  const node = Object.assign(saver, { arguments: isObject(saver.arguments) ? saver.arguments : {} });
  change(node);
  return copy;
}

/**
 * The verdict on a result's Content-Type for the format asked for (rule 906): its own type, or an archive's.
 * `contentType` is the answer's header (null when absent).
 */
export function contentTypeVerdict(contentType: string | null, format: string | undefined): Outcome {
  const expectedType = format ? mediaTypeOfFormat(format) : undefined;
  if (!contentType) return fail("no Content-Type");
  if (baseMediaType(contentType) === "application/octet-stream")
    return fail("Content-Type is application/octet-stream");
  if (isArchiveType(contentType))
    return pass(
      `${contentType}: several files in an archive (the format's own type is due for a single file)`,
    );
  if (expectedType && baseMediaType(contentType) !== expectedType)
    return fail(`the process asks for ${format} (${expectedType}) but the answer is ${contentType}`);
  return pass(contentType);
}

/**
 * The verdict on a result's bytes: they parse as the format asked for (or as the archive its Content-Type names;
 * `contentType` is null when absent).
 */
export function bytesVerdict(
  bytes: Uint8Array,
  contentType: string | null,
  format: string | undefined,
): Outcome {
  if (isArchiveType(contentType)) {
    const archive = sniffArchive(bytes, contentType ?? "");
    return archive.ok ? pass(archive.message) : fail(archive.message);
  }
  const expectedType = format ? mediaTypeOfFormat(format) : undefined;
  const verdict = sniffFormat(bytes, expectedType ?? contentType ?? "");
  if (!verdict.judged) return skip(verdict.message);
  return verdict.ok
    ? pass(verdict.message)
    : fail(`the ${format ?? contentType} result is ${verdict.message}`);
}
