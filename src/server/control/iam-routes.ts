/**
 * Model-control routes over identity policies (`cloud.iam`): the IAM policies attached to a
 * principal, which every EC2 and ELBv2 call of that principal is evaluated against. A
 * principal without a policy is an administrator.
 *
 * @module
 */
import type { Cloud } from '../../cloud.js';
import { checkPrincipalArn } from '../../controls/iam.js';
import { getRow, tableEntries } from '../../core/table.js';
import type { PolicyDocument } from '../../iam/policy.js';
import { requiredField, type ControlRoute } from './route.js';

/**
 * The answer of the IAM routes: a principal's identity policies by name, after the call.
 *
 * @example
 * const body: PrincipalPoliciesBody = {
 *   principalArn: 'arn:aws:iam::111111111111:role/dev',
 *   policies: { 'read-only': { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'ec2:Describe*', Resource: '*' }] } },
 * };
 */
export interface PrincipalPoliciesBody {
  principalArn: string;
  policies: Record<string, PolicyDocument>;
}

/** The policies of `principalArn` as the IAM routes answer them. */
function policiesBody(cloud: Cloud, principalArn: unknown): PrincipalPoliciesBody {
  checkPrincipalArn(principalArn);
  const arn = principalArn as string;
  const table = getRow(cloud.world.iamPolicies, arn);
  return { principalArn: arn, policies: Object.fromEntries(table === undefined ? [] : tableEntries(table)) };
}

/**
 * `GET iam/policies`, `POST iam/policies`, `DELETE iam/policies`.
 *
 * @example
 * iamRoutes.map((r) => r.method); // ['GET', 'POST', 'DELETE']
 */
export const iamRoutes: readonly ControlRoute[] = [
  {
    method: 'GET',
    path: 'iam/policies',
    summary: "A principal's identity policies by name (none: the principal is an administrator).",
    fields: ['principalArn'],
    run: (host, params) => policiesBody(host.cloud, requiredField(params, 'principalArn')),
  },
  {
    method: 'POST',
    path: 'iam/policies',
    summary: 'Attaches (or replaces) the identity policy name (default "default") of principalArn: document is an IAM policy document.',
    fields: ['principalArn', 'document', 'name'],
    run: (host, params) => {
      const principalArn = requiredField(params, 'principalArn');
      const name = params.raw('name') as string | undefined;
      host.cloud.iam.putPrincipalPolicy(principalArn as string, requiredField(params, 'document') as PolicyDocument, name);
      return policiesBody(host.cloud, principalArn);
    },
  },
  {
    method: 'DELETE',
    path: 'iam/policies',
    summary: 'Removes the policy name of principalArn, or all its policies without name.',
    fields: ['principalArn', 'name'],
    run: (host, params) => {
      const principalArn = requiredField(params, 'principalArn');
      host.cloud.iam.deletePrincipalPolicy(principalArn as string, params.raw('name') as string | undefined);
      return policiesBody(host.cloud, principalArn);
    },
  },
];
