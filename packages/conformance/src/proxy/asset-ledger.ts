import type { DeclaredAsset } from "../judges/observed.js";

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const key = (url: URL) => `${url.pathname}${url.search}`;

/**
 * With `--follow-assets`: remembers the assets results documents declare (by their upstream href), so that the
 * downloads through the proxy are judged as downloads of those assets.
 */
export function createAssetLedger(upstreamOrigin: string) {
  const declared = new Map<string, DeclaredAsset>();

  return {
    /** Takes note of the assets of a results document read from `base` (before the proxy rewrote it). */
    learn(body: unknown, base: URL): void {
      if (!isObject(body) || !isObject(body.assets)) return;
      for (const [name, asset] of Object.entries(body.assets)) {
        if (!isObject(asset) || typeof asset.href !== "string" || !URL.canParse(asset.href, base)) continue;
        const href = new URL(asset.href, base);
        if (href.origin !== upstreamOrigin) continue;
        declared.set(key(href), {
          key: name,
          type: typeof asset.type === "string" ? asset.type : undefined,
          size: typeof asset["file:size"] === "number" ? asset["file:size"] : undefined,
          checksum: typeof asset["file:checksum"] === "string" ? asset["file:checksum"] : undefined,
          onApiOrigin: true,
        });
      }
    },

    /** The declared asset an upstream URL downloads, if any. */
    find: (url: URL): DeclaredAsset | undefined => declared.get(key(url)),
  };
}
