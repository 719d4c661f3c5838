/**
 * Evaluates a principal's identity policies for one request, with IAM's precedence: an
 * explicit deny wins, then an allow; with no policy at all the principal is treated as an
 * administrator (the model's default, documented on `cloud.iam`).
 *
 * Matching follows IAM: action names are case-insensitive with `*` / `?` wildcards;
 * resources match case-sensitively with wildcards; condition key names are
 * case-insensitive, values case-sensitive; a key the request does not carry makes
 * `StringEquals` / `StringLike` false and the negated `StringNotEquals` / `StringNotLike`
 * true, while any `...IfExists` operator holds when the key is absent.
 *
 * @module
 */
import { ownValue } from '../core/own-key.js';
import { matchesWildcard } from '../core/wildcard.js';
import type { World } from '../world/world.js';
import type { BaseConditionOperator, ConditionOperator, PolicyDocument, PolicyStatement } from './policy.js';
import { getRow, rowCount, rows, type Table } from '../core/table.js';

/** What a request asks IAM about. */
export interface AuthorizationRequest {
  /** `service:Action`, e.g. `ec2:CreateVpcEndpointServiceConfiguration`. */
  action: string;
  /** The resource ARN, or `*` when the action has none. */
  resource: string;
  /** Condition keys of the request, e.g. `{ 'ec2:VpceServicePrivateDnsName': 'x.example.com' }`. */
  context: Record<string, string | undefined>;
}

/** The outcome of IAM evaluation. */
export type AuthorizationDecision = 'Allow' | 'ExplicitDeny' | 'ImplicitDeny';

const asList = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

function baseHolds(op: BaseConditionOperator, actual: string | undefined, expected: string[]): boolean {
  switch (op) {
    case 'StringEquals':
      return actual !== undefined && expected.includes(actual);
    case 'StringNotEquals':
      // IAM: a missing key makes a negated operator true.
      return actual === undefined || !expected.includes(actual);
    case 'StringLike':
      return actual !== undefined && expected.some((p) => matchesWildcard(p, actual));
    case 'StringNotLike':
      return actual === undefined || !expected.some((p) => matchesWildcard(p, actual));
  }
}

/**
 * Whether one condition holds for the value the request carries (`undefined`: absent).
 *
 * @example
 * conditionHolds('StringLike', 'api.example.com', ['*.example.com']);   // true
 * conditionHolds('StringEqualsIfExists', undefined, ['a.example.com']); // true
 */
export function conditionHolds(op: ConditionOperator, actual: string | undefined, expected: string[]): boolean {
  if (op.endsWith('IfExists')) {
    return actual === undefined || baseHolds(op.slice(0, -'IfExists'.length) as BaseConditionOperator, actual, expected);
  }
  return baseHolds(op as BaseConditionOperator, actual, expected);
}

/** The request's value of a condition key, matching the key name case-insensitively. */
function contextValue(context: AuthorizationRequest['context'], key: string): string | undefined {
  const exact = ownValue(context, key);
  if (exact !== undefined) return exact;
  const lower = key.toLowerCase();
  for (const [k, v] of Object.entries(context)) if (k.toLowerCase() === lower) return v;
  return undefined;
}

/**
 * Whether a statement applies to a request: its action, resource and every condition match.
 *
 * @example
 * statementApplies({ Effect: 'Deny', Action: 'ec2:*', Resource: '*' }, request); // true for any EC2 action
 */
export function statementApplies(statement: PolicyStatement, request: AuthorizationRequest): boolean {
  const actionMatch = asList(statement.Action).some((a) => matchesWildcard(a, request.action, true));
  if (!actionMatch) return false;
  const resources = asList(statement.Resource);
  if (resources.length > 0 && !resources.some((r) => matchesWildcard(r, request.resource))) return false;
  for (const [op, keys] of Object.entries(statement.Condition ?? {})) {
    for (const [key, values] of Object.entries(keys ?? {})) {
      if (!conditionHolds(op as ConditionOperator, contextValue(request.context, key), asList(values))) return false;
    }
  }
  return true;
}

/**
 * Whether any identity policy is attached to `principalArn`. Without one the principal is
 * an administrator and every request is allowed, so a command need not build its requests
 * (resource ARNs, condition keys such as a resource's tags) to ask.
 *
 * @example
 * hasIdentityPolicies(cloud.world, 'arn:aws:iam::111111111111:root'); // false until cloud.iam.putPolicy
 */
export function hasIdentityPolicies(world: World, principalArn: string): boolean {
  return identityPolicies(world, principalArn) !== undefined;
}

/** The principal's policy documents, or `undefined` when it has none. */
function identityPolicies(world: World, principalArn: string): Table<PolicyDocument> | undefined {
  const documents = getRow(world.iamPolicies, principalArn);
  return documents !== undefined && rowCount(documents) > 0 ? documents : undefined;
}

/**
 * Decides one request for `principalArn` from the policies stored in the world.
 *
 * @example
 * authorize(cloud.world, 'arn:aws:iam::111111111111:role/dev', {
 *   action: 'ec2:CreateVpcEndpointServiceConfiguration', resource: '*',
 *   context: { 'ec2:VpceServicePrivateDnsName': 'api.example.com' } }); // 'Allow' | ...
 */
export function authorize(world: World, principalArn: string, request: AuthorizationRequest): AuthorizationDecision {
  const documents = identityPolicies(world, principalArn);
  if (documents === undefined) return 'Allow';
  let allowed = false;
  for (const document of rows(documents)) {
    for (const statement of asList(document.Statement)) {
      if (!statementApplies(statement, request)) continue;
      if (statement.Effect === 'Deny') return 'ExplicitDeny';
      allowed = true;
    }
  }
  return allowed ? 'Allow' : 'ImplicitDeny';
}
