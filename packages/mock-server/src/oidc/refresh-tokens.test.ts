import { describe, expect, it } from "vitest";
import { createSecrets } from "../internal/secrets.js";
import { createClock } from "../jobs/clock.js";
import { RefreshTokens } from "./refresh-tokens.js";

describe("RefreshTokens", () => {
  it("purges expired tokens, live and rotated, when new ones are issued", () => {
    const clock = createClock(true);
    const secrets = createSecrets(1);
    const tokens = new RefreshTokens(() => secrets.stream("refresh"), clock, 1000);
    const issued = Array.from({ length: 50 }, () => tokens.issue("alice", "c", "openid"));
    for (const token of issued.slice(0, 10)) tokens.redeem(token, "c");
    expect(tokens.size).toBe(50);
    clock.advance(1000);
    tokens.issue("alice", "c", "openid");
    expect(tokens.size).toBe(1);
  });
});
