// The region a request is for, read from its SigV4 credential scope as the real endpoint's signature check would.
// The signature itself is not verified: any access key and secret are accepted.
import { incompleteSignature, invalidSignature, missingAuthentication } from './errors.ts';

const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;
const SCOPE = /^([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request$/;

/** `Name=value` pairs of an `AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…` header. */
function parameters(rest: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const part of rest.split(',')) {
    const at = part.indexOf('=');
    if (at > 0) found.set(part.slice(0, at).trim(), part.slice(at + 1).trim());
  }
  return found;
}

/**
 * `AWS4-HMAC-SHA256 Credential=AKID/20260822/us-east-1/bedrock/aws4_request, SignedHeaders=…, Signature=…` → `us-east-1`.
 * Throws the ApiError AWS answers a missing or malformed signature with.
 */
export function regionFromAuthorization(authorization: string | undefined, hasDate: boolean): string {
  if (!authorization) throw missingAuthentication();
  if (!authorization.startsWith('AWS4-HMAC-SHA256 ')) {
    // Bedrock also takes `Authorization: Bearer <API key>`, but then the region is the endpoint host's, which a
    // single local endpoint cannot tell apart.
    throw incompleteSignature(
      `Authorization header requires 'Credential' parameter. Authorization=${authorization.split(' ')[0]}`,
      'bedrock-test-server reads the region from the SigV4 credential scope; sign requests with AWS4-HMAC-SHA256 (bearer API keys are accepted only on GET /<region>/v1/models)',
    );
  }
  const found = parameters(authorization.slice('AWS4-HMAC-SHA256 '.length));
  // AWS lists every missing part, in this order, then echoes the header.
  const missing = ['Credential', 'Signature', 'SignedHeaders']
    .filter((name) => !found.get(name))
    .map((name) => `Authorization header requires '${name}' parameter.`);
  if (!hasDate) missing.push(`Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.`);
  if (missing.length > 0) throw incompleteSignature(`${missing.join(' ')} Authorization=${authorization}`);

  const scope = SCOPE.exec(found.get('Credential')!);
  if (!scope)
    throw incompleteSignature(
      `Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got '${found.get('Credential')!}'`,
    );
  const [, , , region = '', service] = scope;
  if (service !== 'bedrock') throw invalidSignature(`Credential should be scoped to correct service: 'bedrock'. `);
  if (!REGION.test(region)) throw invalidSignature(`Credential should be scoped to a valid region. `);
  return region;
}
