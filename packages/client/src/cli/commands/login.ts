import { JobkitClientError } from "../../errors.js";
import type { Command } from "../command.js";
import { EXIT } from "../exit-codes.js";
import { printable } from "../format.js";
import { loadLogin, saveLogin, tokenFile } from "../token-store.js";
import { UsageError } from "../usage-error.js";

/**
 * `login --oidc-device`: the OpenID Connect device flow; the prompt goes to stderr and the refresh token to
 * the per-user token file. `login --status`: where that file is and whether it holds a login for `--url`.
 */
export const login: Command = async (args, { connection, values, io }) => {
  if (args.length > 0) throw new UsageError("login takes no arguments");
  if (values.status === values["oidc-device"])
    throw new UsageError("login needs either --oidc-device or --status");
  const file = tokenFile(io.env);
  const con = await connection({ anonymous: true });
  if (values.status) {
    const stored = await loadLogin(io.env, con.url);
    io.stdout.write(`token file: ${file}\n`);
    io.stdout.write(
      stored
        ? `${con.url}: signed in with provider ${printable(stored.providerId)}\n`
        : `${con.url}: not signed in\n`,
    );
    return stored ? EXIT.ok : EXIT.failure;
  }
  const signedIn = await con.authenticateOidcDevice({
    ...(values["oidc-provider"] && { providerId: values["oidc-provider"] }),
    ...(values["oidc-client-id"] && { clientId: values["oidc-client-id"] }),
    ...(values["oidc-client-secret"] && { clientSecret: values["oidc-client-secret"] }),
    onPrompt: (prompt) => {
      const where = prompt.verificationUriComplete ?? prompt.verificationUri;
      io.stderr.write(
        `To sign in, visit ${printable(where)} and enter the code ${printable(prompt.userCode)}\n`,
      );
      io.stderr.write(`(the code expires in ${prompt.expiresIn} s; waiting…)\n`);
    },
    signal: io.signal,
  });
  if (!signedIn.refreshToken) {
    throw new JobkitClientError(
      "AuthenticationFailed",
      "the identity provider gave no refresh token, so there is nothing to keep; use --oidc-client-id/secret instead",
    );
  }
  await saveLogin(io.env, con.url, {
    providerId: signedIn.providerId,
    clientId: values["oidc-client-id"],
    refreshToken: signedIn.refreshToken,
  });
  const me = await con.describeAccount({ signal: io.signal });
  io.stdout.write(`signed in as ${printable(me.user_id)}; refresh token stored in ${file}\n`);
  return EXIT.ok;
};
