/** A scripted `fetch` for unit tests: answers from a handler and records every request it saw. */
export interface FakeFetch {
  (request: Request): Promise<Response>;
  requests: Request[];
}

export type Handler = (request: Request, index: number) => Response | Promise<Response>;

/** Answers with `handler(request, n)`; a thrown error plays a network failure. */
export function fakeFetch(handler: Handler): FakeFetch {
  const requests: Request[] = [];
  const fetch = (async (request: Request) => {
    requests.push(request.clone());
    return handler(request, requests.length - 1);
  }) as FakeFetch;
  fetch.requests = requests;
  return fetch;
}

/** Answers each request with the next item of `script` (a Response, a thrown Error, or a function). */
export function scriptedFetch(script: (Response | Error | Handler)[]): FakeFetch {
  return fakeFetch((request, index) => {
    const step = script[index];
    if (step === undefined) throw new Error(`unexpected request #${index}: ${request.method} ${request.url}`);
    if (step instanceof Error) throw step;
    return step instanceof Response ? step : step(request, index);
  });
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json", ...headers },
  });
}

export const CAPABILITIES = {
  api_version: "1.2.0",
  backend_version: "1",
  stac_version: "1.0.0",
  id: "fake",
  title: "fake",
  description: "fake",
  endpoints: [{ path: "/jobs", methods: ["GET", "POST"] }],
  links: [],
};
