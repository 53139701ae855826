import type { Value } from "./value.js";

/** An array whose elements carry labels: the `data` a reducer gets from a cube dimension, or `array_create_labeled`. */
export class LabeledArray {
  constructor(
    readonly labels: readonly (string | number)[],
    readonly values: readonly Value[],
  ) {}

  /** The element with this label, or `undefined` when no element has it. */
  get(label: string | number): Value | undefined {
    const index = this.labels.indexOf(label);
    return index < 0 ? undefined : this.values[index];
  }
}
