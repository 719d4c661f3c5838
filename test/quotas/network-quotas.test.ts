/**
 * Network quotas through the facade: VPCs per Region, subnets per VPC, security groups per
 * Region, rules per security group, and the two VPC peering quotas. Each at AWS's default,
 * raised, lowered and unlimited; a refusal changes nothing; deleting frees room.
 */
import { describe, expect, it } from 'vitest';
import { getRow } from '../../src/core/table.js';
import type { Identity } from '../../src/index.js';
import { regionOf } from '../../src/world/world.js';
import { A, B, C, cloudWith, expectCountersMatchWorld, expectRefused } from './fixtures.js';

const vpcs = (cloud: ReturnType<typeof cloudWith>, who: Identity, n: number, from = 0) =>
  Array.from({ length: n }, (_, i) => cloud.ec2(who).createVpc({ CidrBlock: `10.${from + i}.0.0/16` }).Vpc.VpcId);

describe('VPCs per Region (VpcLimitExceeded)', () => {
  it('allows AWS default of 5 per account and Region, refuses the 6th and changes nothing', () => {
    const cloud = cloudWith();
    vpcs(cloud, A, 5);
    expectRefused(cloud, () => cloud.ec2(A).createVpc({ CidrBlock: '10.9.0.0/16' }), 'VpcLimitExceeded', 'The maximum number of VPCs has been reached.');
    // Per account and per Region: another account, and another Region, still have room.
    vpcs(cloud, B, 5);
    cloud.ec2({ accountId: A.accountId, region: 'eu-west-1' }).createVpc({ CidrBlock: '10.0.0.0/16' });
    expectCountersMatchWorld(cloud.world);
  });

  it('deleting a VPC frees room', () => {
    const cloud = cloudWith({ vpcsPerRegion: 2 });
    const [first = ''] = vpcs(cloud, A, 2);
    expectRefused(cloud, () => vpcs(cloud, A, 1, 5), 'VpcLimitExceeded');
    cloud.ec2(A).deleteVpc({ VpcId: first });
    expect(vpcs(cloud, A, 1, 5)).toHaveLength(1);
    expectCountersMatchWorld(cloud.world);
  });

  it('can be raised, lowered to 0, or unlimited', () => {
    const raised = cloudWith({ vpcsPerRegion: 8 });
    vpcs(raised, A, 8);
    expectRefused(raised, () => vpcs(raised, A, 1, 9), 'VpcLimitExceeded');
    const none = cloudWith({ vpcsPerRegion: 0 });
    expectRefused(none, () => vpcs(none, A, 1), 'VpcLimitExceeded');
    const unlimited = cloudWith({ vpcsPerRegion: Infinity });
    expect(vpcs(unlimited, A, 30)).toHaveLength(30);
    expect(unlimited.world.quotas.vpcsPerRegion).toBeNull();
  });
});

describe('subnets per VPC (SubnetLimitExceeded)', () => {
  it('allows AWS default of 200 per VPC and refuses the 201st', () => {
    const cloud = cloudWith();
    const ec2 = cloud.ec2(A);
    const VpcId = ec2.createVpc({ CidrBlock: '10.0.0.0/16' }).Vpc.VpcId;
    for (let i = 0; i < 200; i++) ec2.createSubnet({ VpcId, CidrBlock: `10.0.${i}.0/24` });
    expectRefused(cloud, () => ec2.createSubnet({ VpcId, CidrBlock: '10.0.250.0/24' }), 'SubnetLimitExceeded', 'The maximum number of subnets has been reached.');
    // Per VPC: another VPC of the account still has room.
    const other = ec2.createVpc({ CidrBlock: '10.1.0.0/16' }).Vpc.VpcId;
    ec2.createSubnet({ VpcId: other, CidrBlock: '10.1.0.0/24' });
  });

  it('lowered to 2: the third is refused until one is deleted; unlimited allows 300', () => {
    const cloud = cloudWith({ subnetsPerVpc: 2 });
    const ec2 = cloud.ec2(A);
    const VpcId = ec2.createVpc({ CidrBlock: '10.0.0.0/16' }).Vpc.VpcId;
    const first = ec2.createSubnet({ VpcId, CidrBlock: '10.0.0.0/24' }).Subnet.SubnetId;
    ec2.createSubnet({ VpcId, CidrBlock: '10.0.1.0/24' });
    expectRefused(cloud, () => ec2.createSubnet({ VpcId, CidrBlock: '10.0.2.0/24' }), 'SubnetLimitExceeded');
    ec2.deleteSubnet({ SubnetId: first });
    ec2.createSubnet({ VpcId, CidrBlock: '10.0.2.0/24' });

    const unlimited = cloudWith({ subnetsPerVpc: Infinity });
    const u = unlimited.ec2(A);
    const big = u.createVpc({ CidrBlock: '10.0.0.0/16' }).Vpc.VpcId;
    for (let i = 0; i < 300; i++) u.createSubnet({ VpcId: big, CidrBlock: `10.0.${Math.floor(i / 2)}.${(i % 2) * 128}/25` });
  });
});

