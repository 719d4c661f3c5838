/**
 * EC2 `DescribeSubnets`: the caller's subnets, by id and filters, paged, each with its AZ
 * name as the caller names it, its AZ id, and `AvailableIpAddressCount` (the block minus
 * AWS's five reserved addresses minus the addresses interfaces hold).
 *
 * @module
 */
import { defineAction } from '../../core/action.js';
import type { Filter } from '../../core/params.js';
import { rows } from '../../core/table.js';
import { compileFilters } from '../../queries/filters.js';
import { paginate, readEc2Paging } from '../../queries/paginate.js';
import { readIdList } from '../id-params.js';
import { requireSubnet } from '../lookup.js';
import type { SubnetRecord } from '../model.js';
import { renderSubnet, type Subnet } from '../render.js';

/** SDK v3 `DescribeSubnetsRequest`. */
export interface DescribeSubnetsRequest {
  SubnetIds?: string[] | undefined;
  Filters?: Filter[] | undefined;
  MaxResults?: number | undefined;
  NextToken?: string | undefined;
  DryRun?: boolean | undefined;
}

/** SDK v3 `DescribeSubnetsResult`. */
export interface DescribeSubnetsResult {
  Subnets: Subnet[];
  NextToken?: string;
}

const zone = (s: Subnet) => s.AvailabilityZone;
const zoneId = (s: Subnet) => s.AvailabilityZoneId;
const cidr = (s: Subnet) => s.CidrBlock;
const defaultForAz = (s: Subnet) => s.DefaultForAz;

/** The filters `DescribeSubnets` supports (with AWS's documented aliases). */
const FILTERS = {
  'availability-zone': zone,
  availabilityZone: zone,
  'availability-zone-id': zoneId,
  availabilityZoneId: zoneId,
  'available-ip-address-count': (s: Subnet) => s.AvailableIpAddressCount,
  'cidr-block': cidr,
  cidr,
  cidrBlock: cidr,
  'default-for-az': defaultForAz,
  defaultForAz,
  'map-public-ip-on-launch': (s: Subnet) => s.MapPublicIpOnLaunch,
  'owner-id': (s: Subnet) => s.OwnerId,
  state: (s: Subnet) => s.State,
  'subnet-arn': (s: Subnet) => s.SubnetArn,
  'subnet-id': (s: Subnet) => s.SubnetId,
  'vpc-id': (s: Subnet) => s.VpcId,
  // Fields of features the model does not have, at AWS's values for a plain IPv4 subnet.
  'customer-owned-ipv4-pool': () => undefined,
  'enable-dns64': () => false,
  'enable-lni-at-device-index': () => undefined,
  'ipv6-cidr-block-association.ipv6-cidr-block': () => undefined,
  'ipv6-cidr-block-association.association-id': () => undefined,
  'ipv6-cidr-block-association.state': () => undefined,
  'ipv6-native': () => false,
  'map-customer-owned-ip-on-launch': () => false,
  'outpost-arn': () => undefined,
  'private-dns-name-options-on-launch.hostname-type': () => 'ip-name',
};

/**
 * `DescribeSubnets`.
 *
 * @example
 * ec2.describeSubnets({ Filters: [{ Name: 'vpc-id', Values: [VpcId] }] }).Subnets.map((s) => s.AvailabilityZoneId);
 */
export const describeSubnets = defineAction<DescribeSubnetsRequest, DescribeSubnetsResult>()({
  name: 'DescribeSubnets',
  api: 'ec2',
  readOnly: true,
  parse: (p) => ({
    subnetIds: readIdList(p, 'SubnetIds', 'subnet'),
    filters: p.filters(),
    paging: readEc2Paging(p),
  }),
  apply: (ctx, { subnetIds, filters, paging }) => {
    const { accountId, region } = ctx.caller;
    const keep = compileFilters(filters, FILTERS, { tags: (s) => s.Tags });
    const records: SubnetRecord[] =
      subnetIds.length > 0
        ? subnetIds.map((id) => requireSubnet(ctx.region, accountId, id))
        : [...rows(ctx.region.subnets)].filter((s) => s.OwnerId === accountId);
    const matching = records.map((s) => renderSubnet(ctx.world, region, s)).filter(keep);
    const page = paginate(matching, (s) => s.SubnetId, paging, ctx.world.seed, `DescribeSubnets/${accountId}`);
    return { Subnets: page.items, ...(page.nextToken !== undefined ? { NextToken: page.nextToken } : {}) };
  },
});
