/**
 * Amazon Resource Names and IAM principals: parse, format, classify. The only place that
 * knows ARN syntax; everything else asks here.
 *
 * @module
 */
import { PARTITIONS, type Partition } from '../geo/regions.js';
import { isAccountId } from './ids.js';

/** The parts of an ARN: `arn:<partition>:<service>:<region>:<account>:<resource>`. */
export interface Arn {
  partition: string;
  service: string;
  region: string;
  accountId: string;
  resource: string;
}

const isPartition = (value: string): value is Partition => (PARTITIONS as readonly string[]).includes(value);

/**
 * Parses an ARN, or returns `undefined` when `value` is not one.
 *
 * @example
 * parseArn('arn:aws:iam::111111111111:root')?.accountId; // '111111111111'
 */
export function parseArn(value: unknown): Arn | undefined {
  if (typeof value !== 'string') return undefined;
  const parts = value.split(':');
  if (parts.length < 6 || parts[0] !== 'arn') return undefined;
  const [, partition = '', service = '', region = '', accountId = ''] = parts;
  const resource = parts.slice(5).join(':');
  if (!isPartition(partition) || !/^[a-z0-9-]+$/.test(service) || resource === '') return undefined;
  if (region !== '' && !/^[a-z]{2}(-[a-z]+)+-\d$/.test(region)) return undefined;
  if (accountId !== '' && !isAccountId(accountId)) return undefined;
  return { partition, service, region, accountId, resource };
}

/** Formats ARN parts back into the `arn:...` string. */
export function formatArn(arn: Arn): string {
  return `arn:${arn.partition}:${arn.service}:${arn.region}:${arn.accountId}:${arn.resource}`;
}

/** The ARN of an account's root principal, the default caller identity. */
export function accountRootArn(accountId: string): string {
  return `arn:aws:iam::${accountId}:root`;
}

/** `PrincipalType` values of `DescribeVpcEndpointServicePermissions`. */
export type PrincipalType = 'All' | 'Service' | 'OrganizationUnit' | 'Account' | 'User' | 'Role';

/** A principal as an endpoint service's permission list holds it. */
export interface Principal {
  /** The principal as given: an IAM ARN, a service principal, or `*`. */
  principal: string;
  type: PrincipalType;
  /** Owning account, absent for `*` and service principals. */
  accountId?: string;
  /** Partition of an ARN principal (`aws`, `aws-cn`...), absent for `*` and service principals. */
  partition?: string;
}

const IAM_NAME = /^[\w+=,.@-]+(\/[\w+=,.@-]+)*$/;
const SERVICE_PRINCIPAL = /^[a-z0-9-]+(\.[a-z0-9-]+)*\.amazonaws\.com$/;

/**
 * Classifies a principal string as AWS does for endpoint service permissions. A bare account
 * id is not a principal; only ARNs (`:root`, `:user/..`, `:role/..`), service principals and
 * `*` are.
 *
 * @example
 * parsePrincipal('arn:aws:iam::222222222222:role/app')?.type; // 'Role'
 * parsePrincipal('222222222222'); // undefined
 */
export function parsePrincipal(value: unknown): Principal | undefined {
  if (value === '*') return { principal: '*', type: 'All' };
  if (typeof value !== 'string') return undefined;
  if (SERVICE_PRINCIPAL.test(value)) return { principal: value, type: 'Service' };
  const arn = parseArn(value);
  if (!arn || arn.service !== 'iam' || arn.region !== '' || arn.accountId === '') return undefined;
  const { resource, accountId, partition } = arn;
  if (resource === 'root') return { principal: value, type: 'Account', accountId, partition };
  const slash = resource.indexOf('/');
  const kind = resource.slice(0, slash);
  const name = resource.slice(slash + 1);
  if (slash < 0 || !IAM_NAME.test(name)) return undefined;
  if (kind === 'user') return { principal: value, type: 'User', accountId, partition };
  if (kind === 'role') return { principal: value, type: 'Role', accountId, partition };
  return undefined;
}

/** The account a principal ARN belongs to (an STS assumed-role ARN counts as its role's). */
export function accountOfPrincipal(principalArn: string): string | undefined {
  return parseArn(principalArn)?.accountId || undefined;
}

/**
 * Whether a caller principal is covered by an allowed principal entry: `*` covers everyone,
 * an account root covers every principal of that account in the same partition
 * (`arn:aws-cn:iam::<acct>:root` covers nothing of `arn:aws:...`), a user or role only
 * itself.
 *
 * @example
 * const root = parsePrincipal('arn:aws-cn:iam::222222222222:root');
 * if (root) principalCovers(root, 'arn:aws:iam::222222222222:role/app'); // false: another partition
 */
export function principalCovers(allowed: Principal, callerArn: string): boolean {
  if (allowed.type === 'All') return true;
  if (allowed.type === 'Account') {
    const caller = parseArn(callerArn);
    return caller !== undefined && caller.partition === allowed.partition && caller.accountId === allowed.accountId;
  }
  return allowed.principal === callerArn;
}
