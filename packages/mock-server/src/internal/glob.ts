/**
 * Turns a path pattern into a matcher: exact text, or `*` for any run of characters except `/`, `**` for any.
 * Matching walks the path once per pattern part (no regular expression), so no pattern can make it backtrack
 * for ages.
 */
export function globMatcher(pattern: string): (path: string) => boolean {
  if (!pattern.includes("*")) return (path) => path === pattern;
  const parts = pattern.split(/(\*\*|\*)/).filter((part) => part !== "");
  return (path) => {
    // reachable[i]: the parts so far can match the first i characters of the path.
    let reachable = new Uint8Array(path.length + 1);
    reachable[0] = 1;
    for (const part of parts) {
      const next = new Uint8Array(path.length + 1);
      if (part === "*" || part === "**") {
        for (let i = 0; i <= path.length; i++) {
          const grows = i > 0 && next[i - 1] === 1 && (part === "**" || path[i - 1] !== "/");
          if (reachable[i] === 1 || grows) next[i] = 1;
        }
      } else {
        for (let i = 0; i + part.length <= path.length; i++) {
          if (reachable[i] === 1 && path.startsWith(part, i)) next[i + part.length] = 1;
        }
      }
      reachable = next;
    }
    return reachable[path.length] === 1;
  };
}