describe('security groups per Region (SecurityGroupLimitExceeded)', () => {
  it('allows AWS default of 2,500 per account and Region, default groups included', () => {
    const cloud = cloudWith();
    const ec2 = cloud.ec2(A);
    const VpcId = ec2.createVpc({ CidrBlock: '10.0.0.0/16' }).Vpc.VpcId; // its default group is #1
    for (let i = 1; i < 2_500; i++) ec2.createSecurityGroup({ VpcId, GroupName: `g${i}`, Description: 'x' });
    expectRefused(
      cloud,
      () => ec2.createSecurityGroup({ VpcId, GroupName: 'one-more', Description: 'x' }),
      'SecurityGroupLimitExceeded',
      'The maximum number of security groups has been reached.',
    );
    // A new VPC needs a default group: refused as well.
    expectRefused(cloud, () => ec2.createVpc({ CidrBlock: '10.1.0.0/16' }), 'SecurityGroupLimitExceeded');
    cloud.ec2(B).createVpc({ CidrBlock: '10.0.0.0/16' });
    expectCountersMatchWorld(cloud.world);
  });

  it('lowered to 3: a VPC and two groups fill it; deleting a group or the VPC frees room', () => {
    const cloud = cloudWith({ securityGroupsPerRegion: 3 });
    const ec2 = cloud.ec2(A);
    const VpcId = ec2.createVpc({ CidrBlock: '10.0.0.0/16' }).Vpc.VpcId;
    const g1 = ec2.createSecurityGroup({ VpcId, GroupName: 'g1', Description: 'x' }).GroupId;
    ec2.createSecurityGroup({ VpcId, GroupName: 'g2', Description: 'x' });
    expectRefused(cloud, () => ec2.createSecurityGroup({ VpcId, GroupName: 'g3', Description: 'x' }), 'SecurityGroupLimitExceeded');
    ec2.deleteSecurityGroup({ GroupId: g1 });
    ec2.createSecurityGroup({ VpcId, GroupName: 'g3', Description: 'x' });
    expectCountersMatchWorld(cloud.world);
  });
});

