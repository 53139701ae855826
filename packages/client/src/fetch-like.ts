/** The `fetch` the client calls; `globalThis.fetch` by default, `app.fetch` of an in-process server in tests. */
export type FetchLike = (request: Request) => Response | Promise<Response>;
