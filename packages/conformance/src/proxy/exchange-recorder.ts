import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { exchangeEvidence } from "./exchange-evidence.js";
import type { ProxiedExchange } from "./proxied-exchange.js";
import type { Violation } from "./verdicts.js";

/**
 * Writes every exchange with its violations to a file, one JSON object per line, each line through `redact`
 * (the proxy's, which knows the secrets of the traffic).
 */
export function createExchangeRecorder(file: string, redact: <T>(value: T) => T) {
  const stream = createWriteStream(file, { flags: "w" });
  let failure: Error | undefined;
  stream.on("error", (error) => {
    failure = error;
  });
  return {
    write(exchange: ProxiedExchange, violations: readonly Violation[]): void {
      if (failure) return;
      const line = {
        seq: exchange.seq,
        startedAt: exchange.startedAt,
        ...exchangeEvidence(exchange),
        ...(exchange.sha256 === undefined ? {} : { sha256: exchange.sha256 }),
        violations: violations.map(({ check, side, message }) => ({ check, side, message })),
      };
      stream.write(`${JSON.stringify(redact(line))}\n`);
    },
    /** Flushes and closes; resolves with the write error, if any. */
    async close(): Promise<Error | undefined> {
      if (!failure) {
        stream.end();
        await once(stream, "close").catch(() => undefined);
      }
      return failure;
    },
  };
}