describe('rules per security group (RulesPerSecurityGroupLimitExceeded)', () => {
  const rule = (port: number) => ({ IpProtocol: 'tcp', FromPort: port, ToPort: port, IpRanges: [{ CidrIp: '10.0.0.0/16' }] });

  it('allows AWS default of 60 inbound rules, refuses a request past it whole, and revoking frees room', () => {
    const cloud = cloudWith();
    const ec2 = cloud.ec2(A);
    const VpcId = ec2.createVpc({ CidrBlock: '10.0.0.0/16' }).Vpc.VpcId;
    const GroupId = ec2.createSecurityGroup({ VpcId, GroupName: 'web', Description: 'x' }).GroupId;
    ec2.authorizeSecurityGroupIngress({ GroupId, IpPermissions: Array.from({ length: 58 }, (_, i) => rule(1000 + i)) });
    // Three more would be 61: refused as a whole, none added.
    expectRefused(
      cloud,
      () => ec2.authorizeSecurityGroupIngress({ GroupId, IpPermissions: [rule(1), rule(2), rule(3)] }),
      'RulesPerSecurityGroupLimitExceeded',
      'The maximum number of rules per security group has been reached.',
    );
    const added = ec2.authorizeSecurityGroupIngress({ GroupId, IpPermissions: [rule(1), rule(2)] });
    expectRefused(cloud, () => ec2.authorizeSecurityGroupIngress({ GroupId, IpPermissions: [rule(3)] }), 'RulesPerSecurityGroupLimitExceeded');
    ec2.revokeSecurityGroupIngress({ GroupId, SecurityGroupRuleIds: [added.SecurityGroupRules[0]?.SecurityGroupRuleId ?? ''] });
    ec2.authorizeSecurityGroupIngress({ GroupId, IpPermissions: [rule(3)] });
  });

  it('counts the default group\'s own rule; raised to 100 and unlimited allow more', () => {
    const cloud = cloudWith({ rulesPerSecurityGroup: 2 });
    const ec2 = cloud.ec2(A);
    const VpcId = ec2.createVpc({ CidrBlock: '10.0.0.0/16' }).Vpc.VpcId;
    const defaultGroup = ec2.describeSecurityGroups({ Filters: [{ Name: 'vpc-id', Values: [VpcId] }] }).SecurityGroups[0]?.GroupId ?? '';
    ec2.authorizeSecurityGroupIngress({ GroupId: defaultGroup, IpPermissions: [rule(1)] });
    expectRefused(cloud, () => ec2.authorizeSecurityGroupIngress({ GroupId: defaultGroup, IpPermissions: [rule(2)] }), 'RulesPerSecurityGroupLimitExceeded');

    for (const rulesPerSecurityGroup of [100, Infinity]) {
      const big = cloudWith({ rulesPerSecurityGroup });
      const e = big.ec2(A);
      const vpc = e.createVpc({ CidrBlock: '10.0.0.0/16' }).Vpc.VpcId;
      const GroupId = e.createSecurityGroup({ VpcId: vpc, GroupName: 'web', Description: 'x' }).GroupId;
      e.authorizeSecurityGroupIngress({ GroupId, IpPermissions: Array.from({ length: 100 }, (_, i) => rule(1000 + i)) });
    }
  });
});

