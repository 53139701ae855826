import { createHash } from "node:crypto";
import type { Account } from "../auth/user-registry.js";
import type { Random } from "../internal/random.js";
import type { Secrets } from "../internal/secrets.js";
import type { Clock } from "../jobs/clock.js";
import type { ResolvedOptions } from "../options.js";
import { OAuthError } from "./oauth-error.js";

/** A pending, approved or denied device authorization (RFC 8628). */
export interface DeviceAuthorization {
  deviceCode: string;
  userCode: string;
  clientId: string;
  scope: string;
  codeChallenge: string | undefined;
  createdAt: number;
  expiresAt: number;
  /** Who approved it, or `denied`; `pending` until then. */
  decision: { kind: "pending" } | { kind: "approved"; user: string } | { kind: "denied" };
  /** Wall time of the last poll, for `slow_down`. */
  lastPollWall: number | undefined;
}

/** What the control API shows of a device authorization. */
export interface DeviceAuthorizationView {
  user_code: string;
  client_id: string;
  status: "pending" | "approved" | "denied" | "expired";
  user?: string;
  expires_at: string;
}

const USER_CODE_ALPHABET = "BCDFGHJKLMNPQRSTVWXZ";

/**
 * The device codes of the mock IdP: issued, polled, approved through the control API, the verification page, or
 * (with `deviceApprovalMs`) automatically. They expire, expired ones are purged, and at most `maxDeviceCodes` are held.
 */
export class DeviceAuthorizations {
  #byDeviceCode = new Map<string, DeviceAuthorization>();
  #random: Random;

  constructor(
    private readonly secrets: Secrets,
    private readonly clock: Clock,
    private readonly options: ResolvedOptions["oidc"],
    private readonly firstUser: () => string | undefined,
  ) {
    this.#random = secrets.stream("device-codes");
  }

  reset(): void {
    this.#byDeviceCode.clear();
    this.#random = this.secrets.stream("device-codes");
  }

  /** How many device codes are held. */
  get size(): number {
    return this.#byDeviceCode.size;
  }

  /** Drops codes past their expiry; codes are held in the order they expire, so this stops at the first live one. */
  #purge(): void {
    const now = this.clock.now();
    for (const [code, grant] of this.#byDeviceCode) {
      if (grant.expiresAt > now) break;
      this.#byDeviceCode.delete(code);
    }
  }

  /** A new device code; `temporarily_unavailable` (503) while `maxDeviceCodes` unexpired codes are held. */
  start(clientId: string, scope: string, codeChallenge: string | undefined): DeviceAuthorization {
    this.#purge();
    if (this.#byDeviceCode.size >= this.options.maxDeviceCodes) {
      throw new OAuthError(
        "temporarily_unavailable",
        `The identity provider holds ${this.options.maxDeviceCodes} pending device codes; try again when some have expired.`,
      );
    }
    let userCode = "";
    for (let i = 0; i < 8; i++)
      userCode += USER_CODE_ALPHABET[Math.floor(this.#random.next() * USER_CODE_ALPHABET.length)];
    const now = this.clock.now();
    const grant: DeviceAuthorization = {
      deviceCode: this.#random.hex(40),
      userCode: `${userCode.slice(0, 4)}-${userCode.slice(4)}`,
      clientId,
      scope,
      codeChallenge,
      createdAt: now,
      expiresAt: now + this.options.deviceCodeLifetimeMs,
      decision: { kind: "pending" },
      lastPollWall: undefined,
    };
    this.#byDeviceCode.set(grant.deviceCode, grant);
    return grant;
  }

  #status(grant: DeviceAuthorization): DeviceAuthorizationView["status"] {
    if (grant.decision.kind !== "pending") return grant.decision.kind;
    return this.clock.now() >= grant.expiresAt ? "expired" : "pending";
  }

  #settle(grant: DeviceAuthorization): void {
    const delay = this.options.deviceApprovalMs;
    const user = this.firstUser();
    if (
      this.#status(grant) === "pending" &&
      delay !== null &&
      user &&
      this.clock.now() >= grant.createdAt + delay
    ) {
      grant.decision = { kind: "approved", user };
    }
  }

  /**
   * Polls with a device code: the approved user, or the RFC 8628 error that says why not. PKCE: when the
   * authorization had a challenge, `codeVerifier` must hash (S256) to it.
   */
  poll(deviceCode: string, clientId: string, codeVerifier: string | undefined): string {
    const grant = this.#byDeviceCode.get(deviceCode);
    if (!grant || grant.clientId !== clientId) {
      throw new OAuthError("invalid_grant", "Unknown device_code, or it belongs to another client.");
    }
    const wall = Date.now();
    const tooSoon =
      grant.lastPollWall !== undefined && wall - grant.lastPollWall < (this.options.pollIntervalS * 1000) / 2;
    grant.lastPollWall = wall;
    this.#settle(grant);
    const status = this.#status(grant);
    if (status === "expired")
      throw new OAuthError("expired_token", "The device code expired; start the device flow again.");
    if (status === "denied") throw new OAuthError("access_denied", "The user denied the authorization.");
    if (tooSoon) throw new OAuthError("slow_down", `Poll at most every ${this.options.pollIntervalS} s.`);
    if (grant.decision.kind !== "approved") {
      throw new OAuthError("authorization_pending", "The user has not approved the request yet.");
    }
    if (grant.codeChallenge !== undefined) {
      const hashed = codeVerifier && createHash("sha256").update(codeVerifier).digest("base64url");
      if (hashed !== grant.codeChallenge)
        throw new OAuthError("invalid_grant", "code_verifier does not match the code_challenge.");
    }
    this.#byDeviceCode.delete(deviceCode);
    return grant.decision.user;
  }

  list(): DeviceAuthorizationView[] {
    return [...this.#byDeviceCode.values()].map((grant) => {
      this.#settle(grant);
      const decision = grant.decision;
      return {
        user_code: grant.userCode,
        client_id: grant.clientId,
        status: this.#status(grant),
        ...(decision.kind === "approved" ? { user: decision.user } : {}),
        expires_at: new Date(grant.expiresAt).toISOString(),
      };
    });
  }

  /** Approves, denies or expires a pending code; false when no pending code has this user code. */
  decide(
    userCode: string,
    decision: { kind: "approve"; user: Account } | { kind: "deny" } | { kind: "expire" },
  ): boolean {
    const grant = [...this.#byDeviceCode.values()].find((g) => g.userCode === userCode.toUpperCase());
    if (!grant || this.#status(grant) !== "pending") return false;
    if (decision.kind === "approve") grant.decision = { kind: "approved", user: decision.user.name };
    else if (decision.kind === "deny") grant.decision = { kind: "denied" };
    else grant.expiresAt = this.clock.now();
    return true;
  }
}
