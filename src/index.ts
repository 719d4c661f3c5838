/**
 * privatelink-model: a deterministic, in-memory model of AWS PrivateLink endpoint services.
 *
 * @example
 * import { createCloud } from 'privatelink-model';
 * const cloud = createCloud({ seed: 42 });
 * cloud.ec2({ accountId: '111111111111', region: 'us-east-1' }).describeAvailabilityZones();
 *
 * @module privatelink-model
 */
export { createCloud } from './cloud.js';
export type { Cloud, CloudListener, FaultControls } from './cloud.js';
export type { AccountOptions, CloudOptions } from './world/create-world.js';
export { CloudError, isCloudError } from './core/errors.js';
export type { CloudErrorCode } from './core/errors.js';
export type { Identity, Caller } from './core/identity.js';
export type { SimulatedClock, Timings, EpochMs } from './core/clock.js';
export { INSTANT_TIMINGS, REALISTIC_TIMINGS, DEFAULT_START_TIME } from './core/clock.js';
export { parseArn, formatArn, parsePrincipal, accountRootArn } from './core/arn.js';
export type { Arn, Principal, PrincipalType } from './core/arn.js';
export type { Tag } from './core/tags.js';
export type { Filter } from './core/params.js';
export { REGIONS, findRegion, regionNames } from './geo/regions.js';
export type { RegionInfo } from './geo/regions.js';
export { accountZones, accountZoneIds, commonZoneIds, zoneIdOfName, zoneNameOfId } from './geo/zones.js';
export type { AccountZone } from './geo/zones.js';
export type {
  AvailabilityZone,
  DescribeAvailabilityZonesRequest,
  DescribeAvailabilityZonesResult,
} from './geo/describe-availability-zones.js';
export type { Ec2Facade, Elbv2Facade, Facade, FacadeMethod } from './facade/facade.js';
export { ec2Actions, elbv2Actions } from './registry.js';
export type { World, RegionState, AccountRecord, PublicDnsRecord } from './world/world.js';
export type { DomainEvent } from './world/events.js';
export type { PublicDns } from './controls/public-dns.js';
export type { IamControl } from './controls/iam.js';
export type { PolicyDocument, PolicyStatement, ConditionOperator } from './iam/policy.js';
export type * from './network/model.js';
export type * from './load-balancers/model.js';
export type * from './endpoint-services/model.js';
export type * from './endpoints/model.js';
export type { Timer } from './world/timers.js';
export type { Table } from './core/table.js';
