import { collectionId } from "../../judges/collections/collection-answers.js";
import { collectionsDescribe } from "../../judges/collections/collections-describe.js";
import { collectionsLicenseLink } from "../../judges/collections/collections-license-link.js";
import { collectionsList } from "../../judges/collections/collections-list.js";
import type { Exchange } from "../probe.js";
import type { Session } from "../session.js";
import { arrayOf, isObject } from "./answers.js";
import { judgeMade } from "./judge-exchanges.js";

/** How many listed collections are described one by one. */
const DESCRIBED = 3;

/**
 * GET /collections, then GET /collections/{id} of the first few: the STAC fields and license links. Asked without
 * credentials (rules 301 and 322: they work without), so that a token problem is the auth checks' to judge.
 */
export async function collections(s: Session): Promise<void> {
  const list = await s.api("GET", "/collections", { auth: "none" });
  const ids = arrayOf(list, "collections")
    .filter(isObject)
    .map(collectionId)
    .filter((id) => id !== "(no id)")
    .slice(0, DESCRIBED);
  const asked: Exchange[] = [list];
  if (s.supports("GET /collections/{}") && s.runs("collections.describe", "collections.license-link"))
    for (const id of ids) asked.push(await s.api("GET", "/collections/{}", { params: [id], auth: "none" }));
  await judgeMade(s, collectionsList, [list]);
  for (const check of [collectionsDescribe, collectionsLicenseLink]) await judgeMade(s, check, asked);
}
