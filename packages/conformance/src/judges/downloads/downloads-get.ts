import { breaks, conforms, judgedCheck } from "../judged-check.js";
import { RESULTS } from "../needs.js";
import { anonymous, downloadedAsset, refused } from "./asset-download.js";

/** An asset's href downloads it: GET answers 200 with the whole body. */
export const downloadsGet = judgedCheck({
  id: "downloads.get",
  scenario: "lifecycle",
  level: "L1B",
  rules: [],
  basis: "API: an asset's href is the URL to download it",
  needs: RESULTS,
  expectation:
    "GET of every asset href answers 200 with the whole body (on the API's origin, with credentials when refused without them: that refusal is downloads.no-auth's)",
  unjudged:
    "no GET of an asset a results document declares, other than refusals without credentials on the API's origin",
  judge: (exchange) => {
    const asset = downloadedAsset(exchange);
    if (!asset || (asset.onApiOrigin && anonymous(exchange) && refused(exchange.status))) return undefined;
    if (exchange.status === undefined) return breaks(`${asset.key} got no answer (${exchange.problem})`);
    const ranged = exchange.status === 206 && exchange.requestHeaders.has("range");
    if (exchange.status !== 200 && !ranged) return breaks(`${asset.key} answered ${exchange.status}`);
    return exchange.problem ? breaks(`${asset.key}: ${exchange.problem}`) : conforms;
  },
});
