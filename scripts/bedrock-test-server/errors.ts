// AWS rest-json error responses: an HTTP status, an `x-amzn-errortype: <Name>:<namespace>` header and a
// `{"message": "..."}` body. The SDK takes the exception's name from the header (the part before the colon).
// Statuses of the modelled errors are those of botocore's bedrock/2023-04-20/service-2.json error shapes; the
// authentication errors follow https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html

const BEDROCK_NAMESPACE = 'http://internal.amazon.com/coral/com.amazon.bedrock/';
const CORAL_NAMESPACE = 'http://internal.amazon.com/coral/com.amazon.coral.service/';

/** An error the server answers with; the SDK turns `name` into the thrown exception's `name`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    override readonly name: string,
    message: string,
    readonly namespace: string = BEDROCK_NAMESPACE,
    /** Why the test server answered so, when the AWS message alone would not tell a test author (never in the body). */
    readonly note?: string,
  ) {
    super(message);
  }

  get errorType(): string {
    return `${this.name}:${this.namespace}`;
  }
}

/** Coral's wording for a request member that fails its modelled constraint. */
export const constraintViolation = (value: string, member: string, constraint: string): ApiError =>
  validation(`1 validation error detected: Value '${value}' at '${member}' failed to satisfy constraint: ${constraint}`);

export const validation = (message: string): ApiError => new ApiError(400, 'ValidationException', message);

export const throttling = (): ApiError => new ApiError(429, 'ThrottlingException', 'Too many requests, please wait before trying again.');

export const internalServer = (message = 'Internal server error'): ApiError => new ApiError(500, 'InternalServerException', message);

export const serviceUnavailable = (): ApiError => new ApiError(503, 'ServiceUnavailableException', 'Service Unavailable');

/** An IAM policy without the action, e.g. a sync role missing `bedrock:ListInferenceProfiles`. */
export const accessDenied = (action: string): ApiError =>
  new ApiError(
    403,
    'AccessDeniedException',
    `User: arn:aws:sts::123456789012:assumed-role/bedrock-models-sync/test is not authorized to perform: bedrock:${action} because no identity-based policy allows the bedrock:${action} action`,
  );

/**
 * What AWS says to a key it does not know in a region: the answer for a region the account has not opted into
 * (https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-regions.html), and so the one the test server
 * gives for a region it has no recording of.
 */
export const unrecognizedClient = (note?: string): ApiError =>
  new ApiError(403, 'UnrecognizedClientException', 'The security token included in the request is invalid.', CORAL_NAMESPACE, note);

export const missingAuthentication = (): ApiError => new ApiError(403, 'MissingAuthenticationTokenException', 'Missing Authentication Token', CORAL_NAMESPACE);

export const incompleteSignature = (message: string, note?: string): ApiError =>
  new ApiError(400, 'IncompleteSignatureException', message, CORAL_NAMESPACE, note);

export const invalidSignature = (message: string): ApiError => new ApiError(403, 'InvalidSignatureException', message, CORAL_NAMESPACE);

export const unknownOperation = (method: string, path: string): ApiError =>
  new ApiError(
    404,
    'UnknownOperationException',
    `bedrock-test-server implements GET /foundation-models, GET /inference-profiles and GET /v1/models, not ${method} ${path}`,
    CORAL_NAMESPACE,
  );

/**
 * A region with no bedrock-mantle recording. There the real host name does not resolve at all; a local server
 * can only refuse, so it answers 404 and says why in the note.
 */
export const mantleNotServed = (note: string): ApiError =>
  new ApiError(404, 'NotFoundException', 'bedrock-mantle is not served in this region', BEDROCK_NAMESPACE, note);
