/**
 * Writes the files generated from openapi.yaml: the TypeScript types (openapi-typescript) of each API version
 * (1.3.0 from openapi.yaml, 1.2.0 from it and the patch in src/versions/api-1.2.0.ts) and the document as a module. With `--check`, writes nothing and exits 1 when a committed file differs from what
 * openapi.yaml generates now.
 */
import { readFile, writeFile } from "node:fs/promises";
import jsonPatch from "fast-json-patch";
import openapiTS, { astToString, type OpenAPI3 } from "openapi-typescript";
import { parse } from "yaml";
import { toApi120 } from "../src/versions/api-1.2.0.js";

const specUrl = new URL("../openapi.yaml", import.meta.url);
const header =
  "// Auto-generated from openapi.yaml by scripts/generate.ts. Do not edit; run `npm run generate`.\n";

async function typesOf(document: OpenAPI3): Promise<string> {
  return astToString(
    await openapiTS(document, { alphabetize: false, emptyObjectsUnknown: true, defaultNonNullable: false }),
  );
}

async function render(): Promise<Map<URL, string>> {
  const document = parse(await readFile(specUrl, "utf8")) as OpenAPI3;
  const api120 = jsonPatch.applyPatch(structuredClone(document), [...toApi120], true, false).newDocument;
  const documentJson = JSON.stringify(document, null, 2);
  return new Map([
    [new URL("../src/generated/openapi.ts", import.meta.url), `${header}\n${await typesOf(document)}`],
    [new URL("../src/generated/openapi-1.2.0.ts", import.meta.url), `${header}\n${await typesOf(api120)}`],
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
