import type { JobResults } from "../job-results.js";
import { downloadFiles } from "../node.js";
import type { CommandContext } from "./command.js";
import { EXIT } from "./exit-codes.js";
import { formatBytes, formatDuration } from "./format.js";
import { integer } from "./parse-arguments.js";
import { ProgressBar } from "./progress-bar.js";

/** Downloads every result file into `dir` with a bar of the bytes; prints the paths and a summary. */
export async function downloadWithBar(
  results: JobResults,
  dir: string,
  { values, io }: CommandContext,
): Promise<number> {
  const concurrency = integer(values.concurrency, "concurrency", 1) ?? 4;
  const now = io.now ?? Date.now;
  const started = now();
  const bar = new ProgressBar(io.stderr, { now: io.now });
  let total = 0;
  let paths: string[];
  try {
    paths = await downloadFiles(results, dir, {
      concurrency,
      signal: io.signal,
      onProgress: (p) => {
        total = p.totalBytes;
        const seconds = Math.max(0.001, (now() - started) / 1000);
        const label = `${formatBytes(p.receivedBytes)}/${formatBytes(p.totalBytes)}  ${p.completedFiles}/${p.totalFiles} files  ${formatBytes(p.receivedBytes / seconds)}/s`;
        bar.update(p.totalBytes > 0 ? p.receivedBytes / p.totalBytes : undefined, label, {
          stage: `${p.completedFiles}/${p.totalFiles}`,
          force: p.completedFiles === p.totalFiles,
        });
      },
    });
  } finally {
    bar.done();
  }
  const elapsed = now() - started;
  for (const path of paths) io.stdout.write(`${path}\n`);
  io.stderr.write(
    `downloaded ${paths.length} file${paths.length === 1 ? "" : "s"} (${formatBytes(total)}) to ${dir} in ${formatDuration(elapsed)}\n`,
  );
  return EXIT.ok;
}
