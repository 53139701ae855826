import { redactionWarning, reportable } from "../redaction/reportable.js";
import type { CheckResult, ConformanceResult, JobTimeline } from "../types.js";
import { escapeMarkup as escapeHtml } from "./escape-markup.js";
import { evidenceText } from "./evidence-text.js";
import { apiLine, failures, levelLine, runProblemLines, verdictLine, weightNote } from "./format-summary.js";

// Dark enough for white text (contrast at least 4.5:1).
const STATUS_COLORS: Record<string, string> = {
  created: "#4b5563",
  queued: "#b45309",
  running: "#1d4ed8",
  finished: "#15803d",
  error: "#b91c1c",
  canceled: "#374151",
  download: "#6d28d9",
};
/** Pass and failures are filled (green ✓, red ✗); skips are outlined, so they differ without colour too. */
const BADGES: Record<CheckResult["status"], { mark: string; style: string }> = {
  pass: { mark: "✓", style: "background:#15803d;color:#fff" },
  fail: { mark: "✗", style: "background:#b91c1c;color:#fff" },
  missing: { mark: "✗", style: "background:#7f1d1d;color:#fff" },
  skip: { mark: "–", style: "background:#fff;color:#374151;border:1px solid #6b7280" },
  "not-supported": { mark: "○", style: "background:#fff;color:#374151;border:1px dashed #6b7280" },
};
const VERDICT_COLORS: Record<ConformanceResult["verdict"], string> = {
  pass: "#15803d",
  fail: "#b91c1c",
  incomplete: "#92400e",
};

const WIDTH = 760;
const LABEL = 150;
const ROW = 22;

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
}

/** One job as an SVG strip: a lane of statuses over time and a lane of downloads. */
export function timelineSvg(timeline: JobTimeline): string {
  const points = timeline.points;
  const downloads = timeline.downloads;
  const times = [...points.map((point) => point.atMs), ...downloads.flatMap((d) => [d.startMs, d.endMs])];
  const start = Math.min(...times);
  const end = Math.max(...times);
  const span = Math.max(end - start, 1);
  const plot = WIDTH - LABEL - 20;
  const x = (ms: number) => LABEL + ((ms - start) / span) * plot;
  const minimum = 6;
  const parts: string[] = [];
  const statusRow = 8;
  const downloadRow = statusRow + ROW + 4;
  parts.push(`<text x="0" y="${statusRow + 15}" class="lane">status</text>`);
  const runs = points.filter((point, index) => index === 0 || points[index - 1]?.status !== point.status);
  // A status seen only for an instant still gets a visible bar; later bars move right rather than cover it.
  let cursor = LABEL;
  runs.forEach((run, index) => {
    const from = Math.max(x(run.atMs), cursor);
    const next = runs[index + 1];
    // The last status lasts until the last observation of the job.
    const width = Math.max(x(next ? next.atMs : end) - from, minimum);
    cursor = from + width;
    const color = STATUS_COLORS[run.status] ?? "#111827";
    parts.push(
      `<rect x="${from.toFixed(1)}" y="${statusRow}" width="${width.toFixed(1)}" height="${ROW}" fill="${color}" rx="3"><title>${escapeHtml(run.status)} from ${seconds(run.atMs)}</title></rect>`,
    );
    if (width > 52)
      parts.push(
        `<text x="${(from + 4).toFixed(1)}" y="${statusRow + 15}" class="in">${escapeHtml(run.status)}</text>`,
      );
  });
  if (downloads.length > 0) {
    parts.push(`<text x="0" y="${downloadRow + 15}" class="lane">download</text>`);
    for (const download of downloads) {
      const from = x(download.startMs);
      const width = Math.max(x(download.endMs) - from, minimum);
      parts.push(
        `<rect x="${from.toFixed(1)}" y="${downloadRow}" width="${width.toFixed(1)}" height="${ROW}" fill="${download.ok ? STATUS_COLORS.download : STATUS_COLORS.error}" rx="3"><title>${escapeHtml(download.name)} ${download.ok ? "downloaded" : "failed"}</title></rect>`,
      );
    }
  }
  const axis = (downloads.length > 0 ? downloadRow : statusRow) + ROW + 16;
  const ticks = end > start ? 4 : 0;
  // A span too short for distinct labels (e.g. 9.50 s to 9.52 s) shows each label once.
  let lastLabel = "";
  for (let tick = 0; tick <= ticks; tick += 1) {
    const ms = start + (span * tick) / Math.max(ticks, 1);
    if (seconds(ms) === lastLabel) continue;
    lastLabel = seconds(ms);
    parts.push(
      `<text x="${x(ms).toFixed(1)}" y="${axis}" class="tick" text-anchor="middle">${lastLabel}</text>`,
    );
  }
  const height = axis + 6;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${escapeHtml(`statuses of job ${timeline.jobId}`)}">${parts.join("")}</svg>`;
}

