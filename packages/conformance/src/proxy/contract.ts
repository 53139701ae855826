import { API_VERSION, createSchemaValidator, openapiDocument, type SchemaValidator } from "@jobkit/spec";

/** The contract that judges traffic of one openEO version. */
export interface Contract {
  /** The version whose contract judges (the discovered one when the spec knows it). */
  readonly judgedAs: string;
  readonly validator: SchemaValidator;
  /** Whether the operation exists in the contract. */
  hasOperation(method: string, template: string): boolean;
  /** Whether the operation refuses requests without credentials (its security has no anonymous option). */
  needsAuth(method: string, template: string): boolean;
  /** Whether the operation takes a JSON request body. */
  takesJson(method: string, template: string): boolean;
}

type Operation = {
  security?: Record<string, unknown>[];
  requestBody?: { content?: Record<string, unknown> };
};
const paths = openapiDocument.paths as unknown as Record<string, Record<string, Operation>>;
let contract: Contract | undefined;

function operation(method: string, template: string): Operation | undefined {
  return paths[template]?.[method.toLowerCase()];
}

/**
 * The contract for a discovered api_version. `@jobkit/spec` carries the 1.2.0 contract, so every version is judged
 * by it for now; `judgedAs` says so in the report.
 */
export function contractFor(_version: string | undefined): Contract {
  contract ??= {
    judgedAs: API_VERSION,
    validator: createSchemaValidator(),
    hasOperation: (method, template) => operation(method, template) !== undefined,
    needsAuth: (method, template) => {
      const security = operation(method, template)?.security;
      return security !== undefined && !security.some((option) => Object.keys(option).length === 0);
    },
    takesJson: (method, template) =>
      operation(method, template)?.requestBody?.content?.["application/json"] !== undefined,
  };
  return contract;
}
