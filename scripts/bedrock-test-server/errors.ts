// AWS rest-json error responses: status, `x-amzn-errortype` and a `{"message"}` body.

const BEDROCK_NAMESPACE = 'http://internal.amazon.com/coral/com.amazon.bedrock/';
const CORAL_NAMESPACE = 'http://internal.amazon.com/coral/com.amazon.coral.service/';

/** An error the server answers with; the SDK turns `name` into the thrown exception's `name`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    override readonly name: string,
    message: string,
    readonly namespace: string = BEDROCK_NAMESPACE,
  ) {
    super(message);
  }

  get errorType(): string {
    return `${this.name}:${this.namespace}`;
  }
}

export const validation = (message: string): ApiError => new ApiError(400, 'ValidationException', message);

export const throttling = (): ApiError =>
  new ApiError(429, 'ThrottlingException', 'Too many requests, please wait before trying again.');

export const internalServer = (message = 'Internal server error'): ApiError =>
  new ApiError(500, 'InternalServerException', message);

export const serviceUnavailable = (): ApiError =>
  new ApiError(503, 'ServiceUnavailableException', 'Service Unavailable');

/** What AWS says to a key it does not know, e.g. a region the account has not opted into. */
export const unrecognizedClient = (): ApiError =>
  new ApiError(403, 'UnrecognizedClientException', 'The security token included in the request is invalid.', CORAL_NAMESPACE);

export const missingAuthentication = (): ApiError =>
  new ApiError(403, 'MissingAuthenticationTokenException', 'Missing Authentication Token', CORAL_NAMESPACE);

export const incompleteSignature = (message: string): ApiError =>
  new ApiError(400, 'IncompleteSignatureException', message, CORAL_NAMESPACE);

export const invalidSignature = (message: string): ApiError =>
  new ApiError(403, 'InvalidSignatureException', message, CORAL_NAMESPACE);

export const unknownOperation = (method: string, path: string): ApiError =>
  new ApiError(
    404,
    'UnknownOperationException',
    `bedrock-test-server implements GET /foundation-models and GET /inference-profiles, not ${method} ${path}`,
    CORAL_NAMESPACE,
  );

/** Not an AWS error: the server simply has no recording for this region. */
export const UNKNOWN_REGION = 'UnknownRegionException';
export const unknownRegion = (region: string, fixturesDir: string): ApiError =>
  new ApiError(404, UNKNOWN_REGION, `bedrock-test-server has no fixtures for region ${region} in ${fixturesDir}`);
