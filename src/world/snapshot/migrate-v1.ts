/**
 * Reads a format 1 snapshot (privatelink-model 0.1) into format 2's shape, so worlds saved
 * by 0.1 still load. Format 1 kept keyed records in three levels of hex-named buckets
 * (`{ a: { b: { c: { [id]: row } } } }`) and several flat maps; format 2 keeps them all in
 * tables (`core/table.ts`) and the timers in a chunked queue. Rows are inserted in key
 * order, so the same format 1 snapshot always gives the same format 2 world.
 *
 * The input is unchecked: whatever is not where format 1 puts it is passed on as it is, and
 * the format 2 reader then refuses it at its path.
 *
 * @module
 */
import { emptyTable, getRow, putRow, rows, type Table } from '../../core/table.js';
import { QUOTA_NAMES } from '../../quotas/defaults.js';
import { heldUsage } from '../../quotas/usage.js';
import { SNAPSHOT_FORMAT_VERSION, type World } from '../world.js';
import { emptyTimerQueue, insertTimer, type Timer, type TimerQueue } from '../timers.js';

type Loose = Record<string, unknown>;

const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);
const sortedEntries = (v: Loose): [string, unknown][] => Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

function tableOfEntries(entries: [string, unknown][], convert: (row: unknown) => unknown = (row) => row): Table<unknown> {
  const table = emptyTable<unknown>();
  for (const [key, row] of entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) putRow(table, key, convert(row));
  return table;
}

/** A format 1 bucketed table's rows, or `undefined` when `value` is not one. */
function bucketRows(value: unknown): [string, unknown][] | undefined {
  if (!isObject(value)) return undefined;
  const out: [string, unknown][] = [];
  for (const first of Object.values(value)) {
    if (!isObject(first)) return undefined;
    for (const second of Object.values(first)) {
      if (!isObject(second)) return undefined;
      for (const bucket of Object.values(second)) {
        if (!isObject(bucket)) return undefined;
        out.push(...Object.entries(bucket));
      }
    }
  }
  return out;
}

/** A format 1 bucketed table as a format 2 table (rows converted by `convert`). */
function fromBuckets(value: unknown, convert?: (row: unknown) => unknown): unknown {
  const entries = bucketRows(value);
  return entries === undefined ? value : tableOfEntries(entries, convert);
}

/** A format 1 flat map as a format 2 table. */
function fromMap(value: unknown, convert?: (row: unknown) => unknown): unknown {
  return isObject(value) ? tableOfEntries(Object.entries(value), convert) : value;
}

function withFields(row: unknown, convert: Record<string, (value: unknown) => unknown>): unknown {
  if (!isObject(row)) return row;
  const out: Loose = { ...row };
  for (const [field, fn] of Object.entries(convert)) if (Object.hasOwn(out, field)) out[field] = fn(out[field]);
  return out;
}

/** Format 1 keyed a VPC's groups `name:<group name>`. */
function groupNames(value: unknown): unknown {
  if (!isObject(value)) return value;
  return tableOfEntries(Object.entries(value).map(([key, id]) => [key.startsWith('name:') ? key.slice('name:'.length) : key, id]));
}

/**
 * Format 1 kept no `EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic`: an NLB with
 * security groups gets AWS's default, `on` (what 0.1.0 rendered for it).
 */
function privateLinkEnforcement(lb: unknown): unknown {
  if (!isObject(lb) || !Array.isArray(lb.SecurityGroups) || lb.SecurityGroups.length === 0 || Object.hasOwn(lb, 'EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic')) return lb;
  return { ...lb, EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic: 'on' };
}

function timers(value: unknown): unknown {
  if (!Array.isArray(value) || !value.every(isObject)) return value;
  const queue: TimerQueue = emptyTimerQueue();
  for (const timer of value) insertTimer(queue, timer as unknown as Timer);
  return queue;
}

function perAccount(value: unknown, convert: (v: unknown) => unknown): unknown {
  return isObject(value) ? Object.fromEntries(sortedEntries(value).map(([k, v]) => [k, convert(v)])) : value;
}

