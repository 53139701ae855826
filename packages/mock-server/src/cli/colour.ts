/**
 * Whether to colour output: never with `NO_COLOR` set (non-empty), always with `FORCE_COLOR` set (other than
 * `0`/`false`), else only on a terminal. See https://no-color.org.
 */
export function useColour(env: Record<string, string | undefined>, isTTY: boolean | undefined): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false") return true;
  return isTTY === true;
}

/** `text` in red when `colour` is on. */
export function red(text: string, colour: boolean): string {
  return colour ? `\x1b[31m${text}\x1b[0m` : text;
}
