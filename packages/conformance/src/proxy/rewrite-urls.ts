/** The kinds of rewrite the proxy makes; the report counts each. */
export type RewriteKind = "well-known versions" | "Location header" | "Link header" | "links" | "asset hrefs";

export type RewriteCounts = Partial<Record<RewriteKind, number>>;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Rewrites absolute URLs of the upstream's origin to the proxy's origin, so that clients stay on the proxy
 * after discovery: `/.well-known/openeo` versions, `Location` and `Link` headers, every `links[].href` and,
 * when asked, asset hrefs. Nothing else is touched.
 */
export function createUrlRewriter(upstreamOrigin: string, proxyOrigin: string, followAssets: boolean) {
  const counts: RewriteCounts = {};
  const count = (kind: RewriteKind) => {
    counts[kind] = (counts[kind] ?? 0) + 1;
  };

  function url(value: string): string | undefined {
    let parsed: URL;
    try {
      parsed = new URL(value);
    } catch {
      return undefined;
    }
    if (parsed.origin !== upstreamOrigin) return undefined;
    return `${proxyOrigin}${parsed.pathname}${parsed.search}${parsed.hash}`;
  }

  function rewriteMember(holder: Json, member: string, kind: RewriteKind): boolean {
    const value = holder[member];
    const rewritten = typeof value === "string" ? url(value) : undefined;
    if (rewritten === undefined) return false;
    holder[member] = rewritten;
    count(kind);
    return true;
  }

  /** Walks the body: `links` arrays and (with followAssets) `assets` maps anywhere in it. */
  function walk(value: unknown): boolean {
    if (Array.isArray(value)) return value.map(walk).some(Boolean);
    if (!isObject(value)) return false;
    let changed = false;
    for (const [member, child] of Object.entries(value)) {
      if (member === "links" && Array.isArray(child)) {
        for (const link of child) if (isObject(link) && rewriteMember(link, "href", "links")) changed = true;
      } else if (member === "assets" && followAssets && isObject(child)) {
        for (const asset of Object.values(child))
          if (isObject(asset) && rewriteMember(asset, "href", "asset hrefs")) changed = true;
      }
      if (walk(child)) changed = true;
    }
    return changed;
  }

  return {
    counts: counts as Readonly<RewriteCounts>,

    /** A header value (Location) on the upstream's origin, moved to the proxy; undefined when untouched. */
    location(value: string): string | undefined {
      const rewritten = url(value);
      if (rewritten !== undefined) count("Location header");
      return rewritten;
    },

    /** A `Link` header with every `<url>` of the upstream's origin moved; undefined when untouched. */
    link(value: string): string | undefined {
      let changed = false;
      const rewritten = value.replace(/<([^>]*)>/g, (whole, target: string) => {
        const moved = url(target);
        if (moved === undefined) return whole;
        changed = true;
        return `<${moved}>`;
      });
      if (changed) count("Link header");
      return changed ? rewritten : undefined;
    },

    /** A JSON body, edited in place; true when something changed. */
    json(body: unknown, wellKnown: boolean): boolean {
      let changed = false;
      if (wellKnown && isObject(body) && Array.isArray(body.versions)) {
        for (const version of body.versions)
          if (isObject(version) && rewriteMember(version, "url", "well-known versions")) changed = true;
      }
      return walk(body) || changed;
    },
  };
}

export type UrlRewriter = ReturnType<typeof createUrlRewriter>;
