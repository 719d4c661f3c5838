/**
 * EC2 `CreateSubnet`: a block inside its VPC that overlaps no sibling, in one Availability
 * Zone given by the caller's AZ name or by AZ id. Past the subnets per VPC quota:
 * `SubnetLimitExceeded`.
 *
 * @module
 */
import { emptyAddressBook } from '../address-book.js';
import { defineAction } from '../../core/action.js';
import { errors } from '../../core/errors.js';
import { seededHash } from '../../core/hash.js';
import { getRow, putRow } from '../../core/table.js';
import type { Tag } from '../../core/tags.js';
import { accountZones } from '../../geo/zones.js';
import { exceedsQuota } from '../../quotas/limits.js';
import { cidrContains, cidrsOverlap, parseCidr } from '../cidr.js';
import { readId } from '../id-params.js';
import { requireVpc } from '../lookup.js';
import type { SubnetRecord } from '../model.js';
import { renderSubnet, type Subnet } from '../render.js';
import { checkBlock } from './create-vpc.js';

/** SDK v3 `CreateSubnetRequest` (IPv4 fields). */
export interface CreateSubnetRequest {
  VpcId: string | undefined;
  CidrBlock?: string | undefined;
  AvailabilityZone?: string | undefined;
  AvailabilityZoneId?: string | undefined;
  TagSpecifications?: { ResourceType?: string | undefined; Tags?: Tag[] | undefined }[] | undefined;
  DryRun?: boolean | undefined;
}

/** SDK v3 `CreateSubnetResult`. */
export interface CreateSubnetResult {
  Subnet: Subnet;
}

/**
 * `CreateSubnet`.
 *
 * @example
 * ec2.createSubnet({ VpcId, CidrBlock: '10.0.1.0/24', AvailabilityZone: 'us-east-1a' });
 */
export const createSubnet = defineAction<CreateSubnetRequest, CreateSubnetResult>()({
  name: 'CreateSubnet',
  api: 'ec2',
  parse: (p) => {
    const zoneName = p.optionalString('AvailabilityZone');
    const zoneId = p.optionalString('AvailabilityZoneId');
    if (zoneName !== undefined && zoneId !== undefined) {
      throw errors.subnetZoneFieldsExclusive();
    }
    return {
      vpcId: readId(p, 'VpcId', 'vpc'),
      cidr: checkBlock(p.string('CidrBlock'), errors.subnetRange),
      zoneName,
      zoneId,
      tags: p.tagSpecifications('subnet'),
    };
  },
  apply: (ctx, input) => {
    const { accountId, region } = ctx.caller;
    const vpc = requireVpc(ctx.region, accountId, input.vpcId);
    const zones = accountZones(ctx.world, accountId, region);
    const zone =
      input.zoneName !== undefined
        ? zones.find((z) => z.zoneName === input.zoneName)
        : input.zoneId !== undefined
          ? zones.find((z) => z.zoneId === input.zoneId)
          : zones[seededHash(ctx.world.seed, `subnet-az\u0000${ctx.world.sequence}`) % zones.length];
    if (zone === undefined) {
      if (input.zoneName !== undefined) throw errors.subnetZoneInvalid('availabilityZone', input.zoneName, zones.map((z) => z.zoneName));
      throw errors.subnetZoneInvalid('availabilityZoneId', input.zoneId ?? '', zones.map((z) => z.zoneId));
    }
    const block = parseCidr(input.cidr);
    const vpcBlock = parseCidr(vpc.CidrBlock);
    if (!block || !vpcBlock || !cidrContains(vpcBlock, block)) throw errors.subnetRange(input.cidr);
    for (const siblingId of vpc.subnetIds) {
      const sibling = getRow(ctx.region.subnets, siblingId);
      const other = sibling && parseCidr(sibling.CidrBlock);
      if (other && cidrsOverlap(other, block)) throw errors.subnetConflict(input.cidr);
    }
    if (exceedsQuota(ctx.world, 'subnetsPerVpc', vpc.subnetIds.length)) throw errors.subnetLimitExceeded();
    const subnetId = ctx.mintId('subnet');
    const subnet: SubnetRecord = {
      SubnetId: subnetId,
      VpcId: vpc.VpcId,
      OwnerId: accountId,
      CidrBlock: input.cidr,
      AvailabilityZoneId: zone.zoneId,
      Tags: input.tags,
      addresses: emptyAddressBook(),
      createdAt: ctx.now,
    };
    putRow(ctx.region.subnets, subnetId, subnet);
    vpc.subnetIds.push(subnetId);
    ctx.emit({ type: 'ResourceCreated', region, accountId, resourceType: 'subnet', resourceId: subnetId });
    return { Subnet: renderSubnet(ctx.world, region, subnet, 'available') };
  },
});
