/**
 * Malformed principals for negative tests of endpoint service permissions: a bare account id
 * (AWS wants the ARN), ARNs of the wrong service, partition or resource type, a short
 * account, an empty name, a region where IAM has none, an uppercase `ARN` prefix, a wildcard
 * account. `ModifyVpcEndpointServicePermissions` refuses each with `InvalidPrincipal`.
 *
 * @module
 */
import fc from 'fast-check';
import { accountId } from './account-id.js';
import { iamName } from './principal.js';

/** How a malformed principal is wrong. */
export type PrincipalDefect =
  | 'bareAccountId'
  | 'wrongService'
  | 'shortAccount'
  | 'unknownResourceType'
  | 'emptyName'
  | 'badPartition'
  | 'uppercasePrefix'
  | 'withRegion'
  | 'wildcardAccount';

const ALL: readonly PrincipalDefect[] = [
  'bareAccountId', 'wrongService', 'shortAccount', 'unknownResourceType', 'emptyName', 'badPartition', 'uppercasePrefix', 'withRegion', 'wildcardAccount',
];

/**
 * Options of {@link malformedPrincipal}.
 *
 * @remarks Since 0.1.0
 */
export interface MalformedPrincipalConstraints {
  /**
   * The defects produced.
   * @defaultValue every defect
   */
  defects?: readonly PrincipalDefect[];
}

function spoil(defect: PrincipalDefect, account: string, name: string): string {
  switch (defect) {
    case 'bareAccountId':
      return account;
    case 'wrongService':
      return `arn:aws:ec2::${account}:root`;
    case 'shortAccount':
      return `arn:aws:iam::${account.slice(0, 11)}:root`;
    case 'unknownResourceType':
      return `arn:aws:iam::${account}:group/${name}`;
    case 'emptyName':
      return `arn:aws:iam::${account}:role/`;
    case 'badPartition':
      return `arn:aws-moon:iam::${account}:root`;
    case 'uppercasePrefix':
      return `ARN:aws:iam::${account}:root`;
    case 'withRegion':
      return `arn:aws:iam:us-east-1:${account}:root`;
    case 'wildcardAccount':
      return 'arn:aws:iam::*:root';
  }
}

/**
 * A string that is not an IAM principal although it looks like one.
 *
 * @example
 * fc.assert(fc.property(malformedPrincipal(), (p) => {
 *   const e = cloudErrorOf(() => ec2.modifyVpcEndpointServicePermissions({ ServiceId, AddAllowedPrincipals: [p] }));
 *   expect(e.code).toBe('InvalidPrincipal');
 * }));
 *
 * @remarks Since 0.1.0
 */
export function malformedPrincipal(constraints: MalformedPrincipalConstraints = {}): fc.Arbitrary<string> {
  const defects = constraints.defects !== undefined && constraints.defects.length > 0 ? constraints.defects : ALL;
  return fc.tuple(fc.constantFrom(...defects), accountId(), iamName()).map(([defect, account, name]) => spoil(defect, account, name));
}
