/**
 * Whether a source can reach a VPC at the network layer, for the data plane: from inside
 * the VPC, from a VPC joined to it by an `active` peering connection, or from an
 * on-premises network attached to it (Direct Connect or Site-to-Site VPN). Routing is not
 * transitive, as on AWS: a peer of a peer, or an on-premises network attached to a peered
 * VPC, does not reach it. Pure: reads the world, changes nothing.
 *
 * @module
 */
import { getRow } from '../core/table.js';
import { regionOf, type World } from '../world/world.js';
import { activePeeringBetween } from './peering.js';

/** How a source reaches a VPC. */
export type VpcReachability = 'same-vpc' | 'peering' | 'on-premises';

/** Where traffic comes from: a VPC, an attached on-premises network, or both unknown. */
export interface NetworkSource {
  vpcId?: string | undefined;
  onPremisesNetworkId?: string | undefined;
}

/**
 * How `source` reaches `targetVpcId` in `region`, or `undefined` when it does not.
 *
 * @example
 * sourceCanReachVpc(cloud.world, 'us-east-1', { vpcId: consumerVpcId }, providerVpcId); // 'peering'
 * sourceCanReachVpc(cloud.world, 'us-east-1', { onPremisesNetworkId: NetworkId }, vpcId); // 'on-premises'
 */
export function sourceCanReachVpc(
  world: World,
  region: string,
  source: NetworkSource,
  targetVpcId: string,
): VpcReachability | undefined {
  const state = regionOf(world, region);
  if (getRow(state.vpcs, targetVpcId) === undefined) return undefined;
  if (source.vpcId !== undefined) {
    if (source.vpcId === targetVpcId) return 'same-vpc';
    if (activePeeringBetween(state, targetVpcId, source.vpcId) !== undefined) return 'peering';
  }
  if (source.onPremisesNetworkId !== undefined) {
    const network = getRow(state.onPremisesNetworks, source.onPremisesNetworkId);
    if (network !== undefined && network.VpcId === targetVpcId) return 'on-premises';
  }
  return undefined;
}
