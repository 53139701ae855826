import type { CheckId } from "../catalogue.js";
import { isObject, type JsonObject } from "./scenarios/answers.js";

/** One of jobkit's extras on assets: what an asset breaks of it (undefined when it keeps it), and the good news. */
interface AssetRule {
  readonly broken: (key: string, asset: JsonObject) => string | undefined;
  readonly kept: string;
}

const HEX = /^[0-9a-f]+$/;

/** The checks of jobkit's extras on assets. */
export type AssetCheckId = Extract<CheckId, `jobkit.assets.${string}`>;

/**
 * jobkit's extra promises on the assets of results documents, by check id: the kit's results scenario and the
 * proxy judge them alike.
 */
const JOBKIT_ASSET_RULES: Readonly<Record<AssetCheckId, AssetRule>> = {
  "jobkit.assets.absolute-href": {
    broken: (key, asset) =>
      typeof asset.href === "string" && !URL.canParse(asset.href)
        ? `${key} has the relative href ${JSON.stringify(asset.href)}`
        : undefined,
    kept: "every href is absolute",
  },
  "jobkit.assets.file-size": {
    broken: (key, asset) => {
      const size = asset["file:size"];
      if (size === undefined || (Number.isInteger(size) && (size as number) >= 0)) return undefined;
      return `${key} has file:size ${JSON.stringify(size)}, not an integer ≥ 0`;
    },
    kept: "every file:size given is an integer ≥ 0",
  },
  "jobkit.assets.file-checksum": {
    broken: (key, asset) => {
      const checksum = asset["file:checksum"];
      if (checksum === undefined || (typeof checksum === "string" && HEX.test(checksum))) return undefined;
      return `${key} has file:checksum ${JSON.stringify(checksum)}, not lowercase hex digits`;
    },
    kept: "every file:checksum given is lowercase hex",
  },
};

/** The assets of a results document that are objects, with their keys. */
export function assetEntries(metadata: unknown): [string, JsonObject][] {
  const assets = isObject(metadata) && isObject(metadata.assets) ? metadata.assets : {};
  return Object.entries(assets).filter((entry): entry is [string, JsonObject] => isObject(entry[1]));
}

/** What the assets of a results document break of one of jobkit's extras, one line per asset. */
export function assetProblems(rule: AssetRule, metadata: unknown): string[] {
  return assetEntries(metadata).flatMap(([key, asset]) => rule.broken(key, asset) ?? []);
}

/** The asset rules with their typed check ids. */
export function jobkitAssetRules(): [AssetCheckId, AssetRule][] {
  return Object.entries(JOBKIT_ASSET_RULES) as [AssetCheckId, AssetRule][];
}
