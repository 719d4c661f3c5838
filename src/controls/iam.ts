/**
 * Model control (not an AWS action): identity policies attached to principals, evaluated by
 * `iam/evaluate.ts` on every action. A principal without any policy is an administrator.
 *
 * @module
 */
import { parseArn } from '../core/arn.js';
import { errors } from '../core/errors.js';
import { isDenseStringList } from '../core/params.js';
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

/** A string, or a non-empty list of strings with every slot filled (holes are not strings). */
const isStrings = (v: unknown): v is string | string[] => typeof v === 'string' || (isDenseStringList(v) && v.length > 0);

/** A private copy of a string or list of strings. */
const copyStrings = (v: string | string[]): string | string[] => (typeof v === 'string' ? v : [...v]);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A private copy of a `Condition` block, built from its own entries only: `Object.fromEntries`
 * defines a key such as `__proto__` as data, never as the object's prototype.
 */
function checkCondition(condition: unknown, bad: (why: string) => Error): NonNullable<PolicyStatement['Condition']> {
  if (!isObject(condition)) throw bad('Condition must be an object.');
  const blocks: [string, Record<string, string | string[]>][] = [];
  for (const [op, block] of Object.entries(condition)) {
    if (!OPERATORS.has(op)) throw bad(`Condition operator ${op} is not modelled.`);
    if (!isObject(block)) throw bad(`Condition ${op} must map keys to values.`);
    const entries: [string, string | string[]][] = [];
    for (const [key, value] of Object.entries(block)) {
      if (!isStrings(value)) throw bad(`Condition ${op} values must be strings.`);
      entries.push([key, copyStrings(value)]);
    }
    blocks.push([op, Object.fromEntries(entries)]);
  }
  return Object.fromEntries(blocks);
}

/** Checks one statement and returns a private copy holding only the fields the model reads. */
function checkStatement(s: unknown, index: number): PolicyStatement {
  const bad = (why: string) => errors.invalidParameterValue(`Statement[${index}]`, s, why);
  if (!isObject(s)) throw bad('Expected an object.');
  const { Sid, Effect, Action, Resource, Condition } = s;
  if (Effect !== 'Allow' && Effect !== 'Deny') throw bad("Effect must be 'Allow' or 'Deny'.");
  if (!isStrings(Action)) throw bad('Action must be a string or a list of strings.');
  if (Resource !== undefined && !isStrings(Resource)) throw bad('Resource must be a string or a list of strings.');
  if (Sid !== undefined && typeof Sid !== 'string') throw bad('Sid must be a string.');
  return {
    ...(Sid !== undefined ? { Sid } : {}),
    Effect,
    Action: copyStrings(Action),
    ...(Resource !== undefined ? { Resource: copyStrings(Resource) } : {}),
    ...(Condition !== undefined ? { Condition: checkCondition(Condition, bad) } : {}),
  };
}

/**
 * Checks the principal ARN a model-level IAM control names.
 *
 * @example
 * checkPrincipalArn('arn:aws:iam::111111111111:role/app'); // passes
 */
export function checkPrincipalArn(principalArn: unknown): void {
  if (!parseArn(principalArn)) throw errors.invalidParameterValue('principalArn', principalArn, 'Expected an IAM ARN.');
}

/**
 * Checks an identity policy's name: a non-empty string, or absent where `optional`.
 *
 * @example
 * checkPolicyName('read-only', false); // passes
 */
export function checkPolicyName(name: unknown, optional: boolean): void {
  if (optional && name === undefined) return;
  if (typeof name !== 'string' || name === '') throw errors.invalidParameterValue('name', name);
}

/** Validates a policy document, returning a private copy. */
export function checkPolicy(principalArn: unknown, document: unknown): PolicyDocument {
  checkPrincipalArn(principalArn);
  if (typeof document !== 'object' || document === null) {
    throw errors.invalidParameterValue('document', document, 'Expected a policy document.');
  }
  const raw = (document as Record<string, unknown>).Statement;
  const list: unknown[] = Array.isArray(raw) ? raw : [raw];
  const Statement: PolicyStatement[] = [];
  // An index loop: `map` would skip a hole and store it.
  for (let i = 0; i < list.length; i++) Statement.push(checkStatement(list[i], i));
  const Version = (document as Record<string, unknown>).Version;
  return { Version: typeof Version === 'string' ? Version : '2012-10-17', Statement };
}
