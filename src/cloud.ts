/**
 * The Cloud handle: holds the current World, the simulated clock, the facades, the model
 * controls and the subscribers. Every change goes through the pure pipeline; the handle only
 * swaps the current world when a command succeeds and then publishes its events.
 *
 * @module
 */
import type { AnyAction, WorldContext } from './core/action.js';
import { MAX_EPOCH_MS, type SimulatedClock } from './core/clock.js';
import { errors, describeValue } from './core/errors.js';
import { toCaller, type Caller, type Identity } from './core/identity.js';
import { runAction, runSystemChange } from './core/pipeline.js';
import { checkDnsRecord, lookupTxt, removeTxt, upsertTxt, type PublicDns } from './controls/public-dns.js';
import { checkPolicy, checkPolicyName, checkPrincipalArn, type IamControl } from './controls/iam.js';
import { checkZone, failZone, restoreZone } from './controls/faults.js';
import { setTargetHealth, type SettableTargetHealth, type TargetRef } from './load-balancers/target-health-control.js';
import { DataPlane } from './data-plane/engine.js';
import type { Connection, ConnectionFilter, ConnectRequest, ConnectResult, DataTransferSummary } from './data-plane/types.js';
import { buildFacade, type Ec2Facade, type Elbv2Facade } from './facade/facade.js';
import { networkControls, type NetworkControls } from './network/on-premises.js';
import { ec2Actions, elbv2Actions, timerHandlers } from './registry.js';
import { createWorld, type CloudOptions } from './world/create-world.js';
import { loadSnapshot } from './world/snapshot/load-snapshot.js';
import type { DomainEvent } from './world/events.js';
import type { World } from './world/world.js';
import { deleteRow, getRow, putRow, tableAt } from './core/table.js';
import { ownValue } from './core/own-key.js';

/** A listener for domain events, called after the change that produced them committed. */
export type CloudListener = (event: DomainEvent, world: World) => void;

/** `cloud.faults`: model-level fault injection (not AWS actions). */
export interface FaultControls {
  /** Fails an AZ (by id) in a region, for every account: its interfaces, nodes and targets go dark. */
  failAvailabilityZone(region: string, zoneId: string): void;
  /** Restores a failed AZ. */
  restoreAvailabilityZone(region: string, zoneId: string): void;
  /**
   * Sets a registered target's health-check result; `unhealthy` cuts its connections.
   *
   * @example
   * cloud.faults.setTargetHealth(TargetGroupArn, { Id: '10.2.1.10', Port: 8080 }, 'unhealthy');
   */
  setTargetHealth(targetGroupArn: string, target: TargetRef, health: SettableTargetHealth): void;
}

/**
 * A modelled cloud: the handle `createCloud` returns.
 *
 * @example
 * const cloud = createCloud({ seed: 42 });
 * const ec2 = cloud.ec2({ accountId: '111111111111', region: 'us-east-1' });
 * ec2.describeAvailabilityZones().AvailabilityZones.map((z) => `${z.ZoneName}=${z.ZoneId}`);
 */
export interface Cloud {
  /** The current world: an immutable snapshot, replaced (never mutated) by each change. */
  readonly world: World;
  /** The simulated clock. */
  readonly clock: SimulatedClock;
  /** EC2 actions as `identity`. */
  ec2(identity: Identity): Ec2Facade;
  /** ELBv2 actions as `identity`. */
  elbv2(identity: Identity): Elbv2Facade;
  /** Runs any registered action by API and name (what `attachClient` uses). */
  dispatch(api: 'ec2' | 'elbv2', actionName: string, identity: Identity, input: unknown): unknown;
  /** Subscribes to domain events; returns the unsubscribe function. */
  subscribe(listener: CloudListener): () => void;
  /** The current world, ready for `JSON.stringify` and `createCloud({ from })`. */
  snapshot(): World;
  /** Model control: public DNS for domain verification. */
  readonly publicDns: PublicDns;
  /** Model control: identity policies. */
  readonly iam: IamControl;
  /** Model control: fault injection. */
  readonly faults: FaultControls;
  /** Model control: on-premises networks attached to VPCs (Direct Connect, Site-to-Site VPN). */
  readonly network: NetworkControls;
  /** Applies a model-level change through the pipeline (for extensions and the data plane). */
  change(apply: (ctx: WorldContext) => void): void;
  /**
   * Data plane: opens a TCP connection from a consumer host to `host:port` through an
   * interface endpoint and the service's NLB. A failure is a result, never an exception.
   *
   * @example
   * const r = cloud.connect({ from: { accountId: '222222222222', subnetId }, host: dnsName, port: 443 });
   * if (!r.ok) console.log(r.reason, r.message);
   */
  connect(request: ConnectRequest): ConnectResult;
  /** Closes an open connection; its source port cools down before reuse. False if not open. */
  close(connectionId: number): boolean;
  /** Open connections, optionally filtered. */
  connections(filter?: ConnectionFilter): Connection[];
  /** Records bytes carried by an open connection (data transfer accounting). */
  transfer(connectionId: number, bytes: { sent?: number; received?: number }): void;
  /** Bytes carried so far, split same-zone / cross-zone (cross-zone is charged regionally). */
  dataTransfer(): DataTransferSummary;
  /** The data-plane engine (port allocator and connection table), for invariant checks. */
  readonly dataPlane: DataPlane;
}

