/**
 * Snapshot readers for the World itself: a region's tables and indexes, the model-level
 * controls (public DNS, identity policies, failed AZs), timings, accounts and the timers.
 *
 * @module
 */
import type { Timings } from '../../core/clock.js';
import { findRegion } from '../../geo/regions.js';
import { CONDITION_OPERATORS, type PolicyDocument, type PolicyStatement } from '../../iam/policy.js';
import { QUOTA_NAMES } from '../../quotas/defaults.js';
import type { AccountUsage, QuotaSettings } from '../../quotas/model.js';
import type { Timer } from '../timers.js';
import type { AccountRecord, PublicDnsRecord, RegionState } from '../world.js';
import { connectionNotificationRecord, endpointServiceRecord, vpcEndpointRecord } from './endpoint-records.js';
import { accountId, durationMs, epochMs, idOf, zoneId } from './formats.js';
import { listenerRecord, loadBalancerRecord, targetGroupRecord } from './load-balancer-records.js';
import { networkInterfaceRecord, onPremisesNetworkRecord, peeringRecord, securityGroupRecord, subnetRecord, vpcRecord } from './network-records.js';
import { dict, list, num, oneOf, struct, text, type Reader, type SnapshotPath } from './read.js';
import { tableOf } from './read-structures.js';

/** A region code of the catalogue. */
export const regionName: Reader<string> = text((r) => findRegion(r) !== undefined, 'a region of the catalogue');

/** A string or a non-empty list of strings, as `cloud.iam.putPrincipalPolicy` accepts them. */
const strings: Reader<string | string[]> = (value, path) => (Array.isArray(value) ? list(text(), { min: 1, max: 1_000 })(value, path) : text()(value, path));

const conditionBlock = dict(text(), strings);
const condition: Reader<NonNullable<PolicyStatement['Condition']>> = dict(oneOf(CONDITION_OPERATORS), conditionBlock);

/** One statement of an identity policy. */
export const policyStatement: Reader<PolicyStatement> = struct(
  { Effect: oneOf(['Allow', 'Deny'] as const), Action: strings },
  { Sid: text(), Resource: strings, Condition: condition },
);

/** An identity policy document, as `cloud.iam.putPrincipalPolicy` stores it. */
export const policyDocument: Reader<PolicyDocument> = struct(
  { Statement: (value, path) => (Array.isArray(value) ? list(policyStatement)(value, path) : policyStatement(value, path)) },
  { Version: text() },
);

const count = num({ integer: true, min: 0 });

/** What an account holds in a region, for the quotas counted per account (`quotas/usage.ts`). */
export const accountUsageRecord: Reader<AccountUsage> = struct({
  vpcs: count,
  securityGroups: count,
  loadBalancers: count,
  targetGroups: count,
  outstandingPeeringRequests: count,
});

/** The quotas in force: every quota, a count or `null` for no limit. */
export const quotaSettings: Reader<QuotaSettings> = struct(
  Object.fromEntries(QUOTA_NAMES.map((name) => [name, (value: unknown, path: SnapshotPath) => (value === null ? null : count(value, path))])),
) as unknown as Reader<QuotaSettings>;

/** A region's whole state. */
export const regionState: Reader<RegionState> = struct({
  vpcs: tableOf(vpcRecord, (v) => v.VpcId),
  subnets: tableOf(subnetRecord, (s) => s.SubnetId),
  networkInterfaces: tableOf(networkInterfaceRecord, (n) => n.NetworkInterfaceId),
  securityGroups: tableOf(securityGroupRecord, (g) => g.GroupId),
  vpcPeeringConnections: tableOf(peeringRecord, (p) => p.VpcPeeringConnectionId),
  onPremisesNetworks: tableOf(onPremisesNetworkRecord, (n) => n.NetworkId),
  loadBalancers: tableOf(loadBalancerRecord, (lb) => lb.LoadBalancerArn),
  targetGroups: tableOf(targetGroupRecord, (tg) => tg.TargetGroupArn),
  listeners: tableOf(listenerRecord, (l) => l.ListenerArn),
  loadBalancerNames: dict(accountId, tableOf(text())),
  targetGroupNames: dict(accountId, tableOf(text())),
  endpointServices: tableOf(endpointServiceRecord, (s) => s.ServiceId),
  connectionNotifications: tableOf(connectionNotificationRecord, (n) => n.ConnectionNotificationId),
  connectionNotificationsByTarget: tableOf(list(idOf('connectionNotification'), { unique: true })),
  privateDnsNames: tableOf(dict(idOf('vpcEndpointService'), oneOf([true] as const))),
  vpcEndpoints: tableOf(vpcEndpointRecord, (e) => e.VpcEndpointId),
  vpcEndpointsByOwner: dict(accountId, tableOf(idOf('vpcEndpoint'))),
  vpcEndpointsByVpc: tableOf(tableOf(idOf('vpcEndpoint'))),
  clientTokens: tableOf(struct({ fingerprint: text(), resourceId: text() })),
  accountUsage: tableOf(accountUsageRecord),
});

/** The durations of asynchronous steps. */
export const timings: Reader<Timings> = struct({
  loadBalancerProvisioningMs: durationMs,
  serviceProvisioningMs: durationMs,
  endpointProvisioningMs: durationMs,
  endpointDeletionMs: durationMs,
  dnsVerificationMs: durationMs,
  portCooldownMs: durationMs,
});

/** An account declared with explicit AZ maps. */
export const accountRecord: Reader<AccountRecord> = struct({
  accountId,
  zones: dict(regionName, list(zoneId, { unique: true })),
});

/** A public DNS record set. */
export const publicDnsRecord: Reader<PublicDnsRecord> = struct({ TXT: list(text(), { unique: true }) });

/** A pending timer whose kind is one the model handles. */
export function timerOf(kinds: ReadonlySet<string>): Reader<Timer> {
  return struct({
    at: epochMs,
    seq: num({ integer: true, min: 0, max: Number.MAX_SAFE_INTEGER }),
    kind: text((k) => kinds.has(k), 'a timer kind the model handles'),
    region: regionName,
    id: text(),
  });
}

/** `failedZones` keys: `<region>/<zone id>`. */
export const failedZoneKey: Reader<string> = text((key) => {
  const [region, zone, ...rest] = key.split('/');
  return rest.length === 0 && zone !== undefined && findRegion(region)?.zoneIds.includes(zone) === true;
}, "'<region>/<zone id>' of the catalogue");

