import { assetRuleCheck } from "./asset-rule-check.js";

const HEX = /^[0-9a-f]+$/;

/** jobkit's extra: file:checksum, where given, is a multihash in lowercase hex. */
export const jobkitAssetsFileChecksum = assetRuleCheck({
  id: "jobkit.assets.file-checksum",
  expectation: "every asset's file:checksum, where given, is a multihash in lowercase hex digits",
  broken: (key, asset) => {
    const checksum = asset["file:checksum"];
    if (checksum === undefined || (typeof checksum === "string" && HEX.test(checksum))) return undefined;
    return `${key} has file:checksum ${JSON.stringify(checksum)}, not lowercase hex digits`;
  },
});
