import { fail, type Outcome, pass, skip } from "../outcome.js";
import type { Exchange } from "../probe.js";
import type { Session } from "../session.js";
import {
  answered,
  arrayOf,
  body,
  findLink,
  isObject,
  type JsonObject,
  listSome,
  missingFields,
} from "./answers.js";

/** What openEO's `collection` schema requires of every collection (rule 307). */
const COLLECTION_FIELDS = ["stac_version", "id", "description", "license", "extent", "links"];
/** What `GET /collections/{id}` adds to it (rule 321). */
const DESCRIBED_FIELDS = [...COLLECTION_FIELDS, "cube:dimensions", "summaries"];
/** The license values that are no SPDX identifier and need a `license` link (rule 308). */
const LINKED_LICENSES = new Set(["proprietary", "various"]);
/** How many listed collections are described one by one. */
const DESCRIBED = 3;

/** The id of a collection object, for observations. */
function idOf(collection: JsonObject): string {
  return typeof collection.id === "string" ? collection.id : "(no id)";
}

function listVerdict(list: Exchange): Outcome {
  if (list.status !== 200) return fail(`GET /collections ${answered(list)}; expected 200`);
  const { collections, links } = body(list);
  if (!Array.isArray(collections) || !Array.isArray(links))
    return fail("collections and links must both be arrays");
  const faults = collections.flatMap((item, index) => {
    if (!isObject(item)) return [`collections[${index}] is not an object`];
    const missing = missingFields(item, COLLECTION_FIELDS);
    return missing.length > 0 ? [`${idOf(item)} lacks ${missing.join(", ")}`] : [];
  });
  return faults.length > 0
    ? fail(listSome(faults), faults)
    : pass(`${collections.length} collections, ${links.length} links`);
}

function describedVerdict(id: string, answer: Exchange): string | undefined {
  if (answer.status !== 200) return `GET /collections/${id} ${answered(answer)}`;
  const document = body(answer);
  if (document.id !== id) return `GET /collections/${id} describes ${String(document.id)}`;
  const missing = missingFields(document, DESCRIBED_FIELDS);
  return missing.length > 0 ? `${id} lacks ${missing.join(", ")}` : undefined;
}

/** The collections whose license is proprietary or various and that have no `license` link. */
function unlinkedLicenses(collections: readonly JsonObject[]): string[] {
  return collections
    .filter((collection) => LINKED_LICENSES.has(String(collection.license).toLowerCase()))
    .filter((collection) => !findLink(collection.links, "license"))
    .map((collection) => `${idOf(collection)} (license ${String(collection.license)})`);
}

/**
 * GET /collections, then GET /collections/{id} of the first few: the STAC fields and license links. Asked without
 * credentials (rules 301 and 322: they work without), so that a token problem is the auth checks' to judge.
 */
export async function collections(s: Session): Promise<void> {
  const list = await s.api("GET", "/collections", { auth: "none" });
  await s.check("collections.list", (c) => listVerdict(c.use(list)));
  const listed = arrayOf(list, "collections").filter(isObject);
  const ids = listed
    .map(idOf)
    .filter((id) => id !== "(no id)")
    .slice(0, DESCRIBED);
  const described: [string, Exchange][] = [];
  if (s.supports("GET /collections/{}") && s.runs("collections.describe", "collections.license-link"))
    for (const id of ids)
      described.push([id, await s.api("GET", "/collections/{}", { params: [id], auth: "none" })]);
  await s.check("collections.describe", (c) => {
    c.use(list);
    if (described.length === 0) return skip("GET /collections listed no collection to describe");
    const faults = described.flatMap(([id, answer]) => describedVerdict(id, c.use(answer)) ?? []);
    return faults.length > 0
      ? fail(listSome(faults), faults)
      : pass(`${described.map(([id]) => id).join(", ")} described`);
  });
  await s.check("collections.license-link", (c) => {
    c.use(list);
    const documents = described
      .filter(([, answer]) => answer.status === 200)
      .map(([, answer]) => body(answer));
    for (const [, answer] of described) c.note(answer);
    const unlinked = [...new Set(unlinkedLicenses([...listed, ...documents]))];
    if (unlinked.length > 0) return fail(`no link with rel license: ${listSome(unlinked)}`, unlinked);
    return listed.length === 0
      ? skip("GET /collections listed no collection")
      : pass(
          `${listed.length} collections listed, ${documents.length} described: every proprietary or various license is linked`,
        );
  });
}
