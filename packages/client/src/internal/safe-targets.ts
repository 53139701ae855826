import { dirname, resolve } from "node:path";
import { JobkitClientError } from "../errors.js";
import { safeSegments } from "./safe-name.js";

/**
 * The files that the asset `names` are written to under `dir`, each name checked by {@link safeSegments}.
 * Also refused, before anything is downloaded: two names for one file, and one name's file being a folder
 * on the path of another — compared without case, as on macOS and Windows, where `a.tif` and `A.tif` are one.
 */
export function safeTargets(dir: string, names: string[]): string[] {
  const refuse = (why: string): never => {
    throw new JobkitClientError(
      "UnsafeAssetName",
      `${why}; nothing was downloaded. Download them one by one with downloadAsset.`,
    );
  };
  const root = resolve(dir);
  const targets = names.map((name) => resolve(root, ...safeSegments(name)));
  const byFolded = new Map<string, string>();
  targets.forEach((target, index) => {
    const folded = target.toLowerCase();
    if (byFolded.has(folded)) refuse(`two assets would be written to ${target}`);
    byFolded.set(folded, names[index] as string);
  });
  targets.forEach((target, index) => {
    for (let folder = dirname(target); folder.length > root.length; folder = dirname(folder)) {
      const file = byFolded.get(folder.toLowerCase());
      if (file !== undefined)
        refuse(
          `asset ${JSON.stringify(file)} would be a file where asset ${JSON.stringify(names[index])} needs a folder`,
        );
    }
  });
  return targets;
}
