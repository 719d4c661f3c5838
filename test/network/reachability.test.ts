import { describe, expect, it } from 'vitest';
import { sourceCanReachVpc } from '../../src/network/reachability.js';
import { A, B, C, newCloud, REGION, vpcOf } from './fixtures.js';

describe('sourceCanReachVpc', () => {
  it('same VPC, an active peering, an attached on-premises network; nothing else, and nothing transitive', () => {
    const cloud = newCloud();
    const provider = vpcOf(cloud, A, '10.0.0.0/16');
    const consumer = vpcOf(cloud, B, '10.1.0.0/16');
    const third = vpcOf(cloud, C, '10.2.0.0/16');
    const reach = (source: { vpcId?: string; onPremisesNetworkId?: string }, target = provider) => sourceCanReachVpc(cloud.world, REGION, source, target);

    expect(reach({ vpcId: provider })).toBe('same-vpc');
    expect(reach({ vpcId: consumer })).toBeUndefined();
    const id = cloud.ec2(B).createVpcPeeringConnection({ VpcId: consumer, PeerVpcId: provider, PeerOwnerId: A.accountId }).VpcPeeringConnection.VpcPeeringConnectionId;
    expect(reach({ vpcId: consumer })).toBeUndefined(); // pending-acceptance does not carry traffic
    cloud.ec2(A).acceptVpcPeeringConnection({ VpcPeeringConnectionId: id });
    expect(reach({ vpcId: consumer })).toBe('peering');
    expect(reach({ vpcId: provider }, consumer)).toBe('peering');

    const { NetworkId } = cloud.network.attachOnPremisesNetwork({ ...B, vpcId: consumer, cidrBlock: '192.168.0.0/16', link: 'direct-connect' });
    expect(reach({ onPremisesNetworkId: NetworkId }, consumer)).toBe('on-premises');
    expect(reach({ onPremisesNetworkId: NetworkId }, provider)).toBeUndefined(); // no transitive routing
    expect(reach({ vpcId: third })).toBeUndefined();
    expect(reach({}, provider)).toBeUndefined();
    expect(reach({ vpcId: provider }, 'vpc-0123456789abcdef0')).toBeUndefined();

    cloud.ec2(A).deleteVpcPeeringConnection({ VpcPeeringConnectionId: id });
    expect(reach({ vpcId: consumer })).toBeUndefined();
    expect(sourceCanReachVpc(cloud.world, 'eu-west-1', { vpcId: provider }, provider)).toBeUndefined();
  });
});
