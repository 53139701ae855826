import { answered, body, isObject, listSome, missingFields } from "../../internal/scenarios/answers.js";
import { judgeOperation } from "../answer-problem.js";
import { breaks, conforms, judgedCheck } from "../judged-check.js";
import type { Observed } from "../observed.js";
import { collectionId, LIST, refusedCredentials } from "./collection-answers.js";
import { COLLECTION_FIELDS } from "./collection-fields.js";

function listProblems(exchange: Observed): string[] {
  const { collections, links } = body(exchange);
  if (!Array.isArray(collections) || !Array.isArray(links))
    return ["collections and links must both be arrays"];
  return collections.flatMap((item, index) => {
    if (!isObject(item)) return [`collections[${index}] is not an object`];
    const missing = missingFields(item, COLLECTION_FIELDS);
    return missing.length > 0 ? [`${collectionId(item)} lacks ${missing.join(", ")}`] : [];
  });
}

/** Rules 300 and 307: the list of collections and what each collection in it has. */
export const collectionsList = judgedCheck({
  id: "collections.list",
  scenario: "collections",
  level: "L1",
  rules: [300, 307],
  needs: ["GET /collections"],
  expectation:
    "GET /collections answers 200 with collections and links arrays; each collection has stac_version, id, description, license, extent and links",
  unjudged: "no GET /collections went through",
  judge: (exchange) =>
    judgeOperation(exchange, LIST, (answer) => {
      if (refusedCredentials(answer)) return undefined;
      if (answer.status !== 200) return breaks(`GET /collections ${answered(answer)}; expected 200`);
      const problems = listProblems(answer);
      return problems.length > 0 ? breaks(listSome(problems)) : conforms;
    }),
});
