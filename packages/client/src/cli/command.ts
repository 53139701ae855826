import type { Connection } from "../connection.js";
import type { FetchLike } from "../internal/http.js";
import type { Values } from "./parse-arguments.js";
import type { BarStream } from "./progress-bar.js";

/** What the CLI talks to: the process's streams and environment, or test doubles. */
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: BarStream;
  env: Record<string, string | undefined>;
  /** Injected in tests; the global fetch otherwise. */
  fetch?: FetchLike;
  signal?: AbortSignal;
  now?: () => number;
}

/** What a command runs with. */
export interface CommandContext {
  values: Values;
  io: CliIo;
  /** Connects (once) to `--url` with the given credentials. */
  connection(): Promise<Connection>;
}

/** One CLI command: its positional arguments and context in, an exit code out. */
export type Command = (args: string[], context: CommandContext) => Promise<number>;
