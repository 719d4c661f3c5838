/**
 * How a diagram names an Availability Zone: by its id, which is the same in every account,
 * followed by the name each account concerned gives it (`use1-az2 · provider us-east-1b ·
 * consumer us-east-1a`). The names differ per account, so showing them side by side is the
 * lesson: across accounts, only the id says two boxes are the same place.
 *
 * @module
 */
import { isZoneFailed } from '../controls/faults.js';
import { zoneNameOfId } from '../geo/zones.js';
import type { World } from '../world/world.js';

/** Whose names an AZ label shows, and how many other accounts it only counts. */
export interface ZoneNames {
  namers: ZoneNamer[];
  /** E.g. `3 consumer accounts`, or empty. */
  others: string;
}

/** An account whose name for the AZ a label shows, and the word that introduces it. */
export interface ZoneNamer {
  tag: string;
  accountId: string;
}

/**
 * Whose names an AZ box of a VPC shows: the VPC owner's (as `provider`, `consumer`, or
 * `account` when it is both), then its counterpart's (the provider of its endpoints, or the
 * consumer of its load balancers) when there is exactly one. Several counterparts are only
 * counted, which keeps the label short: each of them names the AZ on its own boxes.
 *
 * @example
 * zoneNamers({ ownerId: P, role: 'provider', counterparts: [C] });
 * // [{ tag: 'provider', accountId: P }, { tag: 'consumer', accountId: C }]
 */
export function zoneNamers(input: {
  ownerId: string;
  role: 'provider' | 'consumer' | 'account';
  counterparts: readonly string[];
}): ZoneNames {
  const others = [...new Set(input.counterparts)].filter((a) => a !== input.ownerId).sort();
  const word = input.role === 'provider' ? 'consumer' : 'provider';
  const owner = { tag: input.role, accountId: input.ownerId };
  const [only] = others;
  if (others.length === 1 && only !== undefined) return { namers: [owner, { tag: word, accountId: only }], others: '' };
  return { namers: [owner], others: others.length === 0 ? '' : `${others.length} ${word} accounts` };
}

/**
 * The label of an AZ box: the AZ id, then each account's name for it (`-` where the account
 * does not have that location), then `FAILED` while the model's fault control holds it down.
 *
 * @example
 * zoneLabel(cloud.world, 'us-east-1', 'use1-az2', zoneNamers({ ownerId: P, role: 'provider', counterparts: [C] }));
 * // 'use1-az2 · provider us-east-1b · consumer us-east-1a'
 */
export function zoneLabel(world: World, region: string, zoneId: string, names: ZoneNames): string {
  const parts = [zoneId];
  for (const { tag, accountId } of names.namers) parts.push(`${tag} ${zoneNameOfId(world, accountId, region, zoneId) ?? '-'}`);
  if (names.others !== '') parts.push(names.others);
  if (isZoneFailed(world.failedZones, region, zoneId)) parts.push('FAILED');
  return parts.join(' · ');
}

/**
 * What a VPC box is called, from what it holds: `provider VPC`, `consumer VPC`, or `VPC`.
 *
 * @example
 * vpcRole({ hasLoadBalancers: true, hasEndpoints: false }); // 'provider'
 */
export function vpcRole(contents: { hasLoadBalancers: boolean; hasEndpoints: boolean }): 'provider' | 'consumer' | 'account' {
  if (contents.hasLoadBalancers && !contents.hasEndpoints) return 'provider';
  if (contents.hasEndpoints && !contents.hasLoadBalancers) return 'consumer';
  return 'account';
}
