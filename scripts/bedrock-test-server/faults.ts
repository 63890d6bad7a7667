// Which injected fault, if any, a request gets.

/** The control plane's two operations, and bedrock-mantle's `GET /v1/models`. */
export type Operation = 'ListFoundationModels' | 'ListInferenceProfiles' | 'MantleListModels';

/**
 * - `throttle`: 429 ThrottlingException
 * - `server-error`: 500 InternalServerException
 * - `unavailable`: 503 ServiceUnavailableException
 * - `hang`: the request is accepted and never answered (until the client gives up, or `close()`)
 * - `bad-json`: 200 with a truncated JSON body
 * - `refuse`: 403 UnrecognizedClientException, as for a region the account has not opted into
 * - `deny`: 403 AccessDeniedException, as for a role whose policy lacks the operation's action
 */
export type FaultKind = 'throttle' | 'server-error' | 'unavailable' | 'hang' | 'bad-json' | 'refuse' | 'deny';

export const FAULT_KINDS: readonly FaultKind[] = ['throttle', 'server-error', 'unavailable', 'hang', 'bad-json', 'refuse', 'deny'];

export interface FaultRule {
  fault: FaultKind;
  /** Only requests signed for this region; every region when omitted. */
  region?: string;
  /** Only this operation; every operation when omitted. */
  operation?: Operation;
  /** Let this many matching requests through before failing (e.g. 1 to fail the second page). Default 0. */
  skip?: number;
  /** Fail this many matching requests, then let the rest through. Default: fail every one. */
  times?: number;
}

const OPERATIONS: readonly Operation[] = ['ListFoundationModels', 'ListInferenceProfiles', 'MantleListModels'];

/** Each rule counts the requests it matches on its own; the first rule that fires wins. */
export class FaultPlan {
  private readonly rules: Array<{ rule: FaultRule; seen: number }>;

  constructor(rules: readonly FaultRule[] = []) {
    for (const rule of rules) {
      if (!FAULT_KINDS.includes(rule.fault)) throw new Error(`unknown fault kind: ${String(rule.fault)}`);
      if (rule.operation !== undefined && !OPERATIONS.includes(rule.operation)) {
        throw new Error(`unknown operation: ${String(rule.operation)} (one of ${OPERATIONS.join(', ')})`);
      }
      for (const key of ['skip', 'times'] as const) {
        const value = rule[key];
        if (value !== undefined && !(Number.isInteger(value) && value >= 0)) {
          throw new Error(`fault ${key} must be a non-negative integer, got ${value}`);
        }
      }
    }
    this.rules = rules.map((rule) => ({ rule: { ...rule }, seen: 0 }));
  }

  next(region: string, operation: Operation): FaultKind | undefined {
    let fired: FaultKind | undefined;
    for (const entry of this.rules) {
      const { rule } = entry;
      if ((rule.region ?? region) !== region || (rule.operation ?? operation) !== operation) continue;
      entry.seen += 1;
      const skip = rule.skip ?? 0;
      const inWindow = entry.seen > skip && entry.seen <= skip + (rule.times ?? Infinity);
      if (inWindow && fired === undefined) fired = rule.fault;
    }
    return fired;
  }
}
