/**
 * EC2 `DeleteVpc`. Refused with `DependencyViolation` while the VPC has subnets (and so
 * anything with an interface in it: load balancer nodes, endpoints), security groups other
 * than its `default` one, a dependent another room registered (a VPC endpoint...), an
 * attached on-premises network (a gateway on AWS), or a
 * `pending-acceptance` peering request from another account (which must be rejected
 * first). Otherwise its `default` group goes with it, and its peering connections end as
 * `deleted`, as AWS documents.
 *
 * @module
 */
import { defineAction } from '../../core/action.js';
import { errors } from '../../core/errors.js';
import { deleteRow, getRow, rows } from '../../core/table.js';
import type { RegionState } from '../../world/world.js';
import { readId } from '../id-params.js';
import { requireVpc } from '../lookup.js';
import type { VpcRecord } from '../model.js';
import { endPeering } from '../peering.js';
import { removeSecurityGroup } from '../security-groups.js';
import { countUsage } from '../../quotas/usage.js';

/** SDK v3 `DeleteVpcRequest`. */
export interface DeleteVpcRequest {
  VpcId: string | undefined;
  DryRun?: boolean | undefined;
}

/** SDK v3 `DeleteVpcResult` (no fields). */
export type DeleteVpcResult = Record<string, never>;

/** Whether anything keeps the VPC alive (see the module notes). */
function hasDependencies(region: RegionState, vpc: VpcRecord): boolean {
  if (vpc.subnetIds.length > 0 || vpc.onPremisesNetworkIds.length > 0) return true;
  if (vpc.dependentCount > 0) return true;
  for (const groupId of rows(vpc.securityGroupsByName)) if (groupId !== vpc.defaultSecurityGroupId) return true;
  return vpc.peeringConnectionIds.some((id) => {
    const peering = getRow(region.vpcPeeringConnections, id);
    return (
      peering !== undefined &&
      peering.Status === 'pending-acceptance' &&
      peering.AccepterVpcId === vpc.VpcId &&
      peering.RequesterOwnerId !== peering.AccepterOwnerId
    );
  });
}

/**
 * `DeleteVpc`.
 *
 * @example
 * ec2.deleteVpc({ VpcId: 'vpc-0123456789abcdef0' });
 */
export const deleteVpc = defineAction<DeleteVpcRequest, DeleteVpcResult>()({
  name: 'DeleteVpc',
  api: 'ec2',
  parse: (p) => ({ vpcId: readId(p, 'VpcId', 'vpc') }),
  apply: (ctx, { vpcId }) => {
    const { accountId, region: regionName } = ctx.caller;
    const region = ctx.region;
    const vpc = requireVpc(region, accountId, vpcId);
    if (hasDependencies(region, vpc)) throw errors.vpcHasDependencies(vpcId);
    for (const id of vpc.peeringConnectionIds) {
      const peering = getRow(region.vpcPeeringConnections, id);
      const live = peering && ['initiating-request', 'pending-acceptance', 'provisioning', 'active'].includes(peering.Status);
      if (peering !== undefined && live) endPeering(ctx, regionName, peering, 'deleted', accountId);
    }
    const group = getRow(region.securityGroups, vpc.defaultSecurityGroupId);
    if (group !== undefined) removeSecurityGroup(region, group);
    deleteRow(region.vpcs, vpcId);
    countUsage(region, accountId, 'vpcs', -1);
    ctx.emit({ type: 'ResourceDeleted', region: regionName, accountId, resourceType: 'vpc', resourceId: vpcId });
    return {};
  },
});
