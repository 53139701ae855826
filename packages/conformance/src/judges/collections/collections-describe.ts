import { answered, body, missingFields } from "../../internal/scenarios/answers.js";
import { judgeOperation } from "../answer-problem.js";
import { breaks, conforms, type Finding, judgedCheck } from "../judged-check.js";
import type { Observed } from "../observed.js";
import {
  collectionId,
  DESCRIBE,
  isList,
  listedCollections,
  refusedCredentials,
} from "./collection-answers.js";
import { DESCRIBED_FIELDS } from "./collection-fields.js";

/** The collection id a GET /collections/{id} asked for. */
const askedId = (exchange: Observed) => decodeURIComponent(exchange.url.pathname.split("/").pop() ?? "");

/**
 * A description that is not 200 is a fault only for a collection an earlier GET /collections listed: any other
 * id may honestly not exist.
 */
function judgeDescription(exchange: Observed, earlier: readonly Observed[]): Finding | undefined {
  const id = askedId(exchange);
  if (exchange.status !== 200) {
    const listed = earlier.some((list) => listedCollections(list).some((item) => collectionId(item) === id));
    return listed && !refusedCredentials(exchange)
      ? breaks(`GET /collections/${id} ${answered(exchange)}`)
      : undefined;
  }
  const document = body(exchange);
  if (document.id !== id) return breaks(`GET /collections/${id} describes ${String(document.id)}`);
  const missing = missingFields(document, DESCRIBED_FIELDS);
  return missing.length > 0 ? breaks(`${id} lacks ${missing.join(", ")}`) : conforms;
}

/** Rules 320–321: a listed collection's description. */
export const collectionsDescribe = judgedCheck({
  id: "collections.describe",
  scenario: "collections",
  level: "L1",
  rules: [320, 321],
  needs: ["GET /collections", "GET /collections/{}"],
  expectation:
    "GET /collections/{id} of the first three listed collections answers 200 with that collection: stac_version, id, description, license, extent, links, cube:dimensions and summaries",
  unjudged: "GET /collections listed no collection to describe",
  keep: isList,
  judge: (exchange, earlier) =>
    judgeOperation(exchange, DESCRIBE, (answer) => judgeDescription(answer, earlier)),
});
