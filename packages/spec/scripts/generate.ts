/**
 * Writes the files generated from openapi.yaml: the TypeScript types (openapi-typescript) and the document
 * as a module. With `--check`, writes nothing and exits 1 when a committed file differs from what
 * openapi.yaml generates now.
 */
import { readFile, writeFile } from "node:fs/promises";
import openapiTS, { astToString } from "openapi-typescript";
import { parse } from "yaml";

const specUrl = new URL("../openapi.yaml", import.meta.url);
const header =
  "// Auto-generated from openapi.yaml by scripts/generate.ts. Do not edit; run `npm run generate`.\n";

async function render(): Promise<Map<URL, string>> {
  const yamlText = await readFile(specUrl, "utf8");
  const types = astToString(
    await openapiTS(yamlText, { alphabetize: false, emptyObjectsUnknown: true, defaultNonNullable: false }),
  );
  const documentJson = JSON.stringify(parse(yamlText), null, 2);
  return new Map([
    [new URL("../src/generated/openapi.ts", import.meta.url), `${header}\n${types}`],
    [
      new URL("../src/generated/document.ts", import.meta.url),
      `${header}\n/** The jobkit OpenAPI document, as parsed from openapi.yaml. */\nexport const document: Record<string, unknown> = ${documentJson};\n`,
    ],
  ]);
}

const check = process.argv.includes("--check");
const stale: string[] = [];
for (const [url, contents] of await render()) {
  if (!check) {
    await writeFile(url, contents);
    continue;
  }
  const current = await readFile(url, "utf8").catch(() => "");
  if (current !== contents) stale.push(url.pathname);
}
if (stale.length > 0) {
  console.error(
    `Generated files are stale: ${stale.join(", ")}\nRun \`npm run generate -w @jobkit/spec\` and commit.`,
  );
  process.exit(1);
}
