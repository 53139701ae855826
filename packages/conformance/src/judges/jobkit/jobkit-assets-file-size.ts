import { assetRuleCheck } from "./asset-rule-check.js";

/** jobkit's extra: file:size, where given, counts bytes. */
export const jobkitAssetsFileSize = assetRuleCheck({
  id: "jobkit.assets.file-size",
  expectation: "every asset's file:size, where given, is an integer of bytes ≥ 0",
  broken: (key, asset) => {
    const size = asset["file:size"];
    if (size === undefined || (Number.isInteger(size) && (size as number) >= 0)) return undefined;
    return `${key} has file:size ${JSON.stringify(size)}, not an integer ≥ 0`;
  },
});
