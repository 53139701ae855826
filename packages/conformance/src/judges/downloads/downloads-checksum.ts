import { verifyChecksum } from "../../internal/file-format.js";
import { breaks, conforms, judgedCheck } from "../judged-check.js";
import { RESULTS } from "../needs.js";
import { arrivedWhole, downloadedAsset, NO_DOWNLOAD } from "./asset-download.js";

/** An asset's file:checksum matches its bytes. */
export const downloadsChecksum = judgedCheck({
  id: "downloads.checksum",
  scenario: "lifecycle",
  level: "L2",
  rules: [],
  basis: "STAC file:checksum (a multihash of the file)",
  needs: RESULTS,
  expectation: "each asset's file:checksum (sha2-256 multihash, `1220…` hex) matches the bytes",
  unjudged: `${NO_DOWNLOAD} whole of an asset with file:checksum`,
  judge: (exchange) => {
    const asset = downloadedAsset(exchange);
    if (!asset?.checksum || exchange.status !== 200 || !arrivedWhole(exchange)) return undefined;
    if (exchange.sha256 === undefined) return undefined;
    const verdict = verifyChecksum(asset.checksum, exchange.sha256);
    return verdict.ok ? conforms : breaks(`${asset.key}: ${verdict.message}`);
  },
});
