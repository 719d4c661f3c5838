/**
 * Whether a freshly minted id is already taken. Ids derive from (seed, sequence), so a
 * world's sequence only moves forward; but a restored snapshot may carry any sequence, and
 * one set back would mint the ids of existing resources again, and the create would
 * overwrite them. The pipeline mints past any id in use instead.
 *
 * @module
 */
import type { IdKind } from '../core/ids.js';
import { hasRow } from '../core/table.js';
import type { RegionState, World } from './world.js';

/** The region table each kind of resource id is a key of (kinds kept inside records have none). */
const TABLE_OF: Partial<Record<IdKind, keyof RegionState>> = {
  vpc: 'vpcs',
  subnet: 'subnets',
  eni: 'networkInterfaces',
  securityGroup: 'securityGroups',
  vpcPeeringConnection: 'vpcPeeringConnections',
  onPremisesNetwork: 'onPremisesNetworks',
  vpcEndpoint: 'vpcEndpoints',
  vpcEndpointService: 'endpointServices',
  connectionNotification: 'connectionNotifications',
};

/**
 * Whether `id` of `kind` names a resource in any region (AWS ids are unique across them).
 *
 * @example
 * idInUse(world, 'vpc', 'vpc-0123456789abcdef0'); // true when that VPC exists
 */
export function idInUse(world: World, kind: IdKind, id: string): boolean {
  const table = TABLE_OF[kind];
  if (table === undefined) return false;
  for (const region of Object.values(world.regions)) if (hasRow(region[table] as Parameters<typeof hasRow>[0], id)) return true;
  return false;
}
