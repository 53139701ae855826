import type { Secrets } from "../internal/secrets.js";
import type { MockUser } from "../options.js";

/** A signed-in user as the routes see it. */
export interface Account {
  name: string;
  password: string;
  credit: number;
}

/** Takes `costs` from the account's credit, to 2 decimals and never below 0. */
export function charge(account: Account, costs: number): void {
  account.credit = Math.max(0, Math.round((account.credit - costs) * 100) / 100);
}

/** Users, their credit and their bearer tokens. */
export interface UserRegistry {
  /** Checks HTTP Basic credentials; returns a new token or undefined. */
  login(name: string, password: string): string | undefined;
  /** The user of a token, or undefined for an unknown token. */
  byToken(token: string): Account | undefined;
  byName(name: string): Account | undefined;
  /** The account of a name, made (without a password, credit 1000) when there is none: subjects of an external issuer. */
  adopt(name: string): Account;
  reset(): void;
}

export function createUserRegistry(users: Required<MockUser>[], secrets: Secrets): UserRegistry {
  let accounts = new Map<string, Account>();
  let tokens = new Map<string, Account>();
  let random = secrets.stream("basic-tokens");
  const reset = (): void => {
    accounts = new Map(users.map((u) => [u.name, { ...u }]));
    tokens = new Map();
    random = secrets.stream("basic-tokens");
  };
  reset();
  return {
    login(name, password) {
      const account = accounts.get(name);
      if (!account || account.password !== password) return undefined;
      const token = random.hex(32);
      tokens.set(token, account);
      return token;
    },
    byToken: (token) => tokens.get(token),
    byName: (name) => accounts.get(name),
    adopt(name) {
      let account = accounts.get(name);
      if (!account) {
        account = { name, password: "", credit: 1000 };
        accounts.set(name, account);
      }
      return account;
    },
    reset,
  };
}
