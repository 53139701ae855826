import { breaks, conforms, judgedCheck } from "../judged-check.js";
import { RESULTS } from "../needs.js";
import { anonymous, downloadedAsset, refused } from "./asset-download.js";

/** Asset links work without credentials (signed URLs for confidential data). */
export const downloadsNoAuth = judgedCheck({
  id: "downloads.no-auth",
  scenario: "lifecycle",
  level: "L2",
  rules: [],
  basis: "API: asset hrefs SHOULD work without authentication (signed URLs for confidential data)",
  needs: RESULTS,
  expectation: "GET of every asset href without any credentials is not refused: the links are signed",
  unjudged: "no asset was asked for without credentials",
  judge: (exchange) => {
    const asset = downloadedAsset(exchange);
    if (!asset || !anonymous(exchange)) return undefined;
    if (exchange.status === undefined) return breaks(`${asset.key} got no answer (${exchange.problem})`);
    return refused(exchange.status)
      ? breaks(`without credentials ${asset.key} answered ${exchange.status}`)
      : conforms;
  },
});
