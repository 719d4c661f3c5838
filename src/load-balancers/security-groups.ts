/**
 * Security groups of a Network Load Balancer: each must be the caller's and in the load
 * balancer's VPC, else AWS's `InvalidSecurityGroup`.
 *
 * @module
 */
import { errors } from '../core/errors.js';
import { getRow } from '../core/table.js';
import type { RegionState } from '../world/world.js';

/**
 * Checks `SecurityGroups` for a load balancer in `vpcId`.
 *
 * @example
 * checkSecurityGroups(ctx.region, accountId, vpcId, ['sg-0123456789abcdef0']);
 */
export function checkSecurityGroups(region: RegionState, accountId: string, vpcId: string, groupIds: readonly string[]): void {
  for (const groupId of groupIds) {
    const group = getRow(region.securityGroups, groupId);
    if (group === undefined || group.OwnerId !== accountId || group.VpcId !== vpcId) throw errors.elbSecurityGroupInvalid(groupId);
  }
}
