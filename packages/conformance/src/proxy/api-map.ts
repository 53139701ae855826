const WELL_KNOWN = "/.well-known/openeo";

/** Where a request lands in the API: the contract path and the openEO version that judges it. */
export interface ApiLocation {
  /** The path inside the API, as the contract writes it (`/jobs/abc`). */
  readonly path: string;
  /** The api_version discovered for this API base; undefined until discovery or capabilities said so. */
  readonly version: string | undefined;
}

interface ApiBase {
  prefix: string;
  version: string | undefined;
}

const trimSlash = (path: string) => (path.endsWith("/") ? path.slice(0, -1) : path);

/**
 * Learns the API bases of the upstream from the traffic: the path of `--upstream`, then each version the proxied
 * `/.well-known/openeo` lists on the upstream's origin, with its api_version (or the one `GET /` reports).
 */
export function createApiMap(upstream: URL) {
  const bases: ApiBase[] = [{ prefix: trimSlash(upstream.pathname), version: undefined }];

  function base(prefix: string): ApiBase {
    const found = bases.find((candidate) => candidate.prefix === prefix);
    if (found) return found;
    const added = { prefix, version: undefined };
    bases.push(added);
    bases.sort((a, b) => b.prefix.length - a.prefix.length);
    return added;
  }

  function baseOf(pathname: string): ApiBase | undefined {
    return bases.find(
      (candidate) => pathname === candidate.prefix || pathname.startsWith(`${candidate.prefix}/`),
    );
  }

  return {
    /** The API location of a request path, or undefined when it is outside every known base. */
    locate(pathname: string): ApiLocation | undefined {
      if (pathname === WELL_KNOWN) return { path: WELL_KNOWN, version: undefined };
      const found = baseOf(pathname);
      if (!found) return undefined;
      return { path: pathname.slice(found.prefix.length) || "/", version: found.version };
    },

    /** Takes note of the versions a `/.well-known/openeo` answer lists on the upstream's origin. */
    learnWellKnown(body: unknown): void {
      const versions = (body as { versions?: unknown } | undefined)?.versions;
      if (!Array.isArray(versions)) return;
      for (const entry of versions) {
        const { url, api_version: version } = (entry ?? {}) as { url?: unknown; api_version?: unknown };
        if (typeof url !== "string" || typeof version !== "string") continue;
        let parsed: URL;
        try {
          parsed = new URL(url);
        } catch {
          continue;
        }
        if (parsed.origin === upstream.origin) base(trimSlash(parsed.pathname)).version = version;
      }
    },

    /** Takes note of the api_version a capabilities answer (`GET /` of a base) reports. */
    learnCapabilities(pathname: string, body: unknown): void {
      const version = (body as { api_version?: unknown } | undefined)?.api_version;
      const found = baseOf(trimSlash(pathname));
      if (found && typeof version === "string") found.version ??= version;
    },

    /** Every version seen so far. */
    versions(): string[] {
      return [...new Set(bases.map((entry) => entry.version).filter((v): v is string => v !== undefined))];
    },
  };
}

export type ApiMap = ReturnType<typeof createApiMap>;
