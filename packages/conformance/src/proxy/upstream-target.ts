/**
 * Where a request goes: always the upstream's origin, with the path and query of the request's target. An
 * origin-form target is taken as a path even when it looks like a host (`//evil/x`, `/\evil`); an absolute-form
 * one (`http://other/x`) keeps only its path and query. Any other target (`*`, an authority) gets `undefined`.
 */
export function upstreamTarget(requestTarget: string, upstream: URL): URL | undefined {
  let path: string;
  if (requestTarget.startsWith("/")) path = requestTarget;
  else if (/^https?:\/\//i.test(requestTarget) && URL.canParse(requestTarget)) {
    const url = new URL(requestTarget);
    path = `${url.pathname}${url.search}`;
  } else return undefined;
  const target = new URL(`${upstream.origin}${path}`);
  return target.origin === upstream.origin ? target : undefined;
}
