import { sha256Multihash } from "@jobkit/spec";
import type { ProxiedExchange } from "./proxied-exchange.js";
import type { Verdicts } from "./verdicts.js";

interface DeclaredAsset {
  readonly type: string | undefined;
  readonly size: number | undefined;
  readonly checksum: string | undefined;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const key = (url: URL) => `${url.pathname}${url.search}`;
const mediaType = (value: string | null | undefined) => value?.split(";")[0]?.trim().toLowerCase();

/**
 * With `--follow-assets`: remembers the assets results documents declare (by their upstream href) and judges each
 * download through the proxy against them: Content-Type, size and `file:checksum` (sha2-256 multihash).
 */
export function createAssetLedger(upstreamOrigin: string) {
  const declared = new Map<string, DeclaredAsset>();

  function judgeType(exchange: ProxiedExchange, asset: DeclaredAsset, verdicts: Verdicts): void {
    if (asset.type === undefined) return;
    const type = mediaType(exchange.responseHeaders.get("content-type"));
    verdicts.judge(
      "downloads.content-type",
      "server",
      exchange,
      type === mediaType(asset.type)
        ? undefined
        : `Content-Type ${type ?? "(none)"}, the asset says ${asset.type}`,
    );
  }

  function judgeRange(exchange: ProxiedExchange, asset: DeclaredAsset, verdicts: Verdicts): void {
    judgeType(exchange, asset, verdicts);
    const total = /\/(\d+)\s*$/.exec(exchange.responseHeaders.get("content-range") ?? "")?.[1];
    if (asset.size === undefined || total === undefined) return;
    verdicts.judge(
      "downloads.size",
      "server",
      exchange,
      Number(total) === asset.size
        ? undefined
        : `Content-Range announces ${total} bytes, file:size says ${asset.size}`,
    );
  }

  function judgeDownload(exchange: ProxiedExchange, asset: DeclaredAsset, verdicts: Verdicts): void {
    judgeType(exchange, asset, verdicts);
    if (exchange.sha256 === undefined) return;
    if (asset.size !== undefined)
      verdicts.judge(
        "downloads.size",
        "server",
        exchange,
        exchange.responseBodyBytes === asset.size
          ? undefined
          : `${exchange.responseBodyBytes} bytes arrived, file:size says ${asset.size}`,
      );
    if (asset.checksum !== undefined) {
      const actual = sha256Multihash(exchange.sha256);
      verdicts.judge(
        "downloads.checksum",
        "server",
        exchange,
        actual === asset.checksum.toLowerCase()
          ? undefined
          : `the bytes hash to ${actual}, file:checksum says ${asset.checksum}`,
      );
    }
  }

  return {
    /** Takes note of the assets of a results document read from `base` (before the proxy rewrote it). */
    learn(body: unknown, base: URL): void {
      if (!isObject(body) || !isObject(body.assets)) return;
      for (const asset of Object.values(body.assets)) {
        if (!isObject(asset) || typeof asset.href !== "string") continue;
        let href: URL;
        try {
          href = new URL(asset.href, base);
        } catch {
          continue;
        }
        if (href.origin !== upstreamOrigin) continue;
        declared.set(key(href), {
          type: typeof asset.type === "string" ? asset.type : undefined,
          size: typeof asset["file:size"] === "number" ? asset["file:size"] : undefined,
          checksum: typeof asset["file:checksum"] === "string" ? asset["file:checksum"] : undefined,
        });
      }
    },

    /**
     * Judges a download of a declared asset: a whole 200 GET in full, a 206 range by its Content-Type and the
     * total its Content-Range announces; HEAD answers are left alone.
     */
    judge(exchange: ProxiedExchange, verdicts: Verdicts): boolean {
      const asset = declared.get(key(exchange.upstreamUrl));
      if (!asset) return false;
      if (exchange.method === "GET" && exchange.status === 200) judgeDownload(exchange, asset, verdicts);
      if (exchange.method === "GET" && exchange.status === 206) judgeRange(exchange, asset, verdicts);
      return true;
    },
  };
}
