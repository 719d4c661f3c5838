/**
 * The World: the whole control-plane state as one immutable, JSON-serialisable value.
 * Records keyed by id, partitioned by region, no classes and no functions, so
 * `structuredClone`, `JSON.stringify` and snapshot/restore just work.
 *
 * @module
 */
import type { EpochMs, Timings } from '../core/clock.js';
import { deepFreeze } from '../core/draft.js';
import { emptyTable, type Table } from '../core/table.js';
import type { EndpointServicesState } from '../endpoint-services/model.js';
import type { EndpointsState } from '../endpoints/model.js';
import type { PolicyDocument } from '../iam/policy.js';
import type { LoadBalancingState } from '../load-balancers/model.js';
import type { NetworkState } from '../network/model.js';
import type { AccountUsage, QuotaSettings } from '../quotas/model.js';
import type { TimerQueue } from './timers.js';
import { ownValue } from '../core/own-key.js';

/** An account the caller declared, with its explicit AZ maps. */
export interface AccountRecord {
  accountId: string;
  /** Region -> AZ ids ordered by AZ name (index 0 is `<region>a`). */
  zones: Record<string, string[]>;
}

/** Everything that exists in one region. */
export interface RegionState extends NetworkState, LoadBalancingState, EndpointServicesState, EndpointsState {
  /** `ClientToken` idempotency: `<account>/<action>/<token>` -> what it produced. */
  clientTokens: Table<{ fingerprint: string; resourceId: string }>;
  /**
   * Account id -> what the account holds in this Region, for the quotas counted per account
   * and Region (`src/quotas/usage.ts`). Each count equals the number of such resources the
   * account owns here.
   */
  accountUsage: Table<AccountUsage>;
}

/** A TXT record set in the model's public DNS (domain verification). */
export interface PublicDnsRecord {
  TXT: string[];
}

/** The snapshot format this version writes, bumped when the World's shape changes incompatibly. */
export const SNAPSHOT_FORMAT_VERSION = 2;

/** The whole state of a modelled cloud. */
export interface World {
  /** Snapshot format version, bumped when the shape changes incompatibly. */
  formatVersion: typeof SNAPSHOT_FORMAT_VERSION;
  /** The seed every id and random choice derives from. */
  seed: string;
  /** How many ids have been minted; the next id derives from (seed, sequence). */
  sequence: number;
  /** Simulated time, epoch milliseconds. */
  now: EpochMs;
  timings: Timings;
  /** The quotas in force (AWS Service Quotas), `null` for no limit: see `src/quotas/model.ts`. */
  quotas: QuotaSettings;
  accounts: Record<string, AccountRecord>;
  regions: Record<string, RegionState>;
  /** Model-level public DNS: fully-qualified name -> records. */
  publicDns: Table<PublicDnsRecord>;
  /** Model-level IAM: principal ARN -> identity policy documents by name. */
  iamPolicies: Table<Table<PolicyDocument>>;
  /** Model-level faults: `<region>/<azId>` of failed Availability Zones. */
  failedZones: Record<string, true>;
  /** Pending asynchronous steps, ordered by due time then sequence. */
  timers: TimerQueue;
}

/** An empty region. */
export function emptyRegion(): RegionState {
  return {
    vpcs: emptyTable(),
    subnets: emptyTable(),
    networkInterfaces: emptyTable(),
    securityGroups: emptyTable(),
    vpcPeeringConnections: emptyTable(),
    onPremisesNetworks: emptyTable(),
    loadBalancers: emptyTable(),
    targetGroups: emptyTable(),
    listeners: emptyTable(),
    loadBalancerNames: {},
    targetGroupNames: {},
    endpointServices: emptyTable(),
    connectionNotifications: emptyTable(),
    connectionNotificationsByTarget: emptyTable(),
    privateDnsNames: emptyTable(),
    vpcEndpoints: emptyTable(),
    vpcEndpointsByOwner: {},
    vpcEndpointsByVpc: emptyTable(),
    clientTokens: emptyTable(),
    accountUsage: emptyTable(),
  };
}

const EMPTY_REGION: RegionState = deepFreeze(emptyRegion());

/**
 * A region's state for reading: the stored one, or a shared frozen empty region. Reads never
 * create regions; writes go through {@link regionForWrite}.
 */
export function regionOf(world: World, region: string): RegionState {
  return ownValue(world.regions, region) ?? EMPTY_REGION;
}

/** A region's state for writing inside a command's draft (core/draft.ts), created on first write. */
export function regionForWrite(draft: World, region: string): RegionState {
  let state = ownValue(draft.regions, region);
  if (state === undefined) {
    state = emptyRegion();
    draft.regions[region] = state;
  }
  return state;
}
