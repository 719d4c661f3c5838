/**
 * Placing a target of a target group: reading `Targets` and deciding each target's AWS
 * Availability Zone. An `ip` target inside one of the VPC's subnets takes that subnet's AZ
 * (an `AvailabilityZone` that says otherwise, or `all`, is AWS's `ValidationError`); an
 * `ip` target outside the VPC's subnets (a peered VPC, an on-premises network) must be a
 * private address and needs `AvailabilityZone` `all` or one of the caller's AZ names.
 *
 * `instance` targets: the model has no EC2 instances, so no instance id can be registered;
 * such an id answers as AWS answers an instance that does not exist (`InvalidTarget`), and a
 * malformed one is a `ValidationError`. Use `ip` target groups in the model.
 *
 * @module
 */
import { errors } from '../core/errors.js';
import type { Params } from '../core/params.js';
import { getRow } from '../core/table.js';
import { zoneIdOfName, zoneNameOfId } from '../geo/zones.js';
import { cidrContainsIp, parseCidr, parseIpv4 } from '../network/cidr.js';
import type { RegionState, World } from '../world/world.js';
import type { TargetGroupRecord, TargetRecord } from './model.js';

/** One entry of `Targets` (SDK v3 `TargetDescription`). */
export interface TargetInput {
  Id: string;
  Port?: number;
  AvailabilityZone?: string;
}

/** Reads a required, non-empty `Targets` list. */
export function readTargets(p: Params): TargetInput[] {
  const targets = p.optionalList('Targets', (t): TargetInput => {
    const out: TargetInput = { Id: t.string('Id') };
    const port = t.optionalInteger('Port', 1, 65535);
    const zone = t.optionalString('AvailabilityZone');
    if (port !== undefined) out.Port = port;
    if (zone !== undefined) out.AvailabilityZone = zone;
    return out;
  });
  if (targets === undefined || targets.length === 0) throw p.missing('Targets');
  return targets;
}

/** The key of a target in `TargetGroupRecord.targets`. */
export function targetKey(id: string, port: number): string {
  return `${id}:${port}`;
}

/** Private ranges an `ip` target outside the VPC may use: RFC 1918 and RFC 6598. */
const PRIVATE_RANGES = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10'].flatMap((c) => {
  const cidr = parseCidr(c);
  return cidr === undefined ? [] : [cidr];
});

const INSTANCE_ID = /^i-(?:[0-9a-f]{8}|[0-9a-f]{17})$/;

/**
 * Decides where a new target sits.
 *
 * @throws CloudError `ValidationError` / `InvalidTarget` as AWS answers a misplaced target.
 */
export function placeTarget(world: World, state: RegionState, region: string, tg: TargetGroupRecord, input: TargetInput): TargetRecord {
  const port = input.Port ?? tg.Port;
  if (tg.TargetType === 'instance') {
    if (!INSTANCE_ID.test(input.Id)) throw errors.validationError(`Instance ID '${input.Id}' is not valid`);
    throw errors.invalidTarget(
      `The following targets are not valid instances: '${input.Id}' (privatelink-model has no EC2 instances: register targets in a target group of target type 'ip')`,
    );
  }
  const ip = parseIpv4(input.Id);
  if (ip === undefined) throw errors.validationError(`The IP address '${input.Id}' is not a valid IPv4 address`);
  const vpc = getRow(state.vpcs, tg.VpcId);
  for (const subnetId of vpc?.subnetIds ?? []) {
    const subnet = getRow(state.subnets, subnetId);
    const cidr = subnet === undefined ? undefined : parseCidr(subnet.CidrBlock);
    if (subnet === undefined || cidr === undefined || !cidrContainsIp(cidr, ip)) continue;
    const zoneName = zoneNameOfId(world, tg.OwnerId, region, subnet.AvailabilityZoneId) ?? subnet.AvailabilityZoneId;
    if (input.AvailabilityZone !== undefined && input.AvailabilityZone !== zoneName) {
      throw errors.validationError(
        `The IP address '${input.Id}' is within the VPC, and cannot have its Availability Zone overridden to '${input.AvailabilityZone}' from '${zoneName}'`,
      );
    }
    return { Id: input.Id, Port: port, AvailabilityZone: zoneName, AvailabilityZoneId: subnet.AvailabilityZoneId, ip: input.Id, health: 'healthy' };
  }
  if (!PRIVATE_RANGES.some((range) => cidrContainsIp(range, ip))) {
    throw errors.validationError(
      `The IP address '${input.Id}' is not a valid target: IP targets outside the VPC must be in the RFC 1918 ranges (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16) or in 100.64.0.0/10`,
    );
  }
  if (input.AvailabilityZone === undefined) {
    throw errors.validationError(`The Availability Zone is required for IP address '${input.Id}' because it is not in the VPC`);
  }
  if (input.AvailabilityZone === 'all') return { Id: input.Id, Port: port, AvailabilityZone: 'all', ip: input.Id, health: 'healthy' };
  const zoneId = zoneIdOfName(world, tg.OwnerId, region, input.AvailabilityZone);
  if (zoneId === undefined) {
    throw errors.validationError(
      `You must specify a valid Availability Zone or select 'all' for all enabled Availability zones, since the IP address '${input.Id}' is outside the VPC`,
    );
  }
  return { Id: input.Id, Port: port, AvailabilityZone: input.AvailabilityZone, AvailabilityZoneId: zoneId, ip: input.Id, health: 'healthy' };
}