describe('VPC peering quotas', () => {
  it('outstanding requests: AWS default of 25 per requester; rejecting, accepting or expiring frees room', () => {
    const cloud = cloudWith({ vpcsPerRegion: 30 });
    const mine = vpcs(cloud, A, 1)[0] ?? '';
    const theirs = vpcs(cloud, B, 27, 100);
    const request = (peer: string) =>
      cloud.ec2(A).createVpcPeeringConnection({ VpcId: mine, PeerVpcId: peer, PeerOwnerId: B.accountId }).VpcPeeringConnection.VpcPeeringConnectionId ?? '';
    const ids = theirs.slice(0, 25).map(request);
    expectRefused(
      cloud,
      () => request(theirs[25] ?? ''),
      'OutstandingVpcPeeringConnectionLimitExceeded',
      'The maximum number of outstanding VPC peering connection requests has been reached.',
    );
    // Another account's requests are its own.
    cloud.ec2(B).createVpcPeeringConnection({ VpcId: theirs[26] ?? '', PeerVpcId: mine, PeerOwnerId: A.accountId });
    cloud.ec2(B).rejectVpcPeeringConnection({ VpcPeeringConnectionId: ids[0] ?? '' });
    request(theirs[25] ?? '');
    cloud.ec2(B).acceptVpcPeeringConnection({ VpcPeeringConnectionId: ids[1] ?? '' });
    request(theirs[0] ?? '');
    expectCountersMatchWorld(cloud.world);
    cloud.clock.advance(8 * 24 * 3_600_000); // every pending request expires after 7 days
    expect(cloud.ec2(A).describeVpcPeeringConnections({ Filters: [{ Name: 'status-code', Values: ['pending-acceptance'] }] }).VpcPeeringConnections).toEqual([]);
    theirs.slice(2, 27).forEach(request);
    expectCountersMatchWorld(cloud.world);
  });

  it('a request that fails (overlapping blocks) no longer counts', () => {
    const cloud = cloudWith({ outstandingPeeringConnectionRequests: 1 });
    const [mine = '', overlapping = '', fine = ''] = [vpcs(cloud, A, 1)[0], cloud.ec2(B).createVpc({ CidrBlock: '10.0.0.0/16' }).Vpc.VpcId, vpcs(cloud, B, 1, 50)[0]];
    const failed = cloud.ec2(A).createVpcPeeringConnection({ VpcId: mine, PeerVpcId: overlapping, PeerOwnerId: B.accountId }).VpcPeeringConnection;
    expect(cloud.ec2(A).describeVpcPeeringConnections({ VpcPeeringConnectionIds: [failed.VpcPeeringConnectionId ?? ''] }).VpcPeeringConnections[0]?.Status?.Code).toBe('failed');
    cloud.ec2(A).createVpcPeeringConnection({ VpcId: mine, PeerVpcId: fine, PeerOwnerId: B.accountId });
    expectRefused(cloud, () => cloud.ec2(A).createVpcPeeringConnection({ VpcId: mine, PeerVpcId: fine, PeerOwnerId: B.accountId }), 'OutstandingVpcPeeringConnectionLimitExceeded');
  });

  it('active connections per VPC: accepting past the quota of either VPC is refused, naming it; deleting frees room', () => {
    const cloud = cloudWith({ activePeeringConnectionsPerVpc: 1 });
    const [hub = '', spoke1 = ''] = vpcs(cloud, A, 2);
    const spoke2 = vpcs(cloud, C, 1, 20)[0] ?? '';
    const peer = (requester: Identity, from: string, to: string, accepter: Identity) =>
      cloud.ec2(requester).createVpcPeeringConnection({ VpcId: from, PeerVpcId: to, PeerOwnerId: accepter.accountId }).VpcPeeringConnection.VpcPeeringConnectionId ?? '';
    const first = peer(A, hub, spoke1, A);
    cloud.ec2(A).acceptVpcPeeringConnection({ VpcPeeringConnectionId: first });
    const second = peer(C, spoke2, hub, A);
    expectRefused(
      cloud,
      () => cloud.ec2(A).acceptVpcPeeringConnection({ VpcPeeringConnectionId: second }),
      'ActiveVpcPeeringConnectionPerVpcLimitExceeded',
      `The maximum number of active VPC peering connections has been reached for VPC '${hub}'.`,
    );
    expectCountersMatchWorld(cloud.world);
    cloud.ec2(A).deleteVpcPeeringConnection({ VpcPeeringConnectionId: first });
    cloud.ec2(A).acceptVpcPeeringConnection({ VpcPeeringConnectionId: second });
    const state = regionOf(cloud.world, A.region);
    expect(getRow(state.vpcs, hub)?.activePeeringCount).toBe(1);
    expect(getRow(state.vpcs, spoke1)?.activePeeringCount).toBe(0);
    expectCountersMatchWorld(cloud.world);
  });

  it('active connections per VPC: AWS default of 50', () => {
    const cloud = cloudWith({ vpcsPerRegion: 60, outstandingPeeringConnectionRequests: 60 });
    const hub = vpcs(cloud, A, 1)[0] ?? '';
    const spokes = vpcs(cloud, B, 51, 100);
    const ids = spokes.map(
      (s) => cloud.ec2(A).createVpcPeeringConnection({ VpcId: hub, PeerVpcId: s, PeerOwnerId: B.accountId }).VpcPeeringConnection.VpcPeeringConnectionId ?? '',
    );
    ids.slice(0, 50).forEach((id) => cloud.ec2(B).acceptVpcPeeringConnection({ VpcPeeringConnectionId: id }));
    expectRefused(cloud, () => cloud.ec2(B).acceptVpcPeeringConnection({ VpcPeeringConnectionId: ids[50] ?? '' }), 'ActiveVpcPeeringConnectionPerVpcLimitExceeded');
  });
});
