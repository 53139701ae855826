import { defineProcess, type ProcessImplementation } from "../../process-entry.js";

/** The constants and the process that returns its argument as it is. */
export const constantProcesses: readonly ProcessImplementation[] = [
  defineProcess({ id: "e", summary: "Euler's number.", fidelity: "exact", run: () => Math.E }),
  defineProcess({
    id: "pi",
    summary: "The ratio of a circle's circumference to its diameter.",
    fidelity: "exact",
    run: () => Math.PI,
  }),
  defineProcess({ id: "nan", summary: "The IEEE 754 value NaN.", fidelity: "exact", run: () => Number.NaN }),
  defineProcess({
    id: "constant",
    summary: "Returns its argument, for reuse in several places of a graph.",
    fidelity: "exact",
    run: ({ x }) => x ?? null,
  }),
];
