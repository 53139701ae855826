import type { MockProcess } from "./mock-process.js";

/** Calls the mock's control API (`/_jobkit…`): GET without a body, POST with one; a non-2xx answer throws. */
export async function control(mock: MockProcess, path: string, body?: object): Promise<unknown> {
  const method = body ? "POST" : "GET";
  const response = await fetch(`${mock.url}/_jobkit${path}`, {
    method,
    headers: { "content-type": "application/json" },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  if (!response.ok)
    throw new Error(`${method} /_jobkit${path} → ${response.status} ${await response.text()}`);
  return response.json();
}
