/**
 * Resources of other rooms that keep a VPC alive. AWS refuses `DeleteVpc` while anything
 * lives in the VPC; resources with a network interface already block it through their
 * subnets, and anything else (an endpoint without subnets, for instance) registers here.
 * O(1) per call: the VPC keeps a set of dependent ids.
 *
 * @module
 */
import { getRow } from '../core/table.js';
import type { RegionState } from '../world/world.js';

/**
 * Records `resourceId` as living in `vpcId` (call on a draft region; no-op for an unknown VPC).
 *
 * @example
 * addVpcDependent(ctx.region, endpoint.VpcId, endpoint.VpcEndpointId);
 */
export function addVpcDependent(region: RegionState, vpcId: string, resourceId: string): void {
  const vpc = getRow(region.vpcs, vpcId);
  if (vpc !== undefined) vpc.dependentIds[resourceId] = true;
}

/**
 * Forgets `resourceId` as living in `vpcId` (call on a draft region).
 *
 * @example
 * removeVpcDependent(ctx.region, endpoint.VpcId, endpoint.VpcEndpointId);
 */
export function removeVpcDependent(region: RegionState, vpcId: string, resourceId: string): void {
  const vpc = getRow(region.vpcs, vpcId);
  if (vpc !== undefined) delete vpc.dependentIds[resourceId];
}
