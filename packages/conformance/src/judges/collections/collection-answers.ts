import { arrayOf, isObject, type JsonObject } from "../../internal/scenarios/answers.js";
import type { Observed } from "../observed.js";

export const LIST = { method: "GET", template: "/collections" } as const;
export const DESCRIBE = { method: "GET", template: "/collections/{collection_id}" } as const;

/** The id of a collection object, for observations. */
export function collectionId(collection: JsonObject): string {
  return typeof collection.id === "string" ? collection.id : "(no id)";
}

/** The collection objects a GET /collections answer lists. */
export function listedCollections(exchange: Observed): JsonObject[] {
  return arrayOf(exchange, "collections").filter(isObject);
}

/** Whether an exchange is a successful GET /collections, which later judgements look back on. */
export const isList = (exchange: Observed) =>
  exchange.method === LIST.method &&
  exchange.target.kind === "api" &&
  exchange.target.template === LIST.template &&
  exchange.status === 200;

/**
 * Rules 301 and 322: the collections answer without credentials. A request that carries some may be refused
 * (rule 102), so its refusal is not judged.
 */
export function refusedCredentials(exchange: Observed): boolean {
  return (exchange.status === 401 || exchange.status === 403) && exchange.requestHeaders.has("authorization");
}
