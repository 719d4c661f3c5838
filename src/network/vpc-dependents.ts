/**
 * Resources of other rooms that keep a VPC alive. AWS refuses `DeleteVpc` while anything
 * lives in the VPC; resources with a network interface already block it through their
 * subnets, and anything else (an endpoint without subnets, for instance) registers here.
 * O(1) per call: the VPC keeps a count, not a set of ids. A set is a plain object that a copy-on-write draft
 * copies whole on every write, which made each `CreateVpcEndpoint` cost O(endpoints in the
 * VPC) (30 ms per create at 20,000 endpoints in one VPC); the security groups' `userCount`
 * made the same choice.
 *
 * @module
 */
import { getRow } from '../core/table.js';
import type { RegionState } from '../world/world.js';

/**
 * Records one more resource living in `vpcId` (call on a draft region, once per resource;
 * no-op for an unknown VPC).
 *
 * @example
 * addVpcDependent(ctx.region, endpoint.VpcId); // when the endpoint is created
 */
export function addVpcDependent(region: RegionState, vpcId: string): void {
  const vpc = getRow(region.vpcs, vpcId);
  if (vpc !== undefined) vpc.dependentCount++;
}

/**
 * Records that one resource living in `vpcId` is gone (call on a draft region, once per
 * resource, when it is deleted).
 *
 * @example
 * removeVpcDependent(ctx.region, endpoint.VpcId); // when the endpoint reaches `deleted`
 */
export function removeVpcDependent(region: RegionState, vpcId: string): void {
  const vpc = getRow(region.vpcs, vpcId);
  if (vpc !== undefined) vpc.dependentCount = Math.max(0, vpc.dependentCount - 1);
}

/**
 * Counts an interface endpoint in (`+1`, when created) or out (`-1`, when it reaches
 * `deleted`) of its VPC's `interfaceEndpointCount`, the count the interface endpoints per
 * VPC quota reads. Call on a draft region.
 *
 * @example
 * countVpcEndpoint(ctx.region, endpoint.VpcId, 1);
 */
export function countVpcEndpoint(region: RegionState, vpcId: string, delta: 1 | -1): void {
  const vpc = getRow(region.vpcs, vpcId);
  if (vpc !== undefined) vpc.interfaceEndpointCount += delta;
}

/**
 * A new interface endpoint in `vpcId`: {@link addVpcDependent} and {@link countVpcEndpoint}
 * (`+1`) with one lookup of the VPC, as `CreateVpcEndpoint` stores one. Call on a draft region.
 *
 * @example
 * addVpcEndpoint(ctx.region, endpoint.VpcId);
 */
export function addVpcEndpoint(region: RegionState, vpcId: string): void {
  const vpc = getRow(region.vpcs, vpcId);
  if (vpc === undefined) return;
  vpc.dependentCount++;
  vpc.interfaceEndpointCount += 1;
}
