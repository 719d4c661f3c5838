/**
 * Near-miss account ids for negative tests: strings that look like an account id but are
 * not one (11 or 13 digits, a letter, the console's dashed form, padding, empty). The model
 * refuses each with `UnknownAccount` (caller identities, `createCloud({ accounts })`).
 *
 * @module
 */
import fc from 'fast-check';
import { accountId } from './account-id.js';

/** How a near-miss account id is wrong. */
export type AccountIdDefect = 'tooShort' | 'tooLong' | 'letter' | 'dashed' | 'padded' | 'empty';

const ALL: readonly AccountIdDefect[] = ['tooShort', 'tooLong', 'letter', 'dashed', 'padded', 'empty'];

/**
 * Options of {@link nearMissAccountId}.
 *
 * @remarks Since 0.1.0
 */
export interface NearMissAccountIdConstraints {
  /**
   * The defects produced.
   * @defaultValue every defect
   */
  defects?: readonly AccountIdDefect[];
}

/** Applies one defect to a valid id. */
function spoil(id: string, defect: AccountIdDefect, n: number): string {
  switch (defect) {
    case 'tooShort':
      return id.slice(0, 1 + (n % 11));
    case 'tooLong':
      return `${id}${n % 10}`;
    case 'letter':
      return `${id.slice(0, n % 12)}${'abcdefxyzO'[n % 10] ?? 'a'}${id.slice((n % 12) + 1)}`;
    case 'dashed':
      return `${id.slice(0, 4)}-${id.slice(4, 8)}-${id.slice(8)}`;
    case 'padded':
      return n % 2 === 0 ? ` ${id}` : `${id} `;
    case 'empty':
      return '';
  }
}

/**
 * A string that is almost, but not, a 12-digit account id.
 *
 * @example
 * fc.assert(fc.property(nearMissAccountId(), (id) => {
 *   expect(() => cloud.ec2({ accountId: id, region: 'us-east-1' })).toThrow(/not an AWS account id/);
 * }));
 *
 * @remarks Since 0.1.0
 */
export function nearMissAccountId(constraints: NearMissAccountIdConstraints = {}): fc.Arbitrary<string> {
  const defects = constraints.defects !== undefined && constraints.defects.length > 0 ? constraints.defects : ALL;
  return fc.tuple(accountId(), fc.constantFrom(...defects), fc.nat()).map(([id, defect, n]) => spoil(id, defect, n));
}
