import { existsSync, readdirSync } from "node:fs";

/**
 * The Markdown files that may carry figures, relative to `root`: the READMEs of the repository, its examples, and
 * its packages and integrations (not tools/docs's own, which shows the markers themselves).
 */
export function docFiles(root: string): string[] {
  const readmesUnder = (folder: string) =>
    existsSync(`${root}${folder}`)
      ? readdirSync(`${root}${folder}`)
          .map((name) => `${folder}/${name}/README.md`)
          .filter((file) => existsSync(`${root}${file}`))
      : [];
  return [
    "README.md",
    ...["examples/README.md", "interop/README.md"].filter((file) => existsSync(`${root}${file}`)),
    ...readmesUnder("packages"),
    ...readmesUnder("integrations"),
  ];
}