function badge(status: CheckResult["status"]): string {
  const { mark, style } = BADGES[status];
  return `<span class="badge" style="${style}">${mark} ${status}</span>`;
}

/** What the strip shows: how often and over how long the job was observed (one observation is a dot). */
export function timelineCaption(timeline: JobTimeline): string {
  const times = timeline.points.map((point) => point.atMs);
  const first = Math.min(...times);
  const last = Math.max(...times);
  if (timeline.points.length === 1 || last === first) {
    const status = timeline.points[0]?.status ?? "";
    return `observed once (${status} at ${seconds(first)}): a single dot, not a duration — the job was not polled again`;
  }
  return `${timeline.points.length} observations from ${seconds(first)} to ${seconds(last)}; each status lasts until the next one seen`;
}

function failureBlock(check: CheckResult): string {
  return `<article class="failure">
<h3>${badge(check.status)} <code>${escapeHtml(check.id)}</code> ${check.rule ? `<span class="rule">${escapeHtml(check.rule)}</span>` : ""} <span class="level">${check.level}${weightNote(check) ? ` (${escapeHtml(weightNote(check))})` : ""}</span></h3>
<p><b>Expected:</b> ${escapeHtml(check.expectation)}</p>
${check.basis ? `<p><b>Asked by:</b> ${escapeHtml(check.basis)}</p>` : ""}
<p><b>Observed:</b> ${escapeHtml(check.observation)}</p>
${check.violations ? `<details open><summary>Every finding (${check.violations.length})</summary><ul>${check.violations.map((line) => `<li>${escapeHtml(line)}</li>`).join("")}</ul></details>` : ""}
${check.reproduction ? `<p><b>Reproduce</b> (set <code>OPENEO_TOKEN</code> or <code>OPENEO_BASIC</code> first):</p><pre>${escapeHtml(check.reproduction)}</pre>` : ""}
${check.evidence.length ? `<details><summary>Evidence (${check.evidence.length} ${check.evidence.length === 1 ? "exchange" : "exchanges"})</summary><pre>${escapeHtml(evidenceText(check.evidence))}</pre></details>` : ""}
</article>`;
}

/**
 * A single self-contained HTML page: verdict, per-level summary, a timeline picture per job, every failure with
 * its evidence and the full check list. No scripts, no external resources.
 *
 * @example
 * writeFileSync("conformance.html", toHtml(await runConformance({ url })));
 */
