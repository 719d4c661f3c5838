/**
 * EC2 `DeleteSubnet`: refused with `DependencyViolation` while any network interface (a
 * load balancer node, an endpoint interface...) holds an address in it.
 *
 * @module
 */
import { defineAction } from '../../core/action.js';
import { errors } from '../../core/errors.js';
import { deleteRow, getRow } from '../../core/table.js';
import { readId } from '../id-params.js';
import { requireSubnet } from '../lookup.js';

/** SDK v3 `DeleteSubnetRequest`. */
export interface DeleteSubnetRequest {
  SubnetId: string | undefined;
  DryRun?: boolean | undefined;
}

/** SDK v3 `DeleteSubnet` output (no fields). */
export type DeleteSubnetResult = Record<string, never>;

/**
 * `DeleteSubnet`.
 *
 * @example
 * ec2.deleteSubnet({ SubnetId: 'subnet-0123456789abcdef0' });
 */
export const deleteSubnet = defineAction<DeleteSubnetRequest, DeleteSubnetResult>()({
  name: 'DeleteSubnet',
  api: 'ec2',
  parse: (p) => ({ subnetId: readId(p, 'SubnetId', 'subnet') }),
  apply: (ctx, { subnetId }) => {
    const { accountId, region } = ctx.caller;
    const subnet = requireSubnet(ctx.region, accountId, subnetId);
    if (subnet.addresses.count > 0) throw errors.subnetHasDependencies(subnetId);
    const vpc = getRow(ctx.region.vpcs, subnet.VpcId);
    if (vpc !== undefined) vpc.subnetIds = vpc.subnetIds.filter((id) => id !== subnetId);
    deleteRow(ctx.region.subnets, subnetId);
    ctx.emit({ type: 'ResourceDeleted', region, accountId, resourceType: 'subnet', resourceId: subnetId });
    return {};
  },
});
