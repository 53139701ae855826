import { JobkitClientError } from "../errors.js";

/** A wrong command line: reported with a pointer to the usage, exit code 2. */
export class UsageError extends JobkitClientError {
  override readonly name = "UsageError";
  declare readonly code: "UsageInvalid";

  constructor(message: string) {
    super("UsageInvalid", message);
  }
}
