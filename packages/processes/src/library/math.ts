import { defineProcess, type ProcessImplementation } from "../process-entry.js";

/** The math processes. */
export const mathProcesses: readonly ProcessImplementation[] = [
  defineProcess({
    id: "add",
    summary: "Adds two numbers; no-data in either gives no-data.",
    fidelity: "exact",
    run: ({ x, y }) => (typeof x === "number" && typeof y === "number" ? x + y : null),
  }),
];
