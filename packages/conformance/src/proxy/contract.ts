import type { SchemaValidator } from "@jobkit/spec";
import type { ApiVersion } from "@jobkit/spec/facts";
import { rulesVersion } from "../internal/find-api.js";
import { specRoot } from "../internal/spec-root.js";

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
  /**
   * The problems of an answer under the contract, with what the profile rules allow beside it: rule 891 names
   * 202 for a cancel, where the API document (and so the contract the mock answers by) has 204.
   */
  validateResponse(response: ResponseToJudge): string[];
}

type ResponseToJudge = Parameters<SchemaValidator["validateResponse"]>[0];

type Operation = {
  security?: Record<string, unknown>[];
  requestBody?: { content?: Record<string, unknown> };
};

const contracts = new Map<ApiVersion, Contract>();

function createContract(version: ApiVersion): Contract {
  const { openapiDocumentFor, createSchemaValidator } = specRoot();
  const paths = openapiDocumentFor(version).paths as unknown as Record<string, Record<string, Operation>>;
  const operation = (method: string, template: string) => paths[template]?.[method.toLowerCase()];
  const validator = createSchemaValidator(version);
  const isCancel202 = (response: ResponseToJudge) =>
    response.status === 202 &&
    response.method === "DELETE" &&
    validator.matchPath(response.path)?.template === "/jobs/{job_id}/results";
  return {
    judgedAs: version,
    validator,
    validateResponse: (response) =>
      validator.validateResponse(isCancel202(response) ? { ...response, status: 204 } : response),
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
 * discovered api_version: its own when the spec has it, else 1.2.0's (as a run judges).
 */
export function contractFor(version: string | undefined): Contract {
  const judged = rulesVersion(version);
  let contract = contracts.get(judged);
  if (!contract) {
    contract = createContract(judged);
    contracts.set(judged, contract);
  }
  return contract;
}
