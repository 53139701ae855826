import { AuthenticationError, JobkitClientError } from "../errors.js";
import type { CallOptions, Http } from "../internal/http.js";
import { sleep } from "../internal/retry.js";
import type { OidcProvider } from "./oidc-provider.js";
import { createPkce } from "./pkce.js";
import { postForm, type TokenSet, tokenSet } from "./token-request.js";

export const DEVICE_CODE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";

/** What the user must do to approve a device login. */
export interface DevicePrompt {
  verificationUri: string;
  /** The URI with the user code in it, when the provider gives one. */
  verificationUriComplete: string | undefined;
  userCode: string;
  /** Seconds until the code expires. */
  expiresIn: number;
}

export interface DeviceFlowOptions extends CallOptions {
  clientId: string;
  clientSecret?: string | undefined;
  usePkce: boolean;
  scope: string;
  /** Shows the user where to go and which code to enter. */
  onPrompt: (prompt: DevicePrompt) => void;
}

interface DeviceAnswer {
  device_code?: unknown;
  user_code?: unknown;
  verification_uri?: unknown;
  verification_url?: unknown;
  verification_uri_complete?: unknown;
  expires_in?: unknown;
  interval?: unknown;
}

const SLOW_DOWN_STEP_S = 5;

/** The OAuth 2.0 device flow (RFC 8628), with PKCE (S256) when asked: prompts, then polls until approved. */
export async function runDeviceFlow(
  http: Http,
  provider: OidcProvider,
  options: DeviceFlowOptions,
): Promise<TokenSet> {
  const endpoint = provider.deviceAuthorizationEndpoint;
  if (!endpoint) {
    throw new JobkitClientError(
      "InvalidResponse",
      `provider '${provider.id}' has no device_authorization_endpoint`,
    );
  }
  const client: Record<string, string> = { client_id: options.clientId };
  if (options.clientSecret) client.client_secret = options.clientSecret;
  const pkce = options.usePkce ? await createPkce() : undefined;
  const start = { ...client, scope: options.scope };
  if (pkce) Object.assign(start, { code_challenge: pkce.challenge, code_challenge_method: "S256" });
  const answer = await postForm<DeviceAnswer>(http, endpoint, start, options);
  if (!answer.ok)
    throw new AuthenticationError(
      "AuthenticationFailed",
      answer.error,
      answer.description,
      "the device authorization",
    );
  const device = answer.body;
  const uri = device.verification_uri ?? device.verification_url;
  if (
    typeof device.device_code !== "string" ||
    typeof device.user_code !== "string" ||
    typeof uri !== "string"
  ) {
    throw new JobkitClientError(
      "InvalidResponse",
      `${endpoint} answered without device_code, user_code or verification_uri`,
    );
  }
  const expiresIn = typeof device.expires_in === "number" ? device.expires_in : 600;
  options.onPrompt({
    verificationUri: uri,
    verificationUriComplete:
      typeof device.verification_uri_complete === "string" ? device.verification_uri_complete : undefined,
    userCode: device.user_code,
    expiresIn,
  });
  const poll = { ...client, grant_type: DEVICE_CODE_GRANT, device_code: device.device_code };
  if (pkce) Object.assign(poll, { code_verifier: pkce.verifier });
  let interval = typeof device.interval === "number" && device.interval > 0 ? device.interval : 5;
  const deadline = Date.now() + expiresIn * 1000;
  while (Date.now() + interval * 1000 <= deadline) {
    await sleep(interval * 1000, options.signal);
    const result = await postForm<DeviceAnswer>(http, provider.tokenEndpoint, poll, options);
    if (result.ok) return tokenSet(result.body, provider.tokenEndpoint);
    if (result.error === "authorization_pending") continue;
    if (result.error === "slow_down") interval += SLOW_DOWN_STEP_S;
    else if (result.error === "expired_token") break;
    else {
      const code = result.error === "access_denied" ? "AccessDenied" : "AuthenticationFailed";
      throw new AuthenticationError(code, result.error, result.description, "the device flow");
    }
  }
  throw new AuthenticationError(
    "DeviceCodeExpired",
    "expired_token",
    "the code was not approved in time",
    "the device flow",
  );
}
