/**
 * IAM identity policies, restricted to the grammar that matters for PrivateLink: `Effect`,
 * `Action` (with wildcards), `Resource`, and `Condition` string operators on keys such as
 * `ec2:VpceServicePrivateDnsName`.
 *
 * @module
 */

/** A string condition operator. */
export type ConditionOperator = 'StringEquals' | 'StringLike' | 'StringNotEquals' | 'StringNotLike';

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
