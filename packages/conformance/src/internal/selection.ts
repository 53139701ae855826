import { CATALOGUE } from "../catalogue.js";
import { ConformanceUsageError } from "../errors.js";
import { type CheckDefinition, LEVELS } from "../types.js";

/** Which checks a run evaluates, from `only` and `skip` lists of ids, id prefixes (`jobs.`), rules and levels. */
export interface Selection {
  selected(definition: CheckDefinition): boolean;
  /** Named by `only` (then its failure counts even above L1B). */
  named(definition: CheckDefinition): boolean;
}

type Matcher = (definition: CheckDefinition) => boolean;

function matcher(token: string): Matcher {
  const trimmed = token.trim();
  const level = LEVELS.find((candidate) => candidate.toLowerCase() === trimmed.toLowerCase());
  if (level) return (definition) => definition.level === level;
  const rule = /^#?(\d+)$/.exec(trimmed);
  if (rule) {
    const number = Number(rule[1]);
    if (!CATALOGUE.some((definition) => definition.rules.includes(number))) {
      throw new ConformanceUsageError(
        `no check covers rule #${number}; see the catalogue (jobkit-conformance --list).`,
      );
    }
    return (definition) => definition.rules.includes(number);
  }
  const prefix = trimmed.endsWith("*") ? trimmed.slice(0, -1) : undefined;
  const scenario = CATALOGUE.some((definition) => definition.scenario === trimmed);
  const test: Matcher =
    prefix !== undefined
      ? (definition) => definition.id.startsWith(prefix)
      : scenario
        ? (definition) => definition.scenario === trimmed
        : (definition) => definition.id === trimmed || definition.id.startsWith(`${trimmed}.`);
  if (!CATALOGUE.some(test)) {
    const close = CATALOGUE.filter((definition) => definition.id.includes(trimmed.split(".")[0] ?? trimmed))
      .slice(0, 3)
      .map((definition) => definition.id);
    throw new ConformanceUsageError(
      `"${trimmed}" names no check, rule, level or scenario${close.length ? `; did you mean ${close.join(", ")}?` : "; see the catalogue (jobkit-conformance --list)."}`,
    );
  }
  return test;
}

/** Builds a selection; throws {@link ConformanceUsageError} for a token that matches nothing. */
export function createSelection(only: readonly string[] = [], skip: readonly string[] = []): Selection {
  const onlyMatchers = only.filter((token) => token.trim()).map(matcher);
  const skipMatchers = skip.filter((token) => token.trim()).map(matcher);
  return {
    named: (definition) => onlyMatchers.some((match) => match(definition)),
    selected: (definition) =>
      (onlyMatchers.length === 0 || onlyMatchers.some((match) => match(definition))) &&
      !skipMatchers.some((match) => match(definition)),
  };
}
