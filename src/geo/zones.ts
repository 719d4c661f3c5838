/**
 * Per-account Availability Zone maps: for one account in one region, a bijection between AZ
 * names (`us-east-1a`, `us-east-1b`, ...) and AZ ids (`use1-az4`, ...). AWS shuffles the
 * mapping per account, so "us-east-1a" of the provider is usually not "us-east-1a" of the
 * consumer; across accounts, AZs are compared by id only.
 *
 * @module
 */
import { shuffled } from '../core/hash.js';
import type { World } from '../world/world.js';
import { findRegion } from './regions.js';

/** One zone as an account sees it. */
export interface AccountZone {
  /** The account-specific name, e.g. `us-east-1a`. */
  zoneName: string;
  /** The location's id, the same in every account, e.g. `use1-az4`. */
  zoneId: string;
}

/** The letter suffix of the `index`-th AZ name: a, b, ..., z. */
export function zoneLetter(index: number): string {
  return String.fromCharCode(97 + index);
}

/**
 * The seed-derived zone ids of an account in a region, ordered by AZ name (a, b, c...):
 * a permutation of all the region's AZ ids, different per account as on AWS.
 */
export function defaultZoneIds(seed: string, accountId: string, region: string): string[] {
  const info = findRegion(region);
  if (!info) return [];
  return shuffled(info.zoneIds, `${seed}\u0000zones\u0000${accountId}\u0000${region}`);
}

/**
 * The zone ids an account has in a region, ordered by AZ name. Explicit mappings from
 * `createCloud({ accounts })` win; otherwise the seed decides.
 *
 * @example
 * accountZoneIds(cloud.world, '111111111111', 'us-east-1'); // ['use1-az4', 'use1-az6', ...]
 */
export function accountZoneIds(world: World, accountId: string, region: string): readonly string[] {
  return world.accounts[accountId]?.zones[region] ?? defaultZoneIds(world.seed, accountId, region);
}

/** Every zone an account has in a region, as `{ zoneName, zoneId }`, ordered by name. */
export function accountZones(world: World, accountId: string, region: string): AccountZone[] {
  return accountZoneIds(world, accountId, region).map((zoneId, index) => ({
    zoneName: `${region}${zoneLetter(index)}`,
    zoneId,
  }));
}

/** The AZ id behind an account's AZ name, or `undefined` when the account has no such name. */
export function zoneIdOfName(world: World, accountId: string, region: string, zoneName: string): string | undefined {
  if (!zoneName.startsWith(region) || zoneName.length !== region.length + 1) return undefined;
  const index = zoneName.charCodeAt(region.length) - 97;
  return accountZoneIds(world, accountId, region)[index];
}

/** The account's AZ name for an AZ id, or `undefined` when the account lacks that location. */
export function zoneNameOfId(world: World, accountId: string, region: string, zoneId: string): string | undefined {
  const index = accountZoneIds(world, accountId, region).indexOf(zoneId);
  return index < 0 ? undefined : `${region}${zoneLetter(index)}`;
}

/**
 * The account's AZ names for AZ ids (an id the account lacks stays as it is), reading the
 * account's map once: a describe names every zone of every item it lists.
 *
 * @example
 * zoneNamesOfIds(cloud.world, '222222222222', 'us-east-1', ['use1-az1', 'use1-az9']); // e.g. ['us-east-1c', 'use1-az9']
 */
export function zoneNamesOfIds(world: World, accountId: string, region: string, zoneIds: readonly string[]): string[] {
  const own = accountZoneIds(world, accountId, region);
  return zoneIds.map((id) => {
    const index = own.indexOf(id);
    return index < 0 ? id : `${region}${zoneLetter(index)}`;
  });
}

/**
 * The AZ ids two accounts share in a region, in the order of `viewerAccountId`'s names.
 * This is how a consumer sees a provider's service: only the common zones, by id.
 */
export function commonZoneIds(
  world: World,
  region: string,
  viewerAccountId: string,
  zoneIds: readonly string[],
): string[] {
  const wanted = new Set(zoneIds);
  return accountZoneIds(world, viewerAccountId, region).filter((id) => wanted.has(id));
}
