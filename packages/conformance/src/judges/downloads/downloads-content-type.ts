import { baseMediaType } from "../../internal/file-format.js";
import { breaks, conforms, judgedCheck } from "../judged-check.js";
import { RESULTS } from "../needs.js";
import { downloadedAsset, NO_DOWNLOAD } from "./asset-download.js";

/** A download's Content-Type is the asset's declared type. */
export const downloadsContentType = judgedCheck({
  id: "downloads.content-type",
  scenario: "lifecycle",
  level: "L2",
  rules: [],
  basis: "HTTP Content-Type (RFC 9110 §8.3); openEO asks nothing of the download's header",
  needs: RESULTS,
  expectation: "each download's Content-Type is the asset's type",
  unjudged: `${NO_DOWNLOAD} of an asset that declares its type`,
  judge: (exchange) => {
    const asset = downloadedAsset(exchange);
    if (!asset?.type || (exchange.status !== 200 && exchange.status !== 206)) return undefined;
    const header = exchange.responseHeaders.get("content-type");
    return baseMediaType(header) === baseMediaType(asset.type)
      ? conforms
      : breaks(`${asset.key} is declared ${asset.type} but served as ${header ?? "nothing"}`);
  },
});
