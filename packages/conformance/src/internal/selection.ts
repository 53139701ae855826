import { CATALOGUE, requiredByDefault } from "../catalogue.js";
import { ConformanceUsageError } from "../errors.js";
import { type CheckDefinition, LEVELS } from "../types.js";

/**
 * Which checks a run evaluates, from `only` and `skip` lists of ids, id prefixes (`jobs.`), rules and levels, and
 * which of them it requires (`require` adds checks to the required ones without narrowing the run).
 */
export interface Selection {
  selected(definition: CheckDefinition): boolean;
  /** Whether its failure fails the run: required by default, or named by `only` or `require`. */
  required(definition: CheckDefinition): boolean;
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

const matchers = (tokens: readonly string[]) => tokens.filter((token) => token.trim()).map(matcher);

/**
 * Builds a selection; throws {@link ConformanceUsageError} for a token that matches nothing, or for a check both
 * required and skipped.
 */
export function createSelection(
  only: readonly string[] = [],
  skip: readonly string[] = [],
  require: readonly string[] = [],
): Selection {
  const onlyMatchers = matchers(only);
  const skipMatchers = matchers(skip);
  const requireMatchers = matchers(require);
  const skipped = (definition: CheckDefinition) => skipMatchers.some((match) => match(definition));
  const demanded = (definition: CheckDefinition) => requireMatchers.some((match) => match(definition));
  const conflict = CATALOGUE.find((definition) => demanded(definition) && skipped(definition));
  if (conflict)
    throw new ConformanceUsageError(`${conflict.id} is both required and skipped; give it to one of them.`);
  const named = (definition: CheckDefinition) =>
    onlyMatchers.some((match) => match(definition)) || demanded(definition);
  return {
    required: (definition) => requiredByDefault(definition) || named(definition),
    selected: (definition) => (onlyMatchers.length === 0 || named(definition)) && !skipped(definition),
  };
}
