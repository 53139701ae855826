import { answered } from "../../internal/scenarios/answers.js";
import { breaks, conforms, judgedCheck } from "../judged-check.js";

/** jobkit's extra: assets answer HEAD, as the Python client asks first. */
export const jobkitDownloadsHead = judgedCheck({
  source: "jobkit",
  level: "L2",
  rules: [],
  id: "jobkit.downloads.head",
  scenario: "lifecycle",
  needs: ["POST /jobs", "GET /jobs/{}", "POST /jobs/{}/results", "GET /jobs/{}/results"],
  expectation:
    "HEAD of every asset href (with an Authorization header, as the Python client sends it) answers 200 with a Content-Length (openEO does not ask for HEAD; the Python client falls back to GET)",
  unjudged: "no asset was asked with HEAD",
  judge: (exchange) => {
    if (exchange.target.kind !== "asset" || exchange.method !== "HEAD") return undefined;
    const { key } = exchange.target.asset;
    if (exchange.status !== 200) return breaks(`HEAD ${key} ${answered(exchange)}`);
    return exchange.responseHeaders.get("content-length") === null
      ? breaks(`HEAD ${key} has no Content-Length`)
      : conforms;
  },
});
