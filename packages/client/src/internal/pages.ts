import { JobkitClientError } from "../errors.js";
import type { Link } from "../types.js";
import type { Http, SendOptions } from "./http.js";

/** At most this many pages are followed; a back-end that links on forever is reported, not followed. */
const MAX_PAGES = 10_000;

/**
 * Yields the items of a paginated openEO list (`jobs`, `logs`), following `rel=next` links
 * (absolute or relative to the page they were found on) until there is none.
 */
export async function* paginate<T>(
  http: Http,
  path: string,
  key: string,
  options: Pick<SendOptions, "query" | "signal">,
): AsyncGenerator<T, void, undefined> {
  let target: string | undefined = http.url(path, options.query);
  const seen = new Set<string>();
  while (target !== undefined) {
    if (seen.has(target)) {
      throw new JobkitClientError("InvalidResponse", `pagination of ${path} loops at ${target}`);
    }
    if (seen.size >= MAX_PAGES) {
      throw new JobkitClientError(
        "InvalidResponse",
        `pagination of ${path} did not end after ${MAX_PAGES} pages`,
      );
    }
    seen.add(target);
    const page: Record<string, unknown> = (await http.json(target, { signal: options.signal })) ?? {};
    const items = page[key];
    if (!Array.isArray(items)) {
      throw new JobkitClientError("InvalidResponse", `the page ${target} has no "${key}" array`);
    }
    yield* items as T[];
    const links = Array.isArray(page.links) ? (page.links as Link[]) : [];
    const next = links.find((link) => link.rel === "next")?.href;
    target = next === undefined ? undefined : new URL(next, target).href;
  }
}
