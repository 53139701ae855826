import type { ApiVersion } from "@jobkit/spec/facts";
import type { MockContext } from "../mock-context.js";
import { DEVICE_CODE_GRANT, ISSUER_PATH, PROVIDER_ID } from "../oidc/identity-provider.js";
import { DEFAULT_CLIENT_ID } from "../oidc/oidc-clients.js";

/**
 * Extra query parameters for the provider's authorization request, listed from openEO 1.3.0 on. The mock's own
 * provider has no browser login, so this only shows clients the field with a value every IdP understands.
 */
const AUTHORIZATION_PARAMETERS = { prompt: "login" };

/** The body of `GET /credentials/oidc`: the external issuer when one is trusted, else the mock's own provider. */
export function oidcProviders(
  ctx: MockContext,
  origin: string,
  version: ApiVersion,
): { providers: object[] } {
  if (ctx.external) {
    return {
      providers: [
        {
          id: PROVIDER_ID,
          issuer: ctx.external.issuer,
          title: "external identity provider",
          scopes: ["openid"],
        },
      ],
    };
  }
  return {
    providers: [
      {
        id: PROVIDER_ID,
        issuer: `${origin}${ISSUER_PATH}`,
        title: "jobkit mock identity provider",
        scopes: ["openid"],
        default_clients: [
          {
            id: DEFAULT_CLIENT_ID,
            grant_types: [`${DEVICE_CODE_GRANT}+pkce`, DEVICE_CODE_GRANT, "refresh_token"],
          },
        ],
        ...(version === "1.2.0" ? {} : { authorization_parameters: AUTHORIZATION_PARAMETERS }),
      },
    ],
  };
}
