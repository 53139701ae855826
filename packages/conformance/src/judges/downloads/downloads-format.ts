import { sniffFormat } from "../../internal/file-format.js";
import { fail, pass, skip } from "../../internal/outcome.js";
import type { Exchange } from "../../internal/probe.js";
import { listSome } from "../../internal/scenarios/answers.js";
import type { AssetInfo } from "../../internal/scenarios/results.js";
import { RESULTS } from "../needs.js";
import { scenarioCheck } from "../scenario-check.js";

/** An asset and the GET that downloaded it whole. */
export interface FetchedAsset {
  readonly asset: AssetInfo;
  readonly get: Exchange;
}

/** The API document: an asset's type is its media type, so its bytes parse as that format. */
export const downloadsFormat = scenarioCheck({
  id: "downloads.format",
  scenario: "lifecycle",
  level: "L1B",
  rules: [],
  basis: "API: an asset's type is its media type",
  needs: RESULTS,
  expectation: "the bytes parse as the declared format: GeoTIFF header, PNG signature, JSON",
  verdict: (fetched: readonly FetchedAsset[], c) => {
    if (fetched.length === 0) return skip("no asset could be downloaded (see downloads.get)");
    const verdicts = fetched.map(({ asset, get }) => ({
      asset,
      get,
      ...sniffFormat(get.bytes, asset.type ?? get.headers.get("content-type") ?? ""),
    }));
    const judged = verdicts.filter((verdict) => verdict.judged);
    if (judged.length === 0)
      return skip(
        `no asset has a format the kit can parse (${verdicts.map((verdict) => verdict.message).join("; ")})`,
      );
    const problems = judged.filter((verdict) => !verdict.ok);
    for (const verdict of problems) c.note(verdict.get);
    return problems.length > 0
      ? fail(
          listSome(
            problems.map((verdict) => `${verdict.asset.key} (${verdict.asset.type}): ${verdict.message}`),
          ),
        )
      : pass(judged.map((verdict) => `${verdict.asset.key}: ${verdict.message}`).join(", "));
  },
});
