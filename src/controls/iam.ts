/**
 * Model control (not an AWS action): identity policies attached to principals, evaluated by
 * `iam/evaluate.ts` on every action. A principal without any policy is an administrator.
 *
 * @module
 */
import { parseArn } from '../core/arn.js';
import { errors } from '../core/errors.js';
import { CONDITION_OPERATORS, type PolicyDocument, type PolicyStatement } from '../iam/policy.js';

/** `cloud.iam`: attach and remove identity policies. */
export interface IamControl {
  /**
   * Attaches (or replaces) the policy `name` of `principalArn`.
   *
   * @example
   * cloud.iam.putPrincipalPolicy('arn:aws:iam::111111111111:role/dev', {
   *   Statement: [{ Effect: 'Deny', Action: 'ec2:*VpcEndpointServiceConfiguration',
   *     Resource: '*', Condition: { StringNotLike: { 'ec2:VpceServicePrivateDnsName': '*.example.com' } } }] });
   */
  putPrincipalPolicy(principalArn: string, document: PolicyDocument, name?: string): void;
  /** Removes one named policy, or all of a principal's policies. */
  deletePrincipalPolicy(principalArn: string, name?: string): void;
}

const OPERATORS: ReadonlySet<string> = new Set(CONDITION_OPERATORS);

const isStrings = (v: unknown): v is string | string[] =>
  typeof v === 'string' || (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string'));

function checkStatement(s: unknown, index: number): PolicyStatement {
  const bad = (why: string) => errors.invalidParameterValue(`Statement[${index}]`, s, why);
  if (typeof s !== 'object' || s === null) throw bad('Expected an object.');
  const st = s as Record<string, unknown>;
  if (st.Effect !== 'Allow' && st.Effect !== 'Deny') throw bad("Effect must be 'Allow' or 'Deny'.");
  if (!isStrings(st.Action)) throw bad('Action must be a string or a list of strings.');
  if (st.Resource !== undefined && !isStrings(st.Resource)) throw bad('Resource must be a string or a list of strings.');
  if (st.Condition !== undefined) {
    if (typeof st.Condition !== 'object' || st.Condition === null) throw bad('Condition must be an object.');
    for (const [op, block] of Object.entries(st.Condition)) {
      if (!OPERATORS.has(op)) throw bad(`Condition operator ${op} is not modelled.`);
      if (typeof block !== 'object' || block === null) throw bad(`Condition ${op} must map keys to values.`);
      for (const value of Object.values(block)) if (!isStrings(value)) throw bad(`Condition ${op} values must be strings.`);
    }
  }
  return structuredClone(st) as unknown as PolicyStatement;
}

/** Validates a policy document, returning a private copy. */
export function checkPolicy(principalArn: unknown, document: unknown): PolicyDocument {
  if (!parseArn(principalArn)) throw errors.invalidParameterValue('principalArn', principalArn, 'Expected an IAM ARN.');
  if (typeof document !== 'object' || document === null) {
    throw errors.invalidParameterValue('document', document, 'Expected a policy document.');
  }
  const raw = (document as Record<string, unknown>).Statement;
  const list = Array.isArray(raw) ? raw : [raw];
  const Statement = list.map(checkStatement);
  const Version = (document as Record<string, unknown>).Version;
  return { Version: typeof Version === 'string' ? Version : '2012-10-17', Statement };
}