function dataPlaneOptions(options: CloudOptions): { portCapacity?: number } {
  return options.portCapacity === undefined ? {} : { portCapacity: options.portCapacity };
}

/** The timer kinds a snapshot's pending timers may have. */
const TIMER_KINDS: ReadonlySet<string> = new Set(Object.keys(timerHandlers));

/**
 * Worlds this module made (created, committed or loaded): deeply frozen, so consistent by
 * construction. Restoring one of them (`createCloud({ from: cloud.world })`, forking a cloud
 * in a test) skips the snapshot loader's validation, which walks the whole world; anything
 * else (parsed JSON, a copy, a look-alike) is validated.
 */
const madeWorlds = new WeakSet<World>();

/** Facades kept per API before the cache starts over. */
const FACADE_CACHE_LIMIT = 256;

/** The registry an API's actions come from. */
const REGISTRIES = { ec2: ec2Actions, elbv2: elbv2Actions } as const;

/**
 * Creates a modelled cloud: an empty AWS world (no accounts' resources yet, every region of
 * the catalogue) with a simulated clock, or one restored from a snapshot. Every option is
 * optional:
 *
 * - `seed`: every id, AZ mapping and random choice derives from it, so the same seed and
 *   calls give the same world byte for byte (default `0`).
 * - `accounts`: accounts with explicit AZ maps per region (AZ ids in the order of the
 *   account's names `a`, `b`, `c`...); any other account is created on first use with a
 *   seed-derived map, as AWS maps names to zones per account.
 * - `timing`: `'instant'` (default: asynchronous steps settle within the command),
 *   `'realistic'` (AWS-like durations, moved by `cloud.clock.advance`), or durations.
 * - `startTime`: the simulated clock's start, epoch ms (default 2026-01-01T00:00:00Z).
 * - `portCapacity`: simultaneous connections per unique target (default AWS's 55,000).
 * - `quotas`: AWS Service Quotas to raise, lower or lift (`UNLIMITED_QUOTAS`); default a
 *   fresh account's.
 * - `from`: a snapshot (`cloud.snapshot()`, possibly through JSON) to restore; it holds the
 *   seed, accounts, timings, clock and quotas, so only `portCapacity` applies beside it.
 *
 * @throws CloudError `InvalidParameterValue` for an option out of range, or a snapshot that
 * is not a world this version reads (the message names the first bad field's path).
 *
 * @example
 * const cloud = createCloud({
 *   seed: 42,
 *   accounts: { '111111111111': { zones: { 'us-east-1': ['use1-az4', 'use1-az6', 'use1-az1'] } } },
 *   timing: 'realistic',
 * });
 * const fork = createCloud({ from: cloud.snapshot() }); // the same world, its own future
 */