function region(state: unknown): unknown {
  return withFields(state, {
    vpcs: (t) => fromBuckets(t, (vpc) => ({ ...(withFields(vpc, { securityGroupsByName: groupNames }) as Loose), interfaceEndpointCount: 0, activePeeringCount: 0 })),
    subnets: (t) => fromBuckets(t, (subnet) => withFields(subnet, { addresses: (book) => withFields(book, { holders: (h) => fromBuckets(h) }) })),
    // Format 1 kept no tags on network interfaces: they start untagged.
    networkInterfaces: (t) => fromBuckets(t, (eni) => (isObject(eni) ? { ...eni, Tags: [] } : eni)),
    securityGroups: (t) => fromBuckets(t),
    vpcPeeringConnections: (t) => fromBuckets(t),
    onPremisesNetworks: (t) => fromBuckets(t),
    loadBalancers: (t) => fromBuckets(t, privateLinkEnforcement),
    targetGroups: (t) => fromBuckets(t, (tg) => withFields(tg, { targets: (m) => fromMap(m) })),
    listeners: (t) => fromBuckets(t),
    loadBalancerNames: (m) => perAccount(m, (names) => fromMap(names)),
    targetGroupNames: (m) => perAccount(m, (names) => fromMap(names)),
    endpointServices: (t) => fromBuckets(t, (s) => withFields(s, { allowedPrincipals: (m) => fromMap(m), connections: (c) => fromBuckets(c) })),
    connectionNotifications: (t) => fromBuckets(t),
    connectionNotificationsByTarget: (t) => fromBuckets(t),
    privateDnsNames: (m) => fromMap(m),
    vpcEndpoints: (t) => fromBuckets(t),
    vpcEndpointsByOwner: (m) => perAccount(m, (t) => fromBuckets(t)),
    vpcEndpointsByVpc: (m) => fromMap(m, (t) => fromBuckets(t)),
    clientTokens: (m) => fromMap(m),
  });
}

/** Format 1 knew no quotas: what it built was built without limits, and keeps none. */
const NO_LIMITS = Object.fromEntries(QUOTA_NAMES.map((name) => [name, null]));

/**
 * A format 1 snapshot in format 2's shape (not yet checked).
 *
 * @example
 * const v2 = migrateFormat1(JSON.parse(savedBy010));
 */
export function migrateFormat1(snapshot: Loose): Loose {
  const out = withFields(snapshot, {
    regions: (regions) => (isObject(regions) ? Object.fromEntries(Object.entries(regions).map(([name, state]) => [name, isObject(state) ? { ...(region(state) as Loose), accountUsage: emptyTable() } : state])) : regions),
    publicDns: (m) => fromMap(m),
    iamPolicies: (m) => fromMap(m, (byName) => fromMap(byName)),
    timers,
  }) as Loose;
  const { formatVersion: _one, seed, sequence, now, timings, ...rest } = out;
  return { formatVersion: SNAPSHOT_FORMAT_VERSION, seed, sequence, now, timings, quotas: NO_LIMITS, ...rest };
}

/**
 * Fills in the counters format 2 keeps and format 1 did not (per-account usage, each VPC's
 * endpoints and active peering connections), on a world just read from a migrated
 * snapshot, before its references are checked.
 *
 * @example
 * recountFormat1(world);
 */
export function recountFormat1(world: World): void {
  for (const state of Object.values(world.regions)) {
    const { byAccount, activePeerings } = heldUsage(state);
    for (const [vpcId, count] of activePeerings) {
      const vpc = getRow(state.vpcs, vpcId);
      if (vpc !== undefined) vpc.activePeeringCount = count;
    }
    for (const endpoint of rows(state.vpcEndpoints)) {
      const vpc = endpoint.State === 'deleted' ? undefined : getRow(state.vpcs, endpoint.VpcId);
      if (vpc !== undefined) vpc.interfaceEndpointCount++;
    }
    for (const [accountId, usage] of [...byAccount].sort(([a], [b]) => (a < b ? -1 : 1))) putRow(state.accountUsage, accountId, usage);
  }
}
