import type { Callback } from "../../src/callback.js";
import { createProcessRegistry, type JobkitProcessesError, runProcess, type Value } from "../../src/index.js";

const registry = createProcessRegistry();

/** Runs one registered process as a graph node would: defaults filled in, a context that drops warnings. */
export function run(id: string, args: Record<string, Value>): Value {
  return runProcess(id, args, { registry, context: { warn: () => {} } });
}

/** The openEO code of the error a process throws, or `undefined` when it returns. */
export function thrownCode(id: string, args: Record<string, Value>): string | undefined {
  try {
    run(id, args);
    return undefined;
  } catch (error) {
    return (error as JobkitProcessesError).openeoCode;
  }
}

/** A hand-built callback that records the parameters of every call. */
export function recordingCallback(answer: (parameters: Readonly<Record<string, Value>>) => Value): {
  callback: Callback;
  calls: Readonly<Record<string, Value>>[];
} {
  const calls: Readonly<Record<string, Value>>[] = [];
  const callback: Callback = {
    kind: "callback",
    call: (parameters) => {
      calls.push(parameters);
      return answer(parameters);
    },
  };
  return { callback, calls };
}