export function createCloud(options: CloudOptions = {}): Cloud {
  if (typeof options !== 'object' || options === null) {
    throw errors.invalidParameterValueMessage(`createCloud options must be an object, got ${describeValue(options)}`);
  }
  const from = options.from;
  let world: World = from === undefined ? createWorld(options) : madeWorlds.has(from) ? from : loadSnapshot(from, TIMER_KINDS);
  madeWorlds.add(world);
  const listeners = new Set<CloudListener>();
  // A snapshot holds no data plane: its port capacity is this cloud's option, as for a new one.
  const dataPlane = new DataPlane(() => world, dataPlaneOptions(options));

  const commit = (next: World, events: readonly DomainEvent[]) => {
    world = next;
    madeWorlds.add(next);
    dataPlane.handle(events);
    for (const event of events) for (const listener of [...listeners]) listener(event, world);
  };

  const run = (action: AnyAction, caller: Caller, input: unknown): unknown => {
    const result = runAction(world, timerHandlers, action, caller, input);
    if (result.world !== world || result.events.length > 0) commit(result.world, result.events);
    return result.output;
  };

  // A facade per caller, made once: tools call `cloud.ec2(identity).action(...)` in loops,
  // and building one is ~40 closures. Bounded, as identities in a run are few.
  const ec2Facades = new Map<string, Ec2Facade>();
  const elbv2Facades = new Map<string, Elbv2Facade>();
  const facadeFor = <F>(cache: Map<string, F>, registry: Readonly<Record<string, AnyAction>>, identity: Identity): F => {
    const caller = toCaller(identity);
    const key = `${caller.accountId}\u0000${caller.region}\u0000${caller.principalArn}`;
    const known = cache.get(key);
    if (known !== undefined) return known;
    if (cache.size >= FACADE_CACHE_LIMIT) cache.clear();
    const facade = buildFacade(registry, (action, input) => run(action, caller, input)) as F;
    cache.set(key, facade);
    return facade;
  };

  const change = (apply: (ctx: WorldContext) => void, until?: number) => {
    const result = runSystemChange(world, timerHandlers, apply, until);
    commit(result.world, result.events);
  };

  const clock: SimulatedClock = {
    now: () => world.now,
    advance: (ms: number) => {
      if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) {
        throw errors.invalidParameterValue('ms', ms, 'Expected a non-negative number of milliseconds.');
      }
      if (world.now + ms > MAX_EPOCH_MS) {
        throw errors.invalidParameterValue('ms', ms, `The clock cannot pass ${MAX_EPOCH_MS} ms after the epoch (the last instant a Date holds): at most ${MAX_EPOCH_MS - world.now} from now.`);
      }
      change(() => undefined, world.now + ms);
    },
  };

  const cloud: Cloud = {
    get world() {
      return world;
    },
    clock,
    ec2: (identity) => facadeFor(ec2Facades, ec2Actions, identity),
    elbv2: (identity) => facadeFor(elbv2Facades, elbv2Actions, identity),
    dispatch: (api, actionName, identity, input) => {
      const registry: Readonly<Record<string, AnyAction>> | undefined = ownValue(REGISTRIES, api);
      if (registry === undefined) throw errors.invalidParameterValue('api', api, "Expected 'ec2' or 'elbv2'.");
      const action = ownValue(registry, actionName);
      if (action === undefined) throw errors.unsupportedOperation(describeValue(actionName));
      return run(action, toCaller(identity), input);
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    snapshot: () => world,
    publicDns: {
      upsert: (name, type, value) => {
        const key = checkDnsRecord(name, type);
        if (typeof value !== 'string' || value === '') throw errors.invalidParameterValue('value', value);
        change((ctx) => upsertTxt(ctx.world, key, value));
      },
      remove: (name, type, value) => {
        const key = checkDnsRecord(name, type);
        if (value !== undefined && typeof value !== 'string') throw errors.invalidParameterValue('value', value);
        change((ctx) => removeTxt(ctx.world, key, value));
      },
      lookup: (name, type) => lookupTxt(world, checkDnsRecord(name, type)),
    },
    iam: {
      putPrincipalPolicy: (principalArn, document, name = 'default') => {
        const policy = checkPolicy(principalArn, document);
        checkPolicyName(name, false);
        change((ctx) => putRow(tableAt(ctx.world.iamPolicies, principalArn), name, policy));
      },
      deletePrincipalPolicy: (principalArn, name) => {
        checkPrincipalArn(principalArn);
        checkPolicyName(name, true);
        change((ctx) => {
          const policies = getRow(ctx.world.iamPolicies, principalArn);
          if (!policies) return;
          if (name === undefined) deleteRow(ctx.world.iamPolicies, principalArn);
          else deleteRow(policies, name);
        });
      },
    },
    faults: {
      failAvailabilityZone: (region, zoneId) => {
        const zone = checkZone(region, zoneId);
        change((ctx) => failZone(ctx, zone.region, zone.zoneId));
      },
      restoreAvailabilityZone: (region, zoneId) => {
        const zone = checkZone(region, zoneId);
        change((ctx) => restoreZone(ctx, zone.region, zone.zoneId));
      },
      setTargetHealth: (targetGroupArn, target, health) => change((ctx) => setTargetHealth(ctx, targetGroupArn, target, health)),
    },
    network: networkControls((apply) => change(apply)),
    change: (apply) => change(apply),
    connect: (request) => dataPlane.connect(request),
    close: (connectionId) => dataPlane.close(connectionId),
    connections: (filter) => dataPlane.connections(filter),
    transfer: (connectionId, bytes) => dataPlane.transfer(connectionId, bytes?.sent ?? 0, bytes?.received ?? 0),
    dataTransfer: () => dataPlane.dataTransfer(),
    dataPlane,
  };
  return cloud;
}
