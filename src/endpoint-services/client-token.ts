/**
 * `ClientToken` idempotency for EC2 create actions: the same token with the same request
 * returns what the first call created; with a different request it is AWS's
 * `IdempotentParameterMismatch`. Tokens live in the caller's region
 * (`region.clientTokens`), keyed by account, action and token.
 *
 * @module
 */
import { errors } from '../core/errors.js';
import type { Params } from '../core/params.js';
import { getRow, putRow } from '../core/table.js';
import type { RegionState } from '../world/world.js';

/** The longest `ClientToken` EC2 accepts ("Constraints: Maximum 64 ASCII characters"). */
export const MAX_CLIENT_TOKEN_LENGTH = 64;

// Code points 0-127 only: the limit counts ASCII characters.
const ASCII = /^[\u0000-\u007f]*$/;

/**
 * The request's optional `ClientToken`: a non-empty string of at most 64 ASCII characters
 * (EC2's documented constraint), else AWS's `InvalidParameterValue`.
 *
 * @example
 * parse: (p) => ({ clientToken: readClientToken(p) })
 */
export function readClientToken(p: Params): string | undefined {
  const token = p.optionalString('ClientToken');
  if (token !== undefined && (token.length > MAX_CLIENT_TOKEN_LENGTH || !ASCII.test(token))) throw errors.invalidClientToken(token, MAX_CLIENT_TOKEN_LENGTH);
  return token;
}

const keyOf = (accountId: string, action: string, token: string) => `${accountId}/${action}/${token}`;

/**
 * The resource id an earlier call with `token` produced, or `undefined` for a new token.
 *
 * @throws CloudError `IdempotentParameterMismatch` when the token was used with another request.
 * @example
 * const earlier = replayedResourceId(ctx.region, ctx.caller.accountId, 'CreateVpcEndpointServiceConfiguration', token, fingerprint);
 */
export function replayedResourceId(
  state: RegionState,
  accountId: string,
  action: string,
  token: string,
  fingerprint: string,
): string | undefined {
  const entry = getRow(state.clientTokens, keyOf(accountId, action, token));
  if (entry === undefined) return undefined;
  if (entry.fingerprint !== fingerprint) throw errors.idempotentParameterMismatch(token);
  return entry.resourceId;
}

/**
 * Records that `token` produced `resourceId` (call inside the action's `apply`).
 *
 * @example
 * rememberClientToken(ctx.region, ctx.caller.accountId, 'CreateVpcEndpointServiceConfiguration', token, fingerprint, serviceId);
 */
export function rememberClientToken(
  state: RegionState,
  accountId: string,
  action: string,
  token: string,
  fingerprint: string,
  resourceId: string,
): void {
  putRow(state.clientTokens, keyOf(accountId, action, token), { fingerprint, resourceId });
}

/**
 * A stable fingerprint of a parsed request (key order independent), for token comparison.
 *
 * @example
 * requestFingerprint({ arns: ['arn:...'], acceptanceRequired: true });
 */
export function requestFingerprint(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
