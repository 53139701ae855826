import { REDACTED } from "./redact-header.js";

/** Shorter values are hidden only where they stand as credentials (headers, members, parameters), not as text. */
const MIN_SECRET_CHARS = 6;

/**
 * The secret values a redactor learned, hidden wherever they appear, longest first. A plain substring search
 * first tells whether a text holds one at all (most texts hold none): one pattern of every value would be
 * compiled anew for each set learned, which costs more than all the searches of a run (tokens are long).
 */
export class LearnedSecrets {
  readonly #values = new Set<string>();
  #longestFirst: string[] = [];

  /** Learns the values of six characters or more; true when one of them was new. */
  add(values: readonly (string | undefined)[]): boolean {
    const known = this.#values.size;
    for (const value of values) if (value && value.length >= MIN_SECRET_CHARS) this.#values.add(value);
    if (this.#values.size === known) return false;
    this.#longestFirst = [...this.#values].sort((a, b) => b.length - a.length);
    return true;
  }

  /** The text with every learned value replaced by the redaction mark. */
  hide(text: string): string {
    if (!this.#longestFirst.some((secret) => text.includes(secret))) return text;
    let shown = text;
    for (const secret of this.#longestFirst) shown = shown.replaceAll(secret, REDACTED);
    return shown;
  }
}
