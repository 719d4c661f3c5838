/** Shared setup of the network room's tests: accounts, a cloud, interfaces through `cloud.change`. */
import { createCloud, type Cloud, type Quotas } from '../../src/index.js';
import { createNetworkInterface, deleteNetworkInterface } from '../../src/network/interfaces.js';
import { regionForWrite } from '../../src/world/world.js';
import { getRow } from '../../src/core/table.js';

export const REGION = 'us-east-1';
export const A = { accountId: '111111111111', region: REGION } as const;
export const B = { accountId: '222222222222', region: REGION } as const;
export const C = { accountId: '333333333333', region: REGION } as const;

/**
 * A cloud where A names use1-az4 `us-east-1a` and B names use1-az1 `us-east-1a`; a test
 * building more than a fresh account may hold raises the `quotas` it needs.
 */
export function newCloud(seed: number | string = 7, quotas: Partial<Quotas> = {}): Cloud {
  return createCloud({
    seed,
    quotas,
    accounts: {
      [A.accountId]: { zones: { [REGION]: ['use1-az4', 'use1-az6', 'use1-az1'] } },
      [B.accountId]: { zones: { [REGION]: ['use1-az1', 'use1-az4', 'use1-az6'] } },
    },
  });
}

/** Creates a network interface in a subnet the way other rooms do, through `cloud.change`. */
export function addInterface(cloud: Cloud, subnetId: string, groups: string[] = []): { eniId: string; ip: string } {
  let out = { eniId: '', ip: '' };
  cloud.change((ctx) => {
    const region = regionForWrite(ctx.world, REGION);
    const subnet = getRow(region.subnets, subnetId);
    if (subnet === undefined) return;
    const eni = createNetworkInterface(ctx, region, {
      subnet,
      ownerId: subnet.OwnerId,
      kind: 'interface',
      description: 'test interface',
      requesterManaged: false,
      groups,
    });
    out = { eniId: eni.NetworkInterfaceId, ip: eni.PrivateIpAddress };
  });
  return out;
}

/** Deletes a network interface through `cloud.change`. */
export function removeInterface(cloud: Cloud, eniId: string): void {
  cloud.change((ctx) => deleteNetworkInterface(regionForWrite(ctx.world, REGION), eniId));
}

/** A VPC (and optionally a subnet) of `who`. */
export function vpcOf(cloud: Cloud, who: typeof A | typeof B | typeof C, cidr = '10.0.0.0/16'): string {
  return cloud.ec2(who).createVpc({ CidrBlock: cidr }).Vpc.VpcId;
}
