/** A fetch-compatible function; the kit always calls it with one `Request`. */
export type FetchLike = (request: Request) => Promise<Response>;
