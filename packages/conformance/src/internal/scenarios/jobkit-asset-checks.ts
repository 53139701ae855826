import { assetEntries, assetProblems, jobkitAssetRules } from "../jobkit-asset-rules.js";
import { fail, pass } from "../outcome.js";
import type { Exchange } from "../probe.js";
import type { Session } from "../session.js";
import { type JsonObject, listSome } from "./answers.js";

/** jobkit's extra promises on the assets of a results document (advisory unless the run requires them). */
export async function jobkitAssetChecks(s: Session, exchange: Exchange, metadata: JsonObject): Promise<void> {
  const count = assetEntries(metadata).length;
  for (const [id, rule] of jobkitAssetRules()) {
    await s.check(id, (c) => {
      c.use(exchange);
      const problems = assetProblems(rule, metadata);
      return problems.length > 0 ? fail(listSome(problems), problems) : pass(`${count} assets: ${rule.kept}`);
    });
  }
}
