import { fail, pass, skip } from "../outcome.js";
import type { Session } from "../session.js";
import { answered, costsVerdict } from "./answers.js";
import { INVALID_PROCESS, refusalVerdict } from "./jobs.js";
import { bytesVerdict, contentTypeVerdict, outputFormat } from "./result-format.js";

/** POST /result: refusal of a bad graph, then the bytes of a good one. */
export async function sync(s: Session): Promise<void> {
  if (s.runs("sync.rejects-invalid")) {
    const rejected = await s.api("POST", "/result", { json: { process: INVALID_PROCESS } });
    await s.check("sync.rejects-invalid", (c) => refusalVerdict(c.use(rejected), "POST /result"));
  }
  const result = await s.api("POST", "/result", { json: { process: s.options.process } });
  const format = outputFormat(s.options.process);
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
    return ok ? contentTypeVerdict(result, format) : skip("no result (see sync.status-200)");
  });
  await s.check("sync.format", (c) => {
    c.use(result);
    return ok ? bytesVerdict(result, format) : skip("no result (see sync.status-200)");
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
