/**
 * Building the initial World from `createCloud` options, and checking a snapshot before it
 * is restored.
 *
 * @module
 */
import { DEFAULT_START_TIME, INSTANT_TIMINGS, MAX_EPOCH_MS, REALISTIC_TIMINGS, type Timings } from '../core/clock.js';
import { deepFreeze } from '../core/draft.js';
import { errors } from '../core/errors.js';
import { isAccountId } from '../core/ids.js';
import { isOwnKey } from '../core/own-key.js';
import { findRegion } from '../geo/regions.js';
import { SNAPSHOT_FORMAT_VERSION, type AccountRecord, type World } from './world.js';
import { emptyTable } from '../core/table.js';
import type { Quotas } from '../quotas/model.js';
import { resolveQuotas } from '../quotas/resolve.js';
import { emptyTimerQueue } from './timers.js';

/** An account declared up front, with explicit AZ maps per region. */
export interface AccountOptions {
  /**
   * Region -> AZ ids in the order of the account's AZ names (`a`, `b`, `c`...). A region not
   * listed gets a seed-derived mapping of all the region's zones.
   */
  zones?: Record<string, string[]>;
}

/** Options of `createCloud`. */
export interface CloudOptions {
  /**
   * The seed every id, AZ mapping and random choice derives from.
   * @defaultValue 0
   */
  seed?: number | string;
  /** Accounts with explicit AZ maps; undeclared accounts are created on first use. */
  accounts?: Record<string, AccountOptions>;
  /**
   * How long asynchronous steps take: `'instant'`, `'realistic'`, or explicit durations
   * (missing ones from `'instant'`).
   * @defaultValue 'instant'
   */
  timing?: 'instant' | 'realistic' | Partial<Timings>;
  /**
   * Simulated start time, epoch milliseconds.
   * @defaultValue 2026-01-01T00:00:00Z
   */
  startTime?: number;
  /**
   * Simultaneous connections per unique target (NLB node, target ip, target port); AWS's
   * documented limit. Lower it to exercise port allocation errors cheaply.
   * @defaultValue 55_000
   */
  portCapacity?: number;
  /**
   * AWS Service Quotas to change from AWS's defaults, by name: raise or lower a count, or
   * `Infinity` for no limit (`UNLIMITED_QUOTAS` sets every one). A snapshot keeps them.
   * @defaultValue `DEFAULT_QUOTAS` (a fresh AWS account's)
   */
  quotas?: Partial<Quotas>;
  /**
   * Restore from a snapshot (`cloud.snapshot()`, possibly through JSON). The snapshot holds
   * the seed, accounts, timings, clock and quotas, so those options are ignored beside it;
   * `portCapacity`, which belongs to the data plane (not in a snapshot), still applies.
   */
  from?: World;
}

function resolveTimings(timing: CloudOptions['timing']): Timings {
  if (timing === undefined || timing === 'instant') return { ...INSTANT_TIMINGS };
  if (timing === 'realistic') return { ...REALISTIC_TIMINGS };
  if (typeof timing !== 'object' || timing === null) {
    throw errors.invalidParameterValue('timing', timing, "Expected 'instant', 'realistic' or durations.");
  }
  const out: Timings = { ...INSTANT_TIMINGS };
  for (const [key, value] of Object.entries(timing)) {
    if (!isOwnKey(INSTANT_TIMINGS, key)) throw errors.invalidParameterValue('timing', key, 'Unknown duration.');
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      throw errors.invalidParameterValue(`timing.${key}`, value, 'Expected a duration in ms >= 0.');
    }
    out[key] = value;
  }
  return out;
}

function resolveAccount(accountId: string, options: AccountOptions): AccountRecord {
  if (!isAccountId(accountId)) throw errors.unknownAccount(accountId);
  const zones: Record<string, string[]> = {};
  for (const [region, ids] of Object.entries(options.zones ?? {})) {
    const info = findRegion(region);
    if (!info) throw errors.invalidParameterValue(`accounts.${accountId}.zones`, region, 'Unknown region.');
    if (!Array.isArray(ids) || ids.length === 0) {
      throw errors.invalidParameterValue(`accounts.${accountId}.zones.${region}`, ids, 'Expected AZ ids.');
    }
    const seen = new Set<string>();
    for (const id of ids) {
      if (typeof id !== 'string' || !info.zoneIds.includes(id)) {
        throw errors.invalidParameterValue(
          `accounts.${accountId}.zones.${region}`,
          id,
          `Expected one of ${info.zoneIds.join(', ')}.`,
        );
      }
      if (seen.has(id)) throw errors.invalidParameterValue(`accounts.${accountId}.zones.${region}`, id, 'Duplicate AZ id.');
      seen.add(id);
    }
    zones[region] = [...ids];
  }
  return { accountId, zones };
}

/** The initial world for `options` (not a restore). */
export function createWorld(options: CloudOptions = {}): World {
  const seed = options.seed ?? 0;
  if (!(typeof seed === 'string' || (typeof seed === 'number' && Number.isFinite(seed)))) {
    throw errors.invalidParameterValue('seed', seed, 'Expected a number or a string.');
  }
  const startTime = options.startTime ?? DEFAULT_START_TIME;
  if (typeof startTime !== 'number' || !Number.isFinite(startTime) || Math.abs(startTime) > MAX_EPOCH_MS) {
    throw errors.invalidParameterValue('startTime', startTime, `Expected epoch milliseconds within +-${MAX_EPOCH_MS}.`);
  }
  const accounts: Record<string, AccountRecord> = {};
  for (const [accountId, account] of Object.entries(options.accounts ?? {})) {
    accounts[accountId] = resolveAccount(accountId, account ?? {});
  }
  return deepFreeze({
    formatVersion: SNAPSHOT_FORMAT_VERSION,
    seed: String(seed),
    sequence: 0,
    now: startTime,
    timings: resolveTimings(options.timing),
    quotas: resolveQuotas(options.quotas),
    accounts,
    regions: {},
    publicDns: emptyTable(),
    iamPolicies: emptyTable(),
    failedZones: {},
    timers: emptyTimerQueue(),
  });
}
