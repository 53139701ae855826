import type { Command } from "../command.js";
import { EXIT } from "../exit-codes.js";
import { removeLogin, tokenFile } from "../token-store.js";
import { UsageError } from "../usage-error.js";

/** `logout`: forgets the refresh token stored for `--url`. */
export const logout: Command = async (args, { connection, io }) => {
  if (args.length > 0) throw new UsageError("logout takes no arguments");
  const url = (await connection({ anonymous: true })).url;
  const removed = await removeLogin(io.env, url);
  io.stdout.write(removed ? `signed out of ${url} (${tokenFile(io.env)})\n` : `not signed in to ${url}\n`);
  return EXIT.ok;
};
