/** One openEO error: the HTTP status it answers with and its default message. */
export interface ErrorDefinition {
  readonly status: number;
  readonly message: string;
}

/**
 * Every error code the contract uses, with its HTTP status and a default message that says what to do next.
 * The codes and statuses are the official openEO ones; the last group (marked) are jobkit's own, for answers
 * the official list has no code for.
 */
export const ERRORS = {
  AuthenticationRequired: {
    status: 401,
    message: "Authentication is required: send `Authorization: Bearer basic//TOKEN`.",
  },
  AuthenticationSchemeInvalid: {
    status: 403,
    message: "This authentication method is not supported; use HTTP Basic via GET /credentials/basic.",
  },
  CredentialsInvalid: { status: 403, message: "The user name or password is not correct." },
  TokenInvalid: { status: 403, message: "The access token has expired or is invalid; authenticate again." },
  PermissionsInsufficient: { status: 403, message: "You are not allowed to do this." },
  PaymentRequired: {
    status: 402,
    message: "Your budget is not sufficient to start this job; add credit or lower the job's costs.",
  },
  BillingPlanInvalid: { status: 400, message: "The billing plan is not one of those listed in GET /." },
  BudgetInvalid: { status: 400, message: "The budget is too low for this job (it must be above 0)." },
  ContentTypeInvalid: { status: 400, message: "The media type is not supported; send `application/json`." },
  NotFound: { status: 404, message: "There is no such resource; check the path." },
  CollectionNotFound: { status: 404, message: "The collection does not exist; see GET /collections." },
  JobNotFound: { status: 404, message: "The batch job does not exist; see GET /jobs." },
  JobLocked: { status: 400, message: "The batch job is queued or running; cancel it before changing it." },
  JobNotFinished: { status: 400, message: "The batch job has not finished; wait, or ask with partial=true." },
  ResultLinkExpired: {
    status: 410,
    message: "The result link has expired; request the results again for a new link.",
  },
  ProcessGraphMissing: {
    status: 400,
    message: "The process has no process graph; send `process.process_graph`.",
  },
  ProcessGraphInvalid: {
    status: 400,
    message:
      "The process graph is invalid; every node needs process_id and arguments, one node result: true.",
  },
  ProcessUnsupported: { status: 400, message: "The process is not available; see GET /processes." },
  ProcessGraphComplexity: {
    status: 400,
    message: "The process graph is too large; use fewer nodes, bands or results.",
  },
  ProcessParameterInvalid: { status: 400, message: "A process argument is invalid." },
  EstimateComplexity: { status: 500, message: "The process is too complex to estimate." },
  FeatureUnsupported: { status: 501, message: "This feature is not supported by the back-end." },
  Internal: { status: 500, message: "The server failed; try again later." },
  InfrastructureBusy: { status: 503, message: "The service is busy; try again later." },
  StorageQuotaExceeded: {
    status: 400,
    message: "The storage quota is exceeded; delete jobs or files, then try again.",
  },
  // jobkit's own codes:
  RequestInvalid: {
    status: 400,
    message: "The request does not match the API; see the message for the field to fix.",
  },
  JsonInvalid: { status: 400, message: "The request body is not valid JSON." },
  FormatUnsupported: { status: 400, message: "The output format is not supported; see GET /file_formats." },
  MethodNotAllowed: {
    status: 405,
    message: "This method is not served on this path; the Allow header lists those that are.",
  },
  RangeNotSatisfiable: { status: 416, message: "The requested byte range lies outside the file." },
  FaultInvalid: {
    status: 400,
    message: "The fault is invalid; see the mock server's README for the fault format.",
  },
  PayloadTooLarge: { status: 413, message: "The request body is too large." },
  TooManyRequests: {
    status: 429,
    message: "Too many requests; wait for the time in Retry-After and try again.",
  },
  BadGateway: { status: 502, message: "An upstream service failed; try again later." },
} as const satisfies Record<string, ErrorDefinition>;

/** An error code of the catalogue. */
export type ErrorCode = keyof typeof ERRORS;
