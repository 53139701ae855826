import type { Account } from "../auth/user-registry.js";
import { OAuthError } from "./oauth-error.js";

/** The public client the device flow uses when the caller names none (listed in `default_clients`). */
export const DEFAULT_CLIENT_ID = "jobkit-default-client";
const USER_CLIENT_SUFFIX = "-client";

/** A client the IdP knows: the public default client, or a user's confidential `<user>-client`. */
export type OidcClient = { id: string; kind: "public" } | { id: string; kind: "user"; account: Account };

/** The user whose confidential client `<user>-client` this is, if any. */
export function clientOwner(
  clientId: string,
  byName: (name: string) => Account | undefined,
): Account | undefined {
  if (!clientId.endsWith(USER_CLIENT_SUFFIX)) return undefined;
  return byName(clientId.slice(0, -USER_CLIENT_SUFFIX.length));
}

/** The client id of a user's confidential client. */
export function userClientId(name: string): string {
  return `${name}${USER_CLIENT_SUFFIX}`;
}

/**
 * Identifies the client of a token or device request. A user client must send its secret (the user's
 * password) when `secretRequired`; a secret sent by anyone is always checked.
 */
export function authenticateClient(
  form: Record<string, string>,
  byName: (name: string) => Account | undefined,
  secretRequired: boolean,
): OidcClient {
  const id = form.client_id;
  if (!id) throw new OAuthError("invalid_request", "client_id is missing.");
  if (id === DEFAULT_CLIENT_ID) {
    if (form.client_secret)
      throw new OAuthError("invalid_client", `${id} is a public client without a secret.`);
    return { id, kind: "public" };
  }
  const account = clientOwner(id, byName);
  if (!account) throw new OAuthError("invalid_client", `Unknown client '${id}'.`);
  const secret = form.client_secret;
  if ((secretRequired || secret !== undefined) && secret !== account.password) {
    throw new OAuthError("invalid_client", `Wrong or missing client_secret for '${id}'.`);
  }
  return { id, kind: "user", account };
}
