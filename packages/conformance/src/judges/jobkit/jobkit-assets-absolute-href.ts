import { assetRuleCheck } from "./asset-rule-check.js";

/** jobkit's extra: absolute asset hrefs (openEO also allows one relative to the results document). */
export const jobkitAssetsAbsoluteHref = assetRuleCheck({
  id: "jobkit.assets.absolute-href",
  expectation:
    "every asset href is an absolute URL (openEO also allows one relative to the results document)",
  broken: (key, asset) =>
    typeof asset.href === "string" && !URL.canParse(asset.href)
      ? `${key} has the relative href ${JSON.stringify(asset.href)}`
      : undefined,
});
