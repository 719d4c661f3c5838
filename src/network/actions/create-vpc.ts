/**
 * EC2 `CreateVpc`: an IPv4 VPC with a /16 to /28 block, its `default` security group, and
 * AWS's DNS defaults (`enableDnsSupport` on, `enableDnsHostnames` off).
 *
 * @module
 */
import { defineAction } from '../../core/action.js';
import { errors } from '../../core/errors.js';
import { putRow } from '../../core/table.js';
import type { Tag } from '../../core/tags.js';
import { formatCidr, parseCidr } from '../cidr.js';
import type { SecurityGroupRecord, VpcRecord } from '../model.js';
import { renderVpc, type Vpc } from '../render.js';

/** SDK v3 `CreateVpcRequest` (IPv4 fields). */
export interface CreateVpcRequest {
  CidrBlock?: string;
  InstanceTenancy?: 'default';
  TagSpecifications?: { ResourceType?: string; Tags?: Tag[] }[];
  DryRun?: boolean;
}

/** SDK v3 `CreateVpcResult`. */
export interface CreateVpcResult {
  Vpc: Vpc;
}

/** Checks a VPC or subnet CIDR: well formed and a /16 to /28. */
export function checkBlock(text: string, onInvalid: (cidr: string) => Error): string {
  const cidr = parseCidr(text);
  if (!cidr || cidr.prefix < 16 || cidr.prefix > 28) throw onInvalid(text);
  return formatCidr(cidr);
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
    cidr: checkBlock(p.string('CidrBlock'), errors.vpcRange),
    tenancy: p.optionalEnum('InstanceTenancy', ['default'] as const),
    tags: p.tagSpecifications('vpc'),
  }),
  apply: (ctx, { cidr, tags }) => {
    const vpcId = ctx.mintId('vpc');
    const groupId = ctx.mintId('securityGroup');
    const ownerId = ctx.caller.accountId;
    const group: SecurityGroupRecord = {
      GroupId: groupId,
      GroupName: 'default',
      Description: 'default VPC security group',
      VpcId: vpcId,
      OwnerId: ownerId,
      // AWS's default group admits its own members and lets everything out.
      IpPermissions: [{ IpProtocol: '-1', FromPort: -1, ToPort: -1, GroupId: groupId }],
      IpPermissionsEgress: [{ IpProtocol: '-1', FromPort: -1, ToPort: -1, CidrIp: '0.0.0.0/0' }],
      Tags: [],
    };
    const vpc: VpcRecord = {
      VpcId: vpcId,
      OwnerId: ownerId,
      CidrBlock: cidr,
      enableDnsSupport: true,
      enableDnsHostnames: false,
      defaultSecurityGroupId: groupId,
      subnetIds: [],
      Tags: tags,
      createdAt: ctx.now,
    };
    putRow(ctx.region.vpcs, vpcId, vpc);
    putRow(ctx.region.securityGroups, groupId, group);
    ctx.emit({ type: 'ResourceCreated', region: ctx.caller.region, accountId: ownerId, resourceType: 'vpc', resourceId: vpcId });
    return { Vpc: renderVpc(vpc, 'pending') };
  },
});
