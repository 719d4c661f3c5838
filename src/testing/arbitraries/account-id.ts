/**
 * Valid AWS account ids: 12 decimal digits.
 *
 * @module
 */
import fc from 'fast-check';

const DIGIT = fc.constantFrom('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');

/**
 * Options of {@link accountId}.
 *
 * @remarks Since 0.1.0
 */
export interface AccountIdConstraints {
  /**
   * Account ids never produced (for example ones a test already uses for another role).
   * @defaultValue []
   */
  exclude?: readonly string[];
}

/**
 * A 12-digit AWS account id, as `createCloud({ accounts })` and caller identities take them.
 * Shrinks towards `000000000000`.
 *
 * @example
 * fc.assert(fc.property(accountId(), (id) => {
 *   createCloud().ec2({ accountId: id, region: 'us-east-1' }).describeVpcs();
 * }));
 *
 * @remarks Since 0.1.0
 */
export function accountId(constraints: AccountIdConstraints = {}): fc.Arbitrary<string> {
  const excluded = new Set(constraints.exclude ?? []);
  const ids = fc.string({ unit: DIGIT, minLength: 12, maxLength: 12 });
  return excluded.size === 0 ? ids : ids.filter((id) => !excluded.has(id));
}

/**
 * Options of {@link accountIds}.
 *
 * @remarks Since 0.1.0
 */
export interface AccountIdsConstraints extends AccountIdConstraints {
  /**
   * Fewest ids.
   * @defaultValue 1
   */
  minLength?: number;
  /**
   * Most ids.
   * @defaultValue 3
   */
  maxLength?: number;
}

/**
 * Distinct account ids (a provider and its consumers, say).
 *
 * @example
 * fc.assert(fc.property(accountIds({ minLength: 2, maxLength: 2 }), ([provider, consumer]) => provider !== consumer));
 *
 * @remarks Since 0.1.0
 */
export function accountIds(constraints: AccountIdsConstraints = {}): fc.Arbitrary<string[]> {
  return fc.uniqueArray(accountId(constraints), {
    minLength: constraints.minLength ?? 1,
    maxLength: constraints.maxLength ?? 3,
  });
}
