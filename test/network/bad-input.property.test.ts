import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { isCloudError } from '../../src/index.js';
import { A, B, newCloud, vpcOf } from './fixtures.js';

const ACTIONS = [
  'DescribeVpcs', 'DeleteVpc', 'ModifyVpcAttribute', 'DescribeVpcAttribute', 'DescribeSubnets', 'DeleteSubnet',
  'CreateSecurityGroup', 'DescribeSecurityGroups', 'AuthorizeSecurityGroupIngress', 'RevokeSecurityGroupIngress',
  'DeleteSecurityGroup', 'CreateVpcPeeringConnection', 'AcceptVpcPeeringConnection', 'RejectVpcPeeringConnection',
  'DeleteVpcPeeringConnection', 'DescribeVpcPeeringConnections',
] as const;

const FIELDS = [
  'VpcId', 'VpcIds', 'SubnetId', 'SubnetIds', 'GroupId', 'GroupIds', 'GroupName', 'GroupNames', 'Description',
  'IpPermissions', 'IpProtocol', 'FromPort', 'ToPort', 'CidrIp', 'SecurityGroupRuleIds', 'Attribute',
  'EnableDnsSupport', 'EnableDnsHostnames', 'PeerVpcId', 'PeerOwnerId', 'PeerRegion', 'VpcPeeringConnectionId',
  'VpcPeeringConnectionIds', 'Filters', 'MaxResults', 'NextToken', 'TagSpecifications', 'DryRun',
];

/** Garbage, plus plausible values (real ids of the world) so deeper checks are reached. */
function inputArb(ids: string[]) {
  const value = fc.oneof(
    fc.anything(),
    fc.constantFrom(...ids),
    fc.array(fc.constantFrom(...ids), { maxLength: 3 }),
    fc.record({ Value: fc.anything() }),
    fc.array(fc.record({ IpProtocol: fc.oneof(fc.constantFrom('tcp', '-1', 'udp', 'icmp', '300'), fc.anything()), FromPort: fc.anything(), ToPort: fc.anything(), IpRanges: fc.anything(), UserIdGroupPairs: fc.anything() }, { requiredKeys: [] }), { maxLength: 2 }),
  );
  return fc.oneof(fc.anything(), fc.dictionary(fc.constantFrom(...FIELDS), value, { maxKeys: 5 }));
}

const cloudWithIds = () => {
  const cloud = newCloud(11);
  const vpcA = vpcOf(cloud, A, '10.0.0.0/16');
  const vpcB = vpcOf(cloud, B, '10.1.0.0/16');
  const ec2 = cloud.ec2(A);
  const subnet = ec2.createSubnet({ VpcId: vpcA, CidrBlock: '10.0.1.0/24' }).Subnet.SubnetId;
  const group = ec2.createSecurityGroup({ VpcId: vpcA, GroupName: 'web', Description: 'web' }).GroupId;
  const pcx = ec2.createVpcPeeringConnection({ VpcId: vpcA, PeerVpcId: vpcB, PeerOwnerId: B.accountId }).VpcPeeringConnection.VpcPeeringConnectionId;
  return { cloud, ids: [vpcA, vpcB, subnet, group, pcx, '10.0.0.0/16', B.accountId] };
};

const { ids } = cloudWithIds();

test.prop([fc.constantFrom(...ACTIONS), inputArb(ids), fc.constantFrom(A, B)], { numRuns: 300 })(
  'any input to a network action gives a CloudError or a success, and a failure changes nothing',
  (action, input, who) => {
    const { cloud } = cloudWithIds();
    const before = cloud.world;
    const frozen = JSON.stringify(before);
    try {
      cloud.dispatch('ec2', action, who, input);
    } catch (error) {
      expect(isCloudError(error), `${action} threw ${String(error)}`).toBe(true);
      expect(cloud.world).toBe(before);
    }
    expect(JSON.stringify(before)).toBe(frozen);
  },
);
