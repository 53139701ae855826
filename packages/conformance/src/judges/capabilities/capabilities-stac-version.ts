import { breaks, conforms, judgedCheck } from "../judged-check.js";
import { capabilitiesAnswer } from "./capabilities-answer.js";

/** Rule 34: the STAC version of the capabilities. */
export const capabilitiesStacVersion = judgedCheck({
  id: "capabilities.stac-version",
  scenario: "discovery",
  level: "L1",
  rules: [34],
  needs: [],
  expectation: "stac_version is 1.0.0 or 0.9.0",
  unjudged: "no GET / went through",
  judge: (exchange) => {
    const answer = capabilitiesAnswer(exchange);
    if (!answer) return undefined;
    const version = answer.caps.stac_version;
    return version === "1.0.0" || version === "0.9.0"
      ? conforms
      : breaks(`stac_version is ${JSON.stringify(version)}`);
  },
});
