/**
 * Valid IAM principals for endpoint service permissions (`AddAllowedPrincipals`): an
 * account's root (`arn:aws:iam::<acct>:root`, `PrincipalType: 'Account'`), an IAM user
 * (`:user/<name>`), an IAM role (`:role/<name>`), or everyone (`*`).
 *
 * @module
 */
import fc from 'fast-check';
import { accountId } from './account-id.js';

/** The kinds of principal {@link principal} produces. */
export type PrincipalKind = 'root' | 'user' | 'role' | 'all';

const NAME_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_+=,.@-';

/**
 * An IAM user or role name: 1 to 64 of `[A-Za-z0-9_+=,.@-]`.
 *
 * @example
 * fc.sample(iamName(), 1); // e.g. ['app-Role_1']
 *
 * @remarks Since 0.1.0
 */
export function iamName(): fc.Arbitrary<string> {
  return fc.string({ unit: fc.constantFrom(...NAME_CHARS), minLength: 1, maxLength: 64 });
}

/**
 * Options of {@link principal}.
 *
 * @remarks Since 0.1.0
 */
export interface PrincipalConstraints {
  /**
   * Accounts the ARNs belong to; any 12-digit id when absent.
   * @defaultValue any account id
   */
  accountIds?: readonly string[];
  /**
   * Kinds produced.
   * @defaultValue ['root', 'user', 'role', 'all']
   */
  kinds?: readonly PrincipalKind[];
  /**
   * Whether user and role names may carry an IAM path (`role/team/app`).
   * @defaultValue true
   */
  withPaths?: boolean;
}

/**
 * The ARN of a principal of `kind` in `accountId` with `name` (ignored for `root`).
 *
 * @example
 * principalArnOf('role', '222222222222', 'app'); // 'arn:aws:iam::222222222222:role/app'
 *
 * @remarks Since 0.1.0
 */
export function principalArnOf(kind: Exclude<PrincipalKind, 'all'>, accountId: string, name = ''): string {
  return kind === 'root' ? `arn:aws:iam::${accountId}:root` : `arn:aws:iam::${accountId}:${kind}/${name}`;
}

/**
 * A principal string that `ModifyVpcEndpointServicePermissions` accepts.
 *
 * @example
 * fc.assert(fc.property(principal({ accountIds: ['222222222222'] }), (p) => {
 *   ec2.modifyVpcEndpointServicePermissions({ ServiceId, AddAllowedPrincipals: [p] });
 * }));
 *
 * @remarks Since 0.1.0
 */
export function principal(constraints: PrincipalConstraints = {}): fc.Arbitrary<string> {
  const given = constraints.kinds ?? ['root', 'user', 'role', 'all'];
  const kinds: readonly PrincipalKind[] = given.length > 0 ? given : ['root'];
  const accounts = constraints.accountIds !== undefined && constraints.accountIds.length > 0
    ? fc.constantFrom(...constraints.accountIds)
    : accountId();
  const path = constraints.withPaths === false ? fc.constant('') : fc.oneof(
    { arbitrary: fc.constant(''), weight: 3 },
    { arbitrary: iamName().filter((n) => n.length <= 32).map((n) => `${n}/`), weight: 1 },
  );
  const named = (kind: 'user' | 'role') =>
    fc.tuple(accounts, path, iamName()).map(([account, prefix, name]) => principalArnOf(kind, account, `${prefix}${name}`));
  const [first, ...rest] = kinds.map((kind): fc.Arbitrary<string> => {
    if (kind === 'all') return fc.constant('*');
    if (kind === 'root') return accounts.map((account) => principalArnOf('root', account));
    return named(kind);
  });
  return first === undefined ? fc.constant('*') : fc.oneof(first, ...rest);
}

/**
 * Like {@link principal} without `*`: principal ARNs only (what a caller identity's
 * `principalArn` may be).
 *
 * @example
 * fc.sample(principalArn({ accountIds: ['222222222222'], kinds: ['role'] }), 1);
 *
 * @remarks Since 0.1.0
 */
export function principalArn(constraints: PrincipalConstraints = {}): fc.Arbitrary<string> {
  const kinds = (constraints.kinds ?? ['root', 'user', 'role']).filter((k) => k !== 'all');
  return principal({ ...constraints, kinds: kinds.length > 0 ? kinds : ['root'] });
}
