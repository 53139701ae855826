import { fail, pass, skip } from "../../internal/outcome.js";
import type { Exchange } from "../../internal/probe.js";
import { answered } from "../../internal/scenarios/answers.js";
import { RESULTS } from "../needs.js";
import { scenarioCheck } from "../scenario-check.js";

/**
 * A download of an asset once its link had expired (`waitMs` after the results were read), or why there was
 * none to make.
 */
export type AfterExpiry =
  | { readonly unjudged: string }
  | { readonly key: string; readonly waitMs: number; readonly after: Exchange };

/** The API document: the results' `expires` says when their links stop working. */
export const downloadsLinkExpiry = scenarioCheck({
  id: "downloads.link-expiry",
  scenario: "lifecycle",
  level: "L2",
  rules: [],
  basis: "API: the results' expires, when links stop working",
  needs: RESULTS,
  expectation: "asset links work until `expires` and are refused (4xx, ideally 410) after it",
  verdict: (expiry: AfterExpiry, c) => {
    if ("unjudged" in expiry) return skip(expiry.unjudged);
    const { key, waitMs, after } = expiry;
    c.use(after);
    const status = after.status ?? 0;
    if (status >= 400 && status < 500) {
      return pass(
        `${Math.round(waitMs / 1000)} s later, past expires: ${answered(after)}${status === 410 ? "" : " (410 ResultLinkExpired is the usual answer)"}`,
      );
    }
    return fail(
      `${key} still ${answered(after)} ${Math.round(waitMs / 1000)} s later, after the announced expires`,
    );
  },
});
