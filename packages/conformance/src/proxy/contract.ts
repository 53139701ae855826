import {
  type ApiVersion,
  createSchemaValidator,
  DEFAULT_API_VERSION,
  isApiVersion,
  openapiDocumentFor,
  type SchemaValidator,
} from "@jobkit/spec";

/** The contract that judges traffic of one openEO version. */
export interface Contract {
  /** The contract version that judges (the discovered one when the spec has it). */
  readonly judgedAs: ApiVersion;
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

const contracts = new Map<ApiVersion, Contract>();

/** The spec's version for a discovered api_version: itself, else 1.2.0 for older 1.x, else the default. */
export function judgingVersion(version: string | undefined): ApiVersion {
  if (isApiVersion(version)) return version;
  if (version !== undefined && /^1\.[0-2]\./.test(version)) return "1.2.0";
  return DEFAULT_API_VERSION;
}

function createContract(version: ApiVersion): Contract {
  const paths = openapiDocumentFor(version).paths as unknown as Record<string, Record<string, Operation>>;
  const operation = (method: string, template: string) => paths[template]?.[method.toLowerCase()];
  return {
    judgedAs: version,
    validator: createSchemaValidator(version),
    hasOperation: (method, template) => operation(method, template) !== undefined,
    needsAuth: (method, template) => {
      const security = operation(method, template)?.security;
      return security !== undefined && !security.some((option) => Object.keys(option).length === 0);
    },
    takesJson: (method, template) =>
      operation(method, template)?.requestBody?.content?.["application/json"] !== undefined,
  };
}

/**
 * The contract (the official document's rules, without jobkit's extras for its own mock) that judges traffic of a
 * discovered api_version; see {@link judgingVersion}.
 */
export function contractFor(version: string | undefined): Contract {
  const judged = judgingVersion(version);
  let contract = contracts.get(judged);
  if (!contract) {
    contract = createContract(judged);
    contracts.set(judged, contract);
  }
  return contract;
}
