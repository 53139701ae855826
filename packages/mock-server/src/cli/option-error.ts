import { didYouMean } from "./did-you-mean.js";

/**
 * The one-line message for an error of `node:util` `parseArgs`, naming flags as `--name` without Node's quotes,
 * with a did-you-mean among `known` flags for an unknown one.
 */
export function optionError(error: unknown, known: readonly string[]): string {
  const message = error instanceof Error ? error.message : String(error);
  const flag = /'(-[^'\s,]*)(?:,\s*(--[^'\s]+))?/.exec(message);
  const name = flag?.[2] ?? flag?.[1]?.replace(/=.*/, "") ?? "";
  if (message.startsWith("Unknown option")) {
    const guess = didYouMean(name, known);
    return `unknown option ${name}${guess ? `; did you mean ${guess}?` : ""}`;
  }
  if (/argument missing|is ambiguous/.test(message))
    return `${name} needs a value (one starting with "-" goes as ${name}=-VALUE)`;
  if (message.includes("does not take an argument")) return `${name} takes no value`;
  const argument = /^Unexpected argument '([^']*)'/.exec(message)?.[1];
  if (argument !== undefined) return `unexpected argument "${argument}"`;
  return message.replace(/'/g, '"');
}
