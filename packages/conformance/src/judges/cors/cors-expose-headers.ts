import { breaks, conforms, judgedCheck } from "../judged-check.js";
import { responseHeaderList } from "../observed.js";
import { isCorsAnswer } from "./is-preflight.js";

const EXPOSED = ["location", "openeo-identifier", "openeo-costs", "link"];

/** Rule 3: every such answer exposes the headers openEO clients read. */
export const corsExposeHeaders = judgedCheck({
  id: "cors.expose-headers",
  scenario: "overall",
  level: "L1",
  rules: [3],
  needs: [],
  expectation: "every such answer exposes Location, OpenEO-Identifier, OpenEO-Costs and Link",
  unjudged: "no request carried an Origin header",
  judge: (exchange) => {
    if (!isCorsAnswer(exchange)) return undefined;
    const exposed = responseHeaderList(exchange, "access-control-expose-headers");
    const lacking = exposed.includes("*") ? [] : EXPOSED.filter((name) => !exposed.includes(name));
    return lacking.length > 0
      ? breaks(
          `Access-Control-Expose-Headers ${exposed.length > 0 ? `is "${exposed.join(", ")}"` : "is missing"}, without ${lacking.join(", ")}`,
        )
      : conforms;
  },
});
