import { body, findLink, type JsonObject, listSome } from "../../internal/scenarios/answers.js";
import { breaks, conforms, judgedCheck } from "../judged-check.js";
import { type Observed, templateOf } from "../observed.js";
import { collectionId, DESCRIBE, LIST, listedCollections } from "./collection-answers.js";

/** The license values that are no SPDX identifier and need a `license` link (rule 308). */
const LINKED_LICENSES = new Set(["proprietary", "various"]);

/** The collections a successful GET /collections or GET /collections/{id} answered; undefined for others. */
function collectionsOf(exchange: Observed): JsonObject[] | undefined {
  if (exchange.method !== "GET" || exchange.status !== 200) return undefined;
  const template = templateOf(exchange);
  if (template === LIST.template) return listedCollections(exchange);
  return template === DESCRIBE.template ? [body(exchange)] : undefined;
}

/** Rule 308: a proprietary or various license is linked. */
export const collectionsLicenseLink = judgedCheck({
  id: "collections.license-link",
  scenario: "collections",
  level: "L2",
  rules: [308],
  needs: ["GET /collections"],
  expectation:
    "every collection listed or described whose license is proprietary or various has a link with rel license",
  unjudged: "GET /collections listed no collection",
  judge: (exchange) => {
    const collections = collectionsOf(exchange);
    if (!collections || collections.length === 0) return undefined;
    const unlinked = collections
      .filter((collection) => LINKED_LICENSES.has(String(collection.license).toLowerCase()))
      .filter((collection) => !findLink(collection.links, "license"))
      .map((collection) => `${collectionId(collection)} (license ${String(collection.license)})`);
    return unlinked.length > 0 ? breaks(`no link with rel license: ${listSome(unlinked)}`) : conforms;
  },
});
