/**
 * EC2 `DescribeVpcs`: the caller's VPCs, by id and filters, paged. Another account's VPC
 * answers as missing (`InvalidVpcID.NotFound`), exactly like an unknown id.
 *
 * @module
 */
import { defineAction } from '../../core/action.js';
import type { Filter } from '../../core/params.js';
import { rows } from '../../core/table.js';
import { compileFilters } from '../../queries/filters.js';
import { paginate, readEc2Paging } from '../../queries/paginate.js';
import { readIdList } from '../id-params.js';
import { requireVpc } from '../lookup.js';
import type { VpcRecord } from '../model.js';
import { renderVpc, type Vpc } from '../render.js';

/** SDK v3 `DescribeVpcsRequest`. */
export interface DescribeVpcsRequest {
  VpcIds?: string[] | undefined;
  Filters?: Filter[] | undefined;
  MaxResults?: number | undefined;
  NextToken?: string | undefined;
  DryRun?: boolean | undefined;
}

/** SDK v3 `DescribeVpcsResult`. */
export interface DescribeVpcsResult {
  Vpcs: Vpc[];
  NextToken?: string;
}

/** The filters `DescribeVpcs` supports, over rendered VPCs. */
const FILTERS = {
  'vpc-id': (v: Vpc) => v.VpcId,
  cidr: (v: Vpc) => v.CidrBlock,
  'cidr-block-association.cidr-block': (v: Vpc) => v.CidrBlockAssociationSet.map((a) => a.CidrBlock),
  'cidr-block-association.association-id': (v: Vpc) => v.CidrBlockAssociationSet.map((a) => a.AssociationId),
  'cidr-block-association.state': (v: Vpc) => v.CidrBlockAssociationSet.map((a) => a.CidrBlockState.State),
  'dhcp-options-id': (v: Vpc) => v.DhcpOptionsId,
  'owner-id': (v: Vpc) => v.OwnerId,
  state: (v: Vpc) => v.State,
  'is-default': (v: Vpc) => v.IsDefault,
  // IPv6 blocks are not modelled: these filters match nothing.
  'ipv6-cidr-block-association.ipv6-cidr-block': () => undefined,
  'ipv6-cidr-block-association.ipv6-pool': () => undefined,
  'ipv6-cidr-block-association.association-id': () => undefined,
  'ipv6-cidr-block-association.state': () => undefined,
};

/**
 * `DescribeVpcs`.
 *
 * @example
 * ec2.describeVpcs({ Filters: [{ Name: 'tag:env', Values: ['prod'] }], MaxResults: 5 }).Vpcs;
 */
export const describeVpcs = defineAction<DescribeVpcsRequest, DescribeVpcsResult>()({
  name: 'DescribeVpcs',
  api: 'ec2',
  readOnly: true,
  parse: (p) => ({
    vpcIds: readIdList(p, 'VpcIds', 'vpc'),
    filters: p.filters(),
    paging: readEc2Paging(p),
  }),
  apply: (ctx, { vpcIds, filters, paging }) => {
    const { accountId } = ctx.caller;
    const keep = compileFilters(filters, FILTERS, { tags: (v) => v.Tags });
    const records: VpcRecord[] =
      vpcIds.length > 0
        ? vpcIds.map((id) => requireVpc(ctx.region, accountId, id))
        : [...rows(ctx.region.vpcs)].filter((v) => v.OwnerId === accountId);
    const matching = records.map((v) => renderVpc(v)).filter(keep);
    const page = paginate(matching, (v) => v.VpcId, paging, ctx.world.seed, `DescribeVpcs/${accountId}`);
    return { Vpcs: page.items, ...(page.nextToken !== undefined ? { NextToken: page.nextToken } : {}) };
  },
});
