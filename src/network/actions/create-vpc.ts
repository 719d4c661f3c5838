/**
 * EC2 `CreateVpc`: an IPv4 VPC with a /16 to /28 block outside the ranges AWS reserves
 * (loopback, link-local, multicast...: `vpc-ranges.ts`), its `default` security group, and
 * AWS's DNS defaults (`enableDnsSupport` on, `enableDnsHostnames` off). Past the account's
 * VPCs per Region quota: `VpcLimitExceeded`.
 *
 * @module
 */
import { defineAction } from '../../core/action.js';
import type { CloudError } from '../../core/errors.js';
import { errors } from '../../core/errors.js';
import { emptyTable, putRow } from '../../core/table.js';
import type { Tag } from '../../core/tags.js';
import { exceedsQuota } from '../../quotas/limits.js';
import { accountUsage, countUsage } from '../../quotas/usage.js';
import { formatCidr, parseCidr } from '../cidr.js';
import { isAssignableVpcBlock, VPC_PREFIX_RANGE } from '../vpc-ranges.js';
import type { VpcRecord } from '../model.js';
import { renderVpc, type Vpc } from '../render.js';
import { createSecurityGroupRecord } from '../security-groups.js';

/** SDK v3 `CreateVpcRequest` (IPv4 fields). */
export interface CreateVpcRequest {
  CidrBlock?: string | undefined;
  InstanceTenancy?: 'default' | undefined;
  TagSpecifications?: { ResourceType?: string | undefined; Tags?: Tag[] | undefined }[] | undefined;
  DryRun?: boolean | undefined;
}

/** SDK v3 `CreateVpcResult`. */
export interface CreateVpcResult {
  Vpc: Vpc;
}

/**
 * Checks a VPC or subnet CIDR: well formed (else `InvalidParameterValue`, "This is not a
 * valid CIDR block.") and a /16 to /28 (else `onOutOfRange`, AWS's `*.Range` error).
 *
 * @example
 * checkBlock('10.0.0.0/16', errors.vpcRange); // '10.0.0.0/16'
 */
export function checkBlock(text: string, onOutOfRange: (cidr: string) => CloudError): string {
  const cidr = parseCidr(text);
  if (!cidr) throw errors.invalidCidrBlock(text);
  if (cidr.prefix < VPC_PREFIX_RANGE.min || cidr.prefix > VPC_PREFIX_RANGE.max) throw onOutOfRange(text);
  return formatCidr(cidr);
}

/**
 * Checks a VPC's block: {@link checkBlock}, and clear of the ranges AWS does not assign to
 * VPCs (loopback, link-local, multicast...: `InvalidVpc.Range`, see `vpc-ranges.ts`).
 *
 * @example
 * checkVpcBlock('169.254.0.0/16'); // throws InvalidVpc.Range
 */
export function checkVpcBlock(text: string): string {
  const block = checkBlock(text, errors.vpcRange);
  const cidr = parseCidr(block);
  if (cidr === undefined || !isAssignableVpcBlock(cidr)) throw errors.vpcRange(text);
  return block;
}

/**
 * `CreateVpc`.
 *
 * @example
 * const { Vpc } = ec2.createVpc({ CidrBlock: '10.0.0.0/16' });
 */
export const createVpc = defineAction<CreateVpcRequest, CreateVpcResult>()({
  name: 'CreateVpc',
  api: 'ec2',
  parse: (p) => ({
    cidr: checkVpcBlock(p.string('CidrBlock')),
    tenancy: p.optionalEnum('InstanceTenancy', ['default'] as const),
    tags: p.tagSpecifications('vpc'),
  }),
  apply: (ctx, { cidr, tags }) => {
    const ownerId = ctx.caller.accountId;
    if (exceedsQuota(ctx.world, 'vpcsPerRegion', accountUsage(ctx.region, ownerId).vpcs)) throw errors.vpcLimitExceeded();
    const vpcId = ctx.mintId('vpc');
    const vpc: VpcRecord = {
      VpcId: vpcId,
      OwnerId: ownerId,
      CidrBlock: cidr,
      enableDnsSupport: true,
      enableDnsHostnames: false,
      enableNetworkAddressUsageMetrics: false,
      defaultSecurityGroupId: '',
      securityGroupsByName: emptyTable(),
      subnetIds: [],
      peeringConnectionIds: [],
      onPremisesNetworkIds: [],
      dependentCount: 0,
      interfaceEndpointCount: 0,
      activePeeringCount: 0,
      Tags: tags,
      createdAt: ctx.now,
    };
    const region = ctx.region;
    putRow(region.vpcs, vpcId, vpc);
    countUsage(region, ownerId, 'vpcs', 1);
    const group = createSecurityGroupRecord(ctx, region, {
      vpc,
      groupName: 'default',
      description: 'default VPC security group',
      tags: [],
    });
    vpc.defaultSecurityGroupId = group.GroupId;
    ctx.emit({ type: 'ResourceCreated', region: ctx.caller.region, accountId: ownerId, resourceType: 'vpc', resourceId: vpcId });
    return { Vpc: renderVpc(vpc, 'pending') };
  },
});
