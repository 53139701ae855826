/** Figures from the conformance kit's catalogue: the number of checks, per level, and the whole table. */
import { CATALOGUE, formatRules, LEVEL_NAMES, LEVELS } from "@jobkit/conformance";

function countAt(level: string): number {
  return CATALOGUE.filter((check) => check.level === level).length;
}

/** How many checks the catalogue holds. */
export function checkCount(): string {
  return String(CATALOGUE.length);
}

/** A table of the checks per level: its name, its checks, and how many of them are jobkit's extras. */
export function levelTable(): string {
  const rows = LEVELS.map((level) => {
    const extras = CATALOGUE.filter((check) => check.level === level && check.source === "jobkit").length;
    return `| ${level} | ${LEVEL_NAMES[level]} | ${countAt(level)} | ${extras} |`;
  });
  return ["| level | name | checks | of which jobkit extras |", "|---|---|---|---|", ...rows].join("\n");
}

/** The console's line for the batch-job level of a run where every check passed. */
export function consoleLevelLine(): string {
  const count = countAt("L1B");
  return `\`L1B ${LEVEL_NAMES.L1B}: ${count}/${count}\``;
}

/** The catalogue as a Markdown table: id, rules (or the basis in openEO's documents), source, level, scenario, expectation. */
export function catalogueTable(): string {
  const cell = (text: string) => text.replaceAll("|", "\\|");
  const rows = CATALOGUE.map(
    (check) =>
      `| \`${check.id}\` | ${formatRules(check.rules) ?? check.basis ?? "—"} | ${check.source === "jobkit" ? "jobkit extra" : "openEO"} | ${check.level} | ${check.scenario} | ${cell(check.expectation)} |`,
  );
  return [
    "| check | rule | source | level | scenario | expectation |",
    "|---|---|---|---|---|---|",
    ...rows,
  ].join("\n");
}
