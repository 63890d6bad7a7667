// The region a request is for, read from its SigV4 credential scope as the real endpoint's signature check would.
import { incompleteSignature, invalidSignature, missingAuthentication } from './errors.ts';

const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;
const CREDENTIAL = /Credential=([^/\s,]+)\/(\d{8})\/([^/\s,]+)\/([^/\s,]+)\/aws4_request/;

/** `AWS4-HMAC-SHA256 Credential=AKID/20260822/us-east-1/bedrock/aws4_request, ...` → `us-east-1`. Throws an ApiError otherwise. */
export function regionFromAuthorization(authorization: string | undefined): string {
  if (!authorization) throw missingAuthentication();
  if (!authorization.startsWith('AWS4-HMAC-SHA256 ')) {
    throw incompleteSignature(`Authorization header must use AWS4-HMAC-SHA256 (bedrock-test-server reads the region from its scope)`);
  }
  const match = CREDENTIAL.exec(authorization);
  if (!match) throw incompleteSignature(`Authorization header requires 'Credential' parameter with a valid scope.`);
  const [, , , region = '', service] = match;
  if (service !== 'bedrock') throw invalidSignature(`Credential should be scoped to correct service: 'bedrock'.`);
  if (!REGION.test(region)) throw invalidSignature('Credential should be scoped to a valid region.');
  return region;
}
