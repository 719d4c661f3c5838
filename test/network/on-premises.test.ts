import { describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../src/index.js';
import { cloudErrorOf } from '../support/errors.js';
import { A, B, newCloud, REGION, vpcOf } from './fixtures.js';

describe('cloud.network (model control): on-premises networks', () => {
  it('attaches a Direct Connect or VPN network to a VPC and detaches it, cutting its data path', () => {
    const cloud = newCloud();
    const vpcId = vpcOf(cloud, A);
    const events: DomainEvent[] = [];
    cloud.subscribe((e) => events.push(e));
    const { NetworkId } = cloud.network.attachOnPremisesNetwork({ ...A, vpcId, cidrBlock: '192.168.0.0/16', link: 'direct-connect' });
    expect(NetworkId).toMatch(/^onprem-[0-9a-f]{17}$/);
    const vpn = cloud.network.attachOnPremisesNetwork({ ...A, vpcId, cidrBlock: '172.16.0.0/12', link: 'site-to-site-vpn' });
    expect(vpn.NetworkId).not.toBe(NetworkId);
    cloud.network.detachOnPremisesNetwork({ ...A, networkId: NetworkId });
    expect(events).toContainEqual({ type: 'DataPathCut', region: REGION, scope: { kind: 'onPremisesNetwork', networkId: NetworkId }, reason: expect.any(String) });
    // Detached, the block is free again.
    expect(cloud.network.attachOnPremisesNetwork({ ...A, vpcId, cidrBlock: '192.168.0.0/24', link: 'direct-connect' }).NetworkId).toMatch(/^onprem-/);
  });

  it('refuses a CIDR overlapping the VPC or another attached network, changing nothing', () => {
    const cloud = newCloud();
    const vpcId = vpcOf(cloud, A, '10.0.0.0/16');
    cloud.network.attachOnPremisesNetwork({ ...A, vpcId, cidrBlock: '192.168.0.0/16', link: 'direct-connect' });
    const before = cloud.world;
    expect(cloudErrorOf(() => cloud.network.attachOnPremisesNetwork({ ...A, vpcId, cidrBlock: '10.0.128.0/20', link: 'site-to-site-vpn' }))).toMatchObject({
      code: 'InvalidParameterValue',
      message: `The CIDR '10.0.128.0/20' of the on-premises network overlaps VPC '${vpcId}' (10.0.0.0/16).`,
    });
    expect(cloudErrorOf(() => cloud.network.attachOnPremisesNetwork({ ...A, vpcId, cidrBlock: '192.168.4.0/24', link: 'site-to-site-vpn' })).code).toBe(
      'InvalidParameterValue',
    );
    expect(cloud.world).toBe(before);
  });

  it('another account\'s VPC or network is not found; bad input is refused', () => {
    const cloud = newCloud();
    const vpcId = vpcOf(cloud, A);
    const { NetworkId } = cloud.network.attachOnPremisesNetwork({ ...A, vpcId, cidrBlock: '192.168.0.0/16', link: 'direct-connect' });
    const before = cloud.world;
    expect(cloudErrorOf(() => cloud.network.attachOnPremisesNetwork({ ...B, vpcId, cidrBlock: '172.16.0.0/16', link: 'direct-connect' })).code).toBe('InvalidVpcID.NotFound');
    expect(cloudErrorOf(() => cloud.network.detachOnPremisesNetwork({ ...B, networkId: NetworkId }))).toMatchObject({
      code: 'InvalidParameterValue',
      message: `The on-premises network '${NetworkId}' does not exist`,
    });
    expect(cloudErrorOf(() => cloud.network.attachOnPremisesNetwork({ ...A, vpcId, cidrBlock: '172.16.0.1/16', link: 'direct-connect' })).code).toBe('InvalidParameterValue');
    expect(cloudErrorOf(() => cloud.network.attachOnPremisesNetwork({ ...A, vpcId, cidrBlock: '172.16.0.0/16', link: 'carrier-pigeon' as 'direct-connect' })).code).toBe(
      'InvalidParameterValue',
    );
    expect(cloudErrorOf(() => cloud.network.attachOnPremisesNetwork({ ...A, accountId: '42', vpcId, cidrBlock: '172.16.0.0/16', link: 'direct-connect' })).code).toBe('UnknownAccount');
    expect(cloudErrorOf(() => cloud.network.attachOnPremisesNetwork({ ...A, region: 'mars-1', vpcId, cidrBlock: '172.16.0.0/16', link: 'direct-connect' })).code).toBe(
      'InvalidParameterValue',
    );
    expect(cloud.world).toBe(before);
  });

  it('a VPC with an attached network cannot be deleted until it is detached', () => {
    const cloud = newCloud();
    const vpcId = vpcOf(cloud, A);
    const { NetworkId } = cloud.network.attachOnPremisesNetwork({ ...A, vpcId, cidrBlock: '192.168.0.0/16', link: 'site-to-site-vpn' });
    const before = cloud.world;
    expect(cloudErrorOf(() => cloud.ec2(A).deleteVpc({ VpcId: vpcId })).code).toBe('DependencyViolation');
    expect(cloud.world).toBe(before);
    cloud.network.detachOnPremisesNetwork({ ...A, networkId: NetworkId });
    expect(cloud.ec2(A).deleteVpc({ VpcId: vpcId })).toEqual({});
  });
});
