import { fail, type Outcome, pass } from "../outcome.js";
import type { Exchange } from "../probe.js";
import type { Session } from "../session.js";
import { isObject, type JsonObject, listSome } from "./answers.js";

/** What one asset breaks of a jobkit extra; undefined when it keeps it (or does not say). */
type AssetRule = (key: string, asset: JsonObject) => string | undefined;

const HEX = /^[0-9a-f]+$/;

const absoluteHref: AssetRule = (key, asset) =>
  typeof asset.href === "string" && !URL.canParse(asset.href)
    ? `${key} has the relative href ${JSON.stringify(asset.href)}`
    : undefined;

const fileSize: AssetRule = (key, asset) => {
  const size = asset["file:size"];
  if (size === undefined || (Number.isInteger(size) && (size as number) >= 0)) return undefined;
  return `${key} has file:size ${JSON.stringify(size)}, not an integer ≥ 0`;
};

const fileChecksum: AssetRule = (key, asset) => {
  const checksum = asset["file:checksum"];
  if (checksum === undefined || (typeof checksum === "string" && HEX.test(checksum))) return undefined;
  return `${key} has file:checksum ${JSON.stringify(checksum)}, not lowercase hex digits`;
};

function verdict(assets: [string, JsonObject][], rule: AssetRule, kept: string): Outcome {
  const problems = assets.flatMap(([key, asset]) => rule(key, asset) ?? []);
  return problems.length > 0 ? fail(listSome(problems), problems) : pass(`${assets.length} assets: ${kept}`);
}

/** jobkit's extra promises on the assets of a results document (advisory unless the run requires them). */
export async function jobkitAssetChecks(s: Session, exchange: Exchange, metadata: JsonObject): Promise<void> {
  const assets = Object.entries(isObject(metadata.assets) ? metadata.assets : {}).filter(
    (entry): entry is [string, JsonObject] => isObject(entry[1]),
  );
  await s.check("jobkit.assets.absolute-href", (c) => {
    c.use(exchange);
    return verdict(assets, absoluteHref, "every href is absolute");
  });
  await s.check("jobkit.assets.file-size", (c) => {
    c.use(exchange);
    return verdict(assets, fileSize, "every file:size given is an integer ≥ 0");
  });
  await s.check("jobkit.assets.file-checksum", (c) => {
    c.use(exchange);
    return verdict(assets, fileChecksum, "every file:checksum given is lowercase hex");
  });
}
