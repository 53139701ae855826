import { isArchiveType, sniffArchive } from "../archive-format.js";
import { baseMediaType, mediaTypeOfFormat, sniffFormat } from "../file-format.js";
import { fail, pass, skip } from "../outcome.js";
import type { Session } from "../session.js";
import { answered, costsVerdict, isObject } from "./answers.js";
import { INVALID_PROCESS, refusalVerdict } from "./jobs.js";

/** The `format` argument of the process graph's result node (or any save_result). */
function outputFormat(process: Record<string, unknown>): string | undefined {
  const graph = isObject(process.process_graph) ? process.process_graph : {};
  const nodes = Object.values(graph).filter(isObject);
  const saver =
    nodes.find((node) => node.process_id === "save_result" && node.result === true) ??
    nodes.find((node) => node.process_id === "save_result");
  const format = isObject(saver?.arguments) ? saver.arguments.format : undefined;
  return typeof format === "string" ? format : undefined;
}

/** POST /result: refusal of a bad graph, then the bytes of a good one. */
export async function sync(s: Session): Promise<void> {
  if (s.runs("sync.rejects-invalid")) {
    const rejected = await s.api("POST", "/result", { json: { process: INVALID_PROCESS } });
    await s.check("sync.rejects-invalid", (c) => refusalVerdict(c.use(rejected), "POST /result"));
  }
  const result = await s.api("POST", "/result", { json: { process: s.options.process } });
  const format = outputFormat(s.options.process);
  const expectedType = format ? mediaTypeOfFormat(format) : undefined;
  const contentType = result.headers.get("content-type");
  await s.check("sync.status-200", (c) => {
    c.use(result);
    if (result.status !== 200) return fail(`POST /result ${answered(result)}; expected 200`);
    if (result.problem) return fail(result.problem);
    return result.bytes.length > 0
      ? pass(`${result.bytes.length} bytes of ${contentType}`)
      : fail("200 with an empty body");
  });
  const ok = result.status === 200 && !result.problem;
  await s.check("sync.content-type", (c) => {
    c.use(result);
    if (!ok) return skip("no result (see sync.status-200)");
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
  });
  await s.check("sync.format", (c) => {
    c.use(result);
    if (!ok) return skip("no result (see sync.status-200)");
    if (isArchiveType(contentType)) {
      const archive = sniffArchive(result.bytes, contentType ?? "");
      return archive.ok ? pass(archive.message) : fail(archive.message);
    }
    const verdict = sniffFormat(result.bytes, expectedType ?? contentType ?? "");
    if (!verdict.judged) return skip(verdict.message);
    return verdict.ok
      ? pass(verdict.message)
      : fail(`the ${format ?? contentType} result is ${verdict.message}`);
  });
  await s.check("sync.costs", (c) => {
    c.use(result);
    return ok ? costsVerdict(result) : skip("no result (see sync.status-200)");
  });
  await s.check("sync.monitor-link", (c) => {
    c.use(result);
    if (!ok) return skip("no result (see sync.status-200)");
    const link = result.headers.get("link") ?? "";
    return /rel="?monitor"?/i.test(link)
      ? pass(`Link: ${link}`)
      : fail(link ? `Link "${link}" has no rel="monitor"` : "no Link header");
  });
}