export function toHtml(given: ConformanceResult): string {
  const result = reportable(given);
  const warning = redactionWarning(given);
  const failed = failures(result);
  const legend = Object.entries(STATUS_COLORS)
    .map(([status, color]) => `<span class="key"><i style="background:${color}"></i>${status}</span>`)
    .join(" ");
  const rows = result.summary
    .filter((summary) => summary.total > 0)
    .map((summary) => {
      const applicable = Math.max(summary.total - summary.skip - summary.notSupported, 1);
      const percent = Math.round((summary.pass / applicable) * 100);
      return `<tr><td>${escapeHtml(levelLine(summary))}</td><td><div class="bar"><div style="width:${percent}%"></div></div></td></tr>`;
    })
    .join("\n");
  const timelines = result.timelines
    .filter((timeline) => timeline.points.length > 0)
    .map(
      (timeline) =>
        `<figure><figcaption>${escapeHtml(timeline.scenario)} · <code>${escapeHtml(timeline.jobId)}</code> · ${escapeHtml(timelineCaption(timeline))}</figcaption>${timelineSvg(timeline)}</figure>`,
    )
    .join("\n");
  const checks = result.checks
    .map(
      (check) =>
        `<tr class="${check.status}"><td>${badge(check.status)}</td><td><code>${escapeHtml(check.id)}</code></td><td>${escapeHtml(check.rule ?? "")}</td><td>${check.level}</td><td>${escapeHtml(check.observation)}</td></tr>`,
    )
    .join("\n");
  const problems = runProblemLines(result);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>jobkit conformance: ${escapeHtml(result.target)}</title>
<style>
body{font:14px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:1000px;color:#111827;padding:0 1rem}
h1{font-size:1.4rem;margin-bottom:.2rem}
.unredacted{padding:.6rem 1rem;border:3px solid #7f1d1d;background:#b91c1c;color:#fff;font-weight:700}
.verdict{padding:.6rem 1rem;border-radius:6px;color:#fff;font-weight:600;background:${VERDICT_COLORS[result.verdict]}}
table{border-collapse:collapse;width:100%}td,th{padding:.3rem .5rem;border-bottom:1px solid #e5e7eb;text-align:left;vertical-align:top}
.bar{background:#fecaca;width:220px;height:12px;border-radius:6px;overflow:hidden}.bar div{background:#15803d;height:100%}
tr.fail,tr.missing{background:#fef2f2}tr.skip,tr.not-supported{color:#4b5563}
.badge{color:#fff;border-radius:4px;padding:0 .4rem;font-size:12px;white-space:nowrap}
.rule,.level{color:#4b5563;font-weight:normal;font-size:13px}
.failure{border-left:4px solid #b91c1c;padding:.2rem 1rem;margin:1rem 0;background:#fef2f2}
pre{white-space:pre-wrap;word-break:break-all;background:#fff;border:1px solid #e5e7eb;padding:.5rem;font-size:12px;max-height:30rem;overflow:auto}
figure{margin:.8rem 0}figcaption{font-size:13px;color:#374151}
svg text{font:11px system-ui,sans-serif}svg .lane{fill:#374151}svg .in{fill:#fff}svg .tick{fill:#4b5563}
.key{margin-right:.8rem;font-size:12px}.key i{display:inline-block;width:10px;height:10px;margin-right:4px;border-radius:2px}
</style>
</head>
<body>
${warning ? `<p class="unredacted" role="alert">${escapeHtml(warning)}</p>\n` : ""}<h1>jobkit conformance</h1>
<p>Target <code>${escapeHtml(result.target)}</code> · started ${escapeHtml(result.startedAt)} · ${seconds(result.durationMs)}</p>
<p>${escapeHtml(apiLine(result.api))}</p>
<p>Process: ${escapeHtml(result.processChoice)}</p>
<p class="verdict">${escapeHtml(verdictLine(result))}</p>
<h2>Per level</h2>
<table>${rows}</table>
${problems.length ? `<h2>Problems of the run</h2><ul>${problems.map((problem) => `<li>${escapeHtml(problem)}</li>`).join("")}</ul>` : ""}
<h2>Job timelines</h2>
<p>${legend}</p>
${timelines || "<p>No job was observed.</p>"}
<h2>Failures (${failed.length})</h2>
${failed.map(failureBlock).join("\n") || "<p>None.</p>"}
<h2>All checks</h2>
<table><thead><tr><th>status</th><th>check</th><th>rule</th><th>level</th><th>observation</th></tr></thead>
<tbody>
${checks}
</tbody></table>
</body>
</html>
`;
}
