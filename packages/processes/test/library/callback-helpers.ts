import type { Callback, JobkitProcessesError, Value } from "../../src/index.js";
import { resultOf } from "./run-one.js";

/** The openEO code of the error a process throws, or `undefined` when it returns. */
export function thrownCode(id: string, args: Record<string, Value>): string | undefined {
  try {
    resultOf(id, args);
    return undefined;
  } catch (error) {
    return (error as JobkitProcessesError).openeoCode;
  }
}

/** A hand-built callback that answers with `answer` and records the parameters of every call. */
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
