/**
 * Availability Zone mappings: for one account in one region, the AZ ids in the order of the
 * account's AZ names (`a`, `b`, `c`...), as `createCloud({ accounts })` takes them. AWS maps
 * names to locations independently per account; these arbitraries make the disagreement
 * between a provider's and a consumer's names the normal case.
 *
 * @module
 */
import fc from 'fast-check';
import { findRegion } from '../../geo/regions.js';
import type { AccountOptions } from '../../world/create-world.js';

/**
 * Options of {@link zoneMapping}.
 *
 * @remarks Since 0.1.0
 */
export interface ZoneMappingConstraints {
  /**
   * The region whose AZ ids are mapped.
   * @defaultValue 'us-east-1'
   */
  region?: string;
  /**
   * Fewest AZs the account has in the region (at least 1).
   * @defaultValue 1
   */
  minZones?: number;
  /**
   * Most AZs the account has in the region.
   * @defaultValue every AZ of the region
   */
  maxZones?: number;
}

/**
 * One account's AZ ids in a region, in name order: a shuffled, non-empty subset of the
 * region's AZ ids.
 *
 * @example
 * fc.sample(zoneMapping({ region: 'us-east-1', minZones: 2 }), 1); // e.g. [['use1-az4', 'use1-az1']]
 *
 * @remarks Since 0.1.0
 */
export function zoneMapping(constraints: ZoneMappingConstraints = {}): fc.Arbitrary<string[]> {
  const ids = findRegion(constraints.region ?? 'us-east-1')?.zoneIds ?? [];
  const minLength = Math.max(1, Math.min(constraints.minZones ?? 1, ids.length));
  const maxLength = Math.max(minLength, Math.min(constraints.maxZones ?? ids.length, ids.length));
  return fc.shuffledSubarray([...ids], { minLength, maxLength });
}

/**
 * Options of {@link accountZoneMaps}.
 *
 * @remarks Since 0.1.0
 */
export interface AccountZoneMapsConstraints {
  /** The accounts to map (each gets its own mapping). */
  accountIds: readonly string[];
  /**
   * Regions mapped for every account.
   * @defaultValue ['us-east-1']
   */
  regions?: readonly string[];
  /**
   * Fewest AZs per account and region.
   * @defaultValue 1
   */
  minZones?: number;
  /**
   * Most AZs per account and region.
   * @defaultValue every AZ of the region
   */
  maxZones?: number;
}

/**
 * The `accounts` option of `createCloud`: an explicit AZ mapping per account and region.
 *
 * @example
 * fc.assert(fc.property(accountZoneMaps({ accountIds: ['111111111111', '222222222222'] }), (accounts) => {
 *   createCloud({ accounts });
 * }));
 *
 * @remarks Since 0.1.0
 */
export function accountZoneMaps(constraints: AccountZoneMapsConstraints): fc.Arbitrary<Record<string, AccountOptions>> {
  const regions = constraints.regions ?? ['us-east-1'];
  const one = (region: string) =>
    zoneMapping({
      region,
      ...(constraints.minZones === undefined ? {} : { minZones: constraints.minZones }),
      ...(constraints.maxZones === undefined ? {} : { maxZones: constraints.maxZones }),
    });
  const perAccount = fc.tuple(...regions.map(one)).map((maps) => ({
    zones: Object.fromEntries(regions.map((region, i) => [region, maps[i] ?? []])),
  }));
  return fc
    .tuple(...constraints.accountIds.map(() => perAccount))
    .map((maps) => Object.fromEntries(constraints.accountIds.map((id, i) => [id, maps[i] ?? {}])));
}
