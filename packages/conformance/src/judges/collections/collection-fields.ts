/** What openEO's `collection` schema requires of every collection (rule 307). */
export const COLLECTION_FIELDS = ["stac_version", "id", "description", "license", "extent", "links"];
/** What `GET /collections/{id}` adds to it (rule 321). */
export const DESCRIBED_FIELDS = [...COLLECTION_FIELDS, "cube:dimensions", "summaries"];
