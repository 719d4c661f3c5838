/**
 * IAM identity policies, restricted to the grammar that matters for PrivateLink: `Effect`,
 * `Action` (with wildcards), `Resource`, and `Condition` string operators on keys such as
 * `ec2:VpceServicePrivateDnsName`.
 *
 * @module
 */

/** The string condition operators the model evaluates. */
export type BaseConditionOperator = 'StringEquals' | 'StringLike' | 'StringNotEquals' | 'StringNotLike';

/**
 * A string condition operator, optionally with IAM's `IfExists` suffix (the condition also
 * holds when the request does not carry the key).
 */
export type ConditionOperator = BaseConditionOperator | `${BaseConditionOperator}IfExists`;

/** Every condition operator the model accepts in a policy. */
export const CONDITION_OPERATORS: readonly ConditionOperator[] = [
  'StringEquals',
  'StringLike',
  'StringNotEquals',
  'StringNotLike',
  'StringEqualsIfExists',
  'StringLikeIfExists',
  'StringNotEqualsIfExists',
  'StringNotLikeIfExists',
];

/** One policy statement. */
export interface PolicyStatement {
  Sid?: string;
  Effect: 'Allow' | 'Deny';
  Action: string | string[];
  Resource?: string | string[];
  Condition?: Partial<Record<ConditionOperator, Record<string, string | string[]>>>;
}

/** An IAM policy document (`Version` 2012-10-17). */
export interface PolicyDocument {
  Version?: string;
  Statement: PolicyStatement | PolicyStatement[];
}
