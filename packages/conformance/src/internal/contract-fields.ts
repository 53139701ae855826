import { rulesVersion } from "./find-api.js";
import { specRoot } from "./spec-root.js";

interface SchemaNode {
  required?: string[];
  allOf?: SchemaNode[];
  $ref?: string;
}

/**
 * The fields the contract (`@jobkit/spec`) requires of one of its schemas, following `allOf` and `$ref`, in
 * the version the kit judges a back-end announcing `announced` by.
 */
export function requiredFields(schema: string, announced: unknown): string[] {
  const document = specRoot().openapiDocumentFor(rulesVersion(announced));
  const schemas = (document.components as { schemas: Record<string, SchemaNode> }).schemas;
  const collect = (node: SchemaNode | undefined): string[] => {
    if (node?.$ref) return collect(schemas[node.$ref.slice("#/components/schemas/".length)]);
    return [...(node?.required ?? []), ...(node?.allOf ?? []).flatMap(collect)];
  };
  return [...new Set(collect(schemas[schema]))];
}
