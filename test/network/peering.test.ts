import { describe, expect, it } from 'vitest';
import { cloudErrorOf } from '../support/errors.js';
import { createCloud, type Identity, type World } from '../../src/index.js';
import { getRow } from '../../src/core/table.js';
import { regionOf } from '../../src/world/world.js';
import { A, B, C, newCloud, REGION, vpcOf } from './fixtures.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const MISSING = 'pcx-0123456789abcdef0';

/** A requests peering of its 10.0/16 VPC with B's 10.1/16 VPC. */
function requested() {
  const cloud = newCloud();
  const vpcA = vpcOf(cloud, A, '10.0.0.0/16');
  const vpcB = vpcOf(cloud, B, '10.1.0.0/16');
  const created = cloud.ec2(A).createVpcPeeringConnection({ VpcId: vpcA, PeerVpcId: vpcB, PeerOwnerId: B.accountId }).VpcPeeringConnection;
  return { cloud, vpcA, vpcB, id: created.VpcPeeringConnectionId, created };
}

const statusOf = (cloud: ReturnType<typeof newCloud>, who: Identity, id: string) =>
  cloud.ec2(who).describeVpcPeeringConnections({ VpcPeeringConnectionIds: [id] }).VpcPeeringConnections[0]?.Status;

describe('CreateVpcPeeringConnection', () => {
  it('answers initiating-request, then both sides see pending-acceptance with an expiration time', () => {
    const { cloud, vpcA, vpcB, id, created } = requested();
    expect(id).toMatch(/^pcx-[0-9a-f]{17}$/);
    expect(created.Status).toEqual({ Code: 'initiating-request', Message: `Initiating Request to ${B.accountId}` });
    expect(created.RequesterVpcInfo).toMatchObject({ VpcId: vpcA, OwnerId: A.accountId, CidrBlock: '10.0.0.0/16', Region: 'us-east-1' });
    expect(created.AccepterVpcInfo).toEqual({ VpcId: vpcB, OwnerId: B.accountId, Region: 'us-east-1' });
    for (const who of [A, B]) {
      const [seen] = cloud.ec2(who).describeVpcPeeringConnections().VpcPeeringConnections;
      expect(seen?.Status).toEqual({ Code: 'pending-acceptance', Message: `Pending Acceptance by ${B.accountId}` });
      expect(seen?.ExpirationTime).toEqual(new Date(cloud.clock.now() + 7 * DAY));
      expect(seen?.AccepterVpcInfo.CidrBlock).toBeUndefined();
    }
  });

  it('fails (visible to the requester only) when the CIDR blocks overlap or the peer VPC is wrong', () => {
    const cloud = newCloud();
    const vpcA = vpcOf(cloud, A, '10.0.0.0/16');
    const overlapping = vpcOf(cloud, B, '10.0.128.0/17');
    const pcx1 = cloud.ec2(A).createVpcPeeringConnection({ VpcId: vpcA, PeerVpcId: overlapping, PeerOwnerId: B.accountId }).VpcPeeringConnection.VpcPeeringConnectionId;
    const pcx2 = cloud.ec2(A).createVpcPeeringConnection({ VpcId: vpcA, PeerVpcId: overlapping }).VpcPeeringConnection.VpcPeeringConnectionId;
    const failed = { Code: 'failed', Message: 'Failed due to incorrect VPC-ID, Account ID, or overlapping CIDR range' };
    expect(statusOf(cloud, A, pcx1)).toEqual(failed);
    expect(statusOf(cloud, A, pcx2)).toEqual(failed);
    expect(cloud.ec2(B).describeVpcPeeringConnections().VpcPeeringConnections).toEqual([]);
    cloud.clock.advance(2 * HOUR);
    expect(cloudErrorOf(() => cloud.ec2(A).describeVpcPeeringConnections({ VpcPeeringConnectionIds: [pcx1] })).code).toBe('InvalidVpcPeeringConnectionID.NotFound');
  });

  it("keeps a request that failed for naming another account's VPC without PeerOwnerId through a snapshot", () => {
    const cloud = newCloud();
    const vpcA = vpcOf(cloud, A, '10.0.0.0/16');
    const vpcB = vpcOf(cloud, B, '10.1.0.0/16');
    const pcx = cloud.ec2(A).createVpcPeeringConnection({ VpcId: vpcA, PeerVpcId: vpcB }).VpcPeeringConnection.VpcPeeringConnectionId;
    expect(statusOf(cloud, A, pcx)?.Code).toBe('failed');
    const restored = createCloud({ from: JSON.parse(JSON.stringify(cloud.snapshot())) as World });
    expect(statusOf(restored, A, pcx)?.Code).toBe('failed');
  });

  it('refuses an unknown or foreign requester VPC, a missing peer, and another Region, changing nothing', () => {
    const cloud = newCloud();
    const vpcA = vpcOf(cloud, A, '10.0.0.0/16');
    const vpcB = vpcOf(cloud, B, '10.1.0.0/16');
    const before = cloud.world;
    expect(cloudErrorOf(() => cloud.ec2(A).createVpcPeeringConnection({ VpcId: vpcB, PeerVpcId: vpcA })).code).toBe('InvalidVpcID.NotFound');
    expect(cloudErrorOf(() => cloud.ec2(A).createVpcPeeringConnection({ VpcId: vpcA })).code).toBe('MissingParameter');
    expect(cloudErrorOf(() => cloud.ec2(A).createVpcPeeringConnection({ VpcId: vpcA, PeerVpcId: vpcB, PeerOwnerId: 'bob' })).code).toBe('InvalidParameterValue');
    expect(cloudErrorOf(() => cloud.ec2(A).createVpcPeeringConnection({ VpcId: vpcA, PeerVpcId: vpcB, PeerRegion: 'eu-west-1' })).code).toBe('UnsupportedOperation');
    expect(cloud.world).toBe(before);
  });
});

describe('AcceptVpcPeeringConnection', () => {
  it('the accepter accepts: provisioning in the answer, active right after, CIDRs on both sides', () => {
    const { cloud, id } = requested();
    const accepted = cloud.ec2(B).acceptVpcPeeringConnection({ VpcPeeringConnectionId: id }).VpcPeeringConnection;
    expect(accepted.Status).toEqual({ Code: 'provisioning', Message: 'Provisioning' });
    for (const who of [A, B]) {
      const [seen] = cloud.ec2(who).describeVpcPeeringConnections({ VpcPeeringConnectionIds: [id] }).VpcPeeringConnections;
      expect(seen?.Status).toEqual({ Code: 'active', Message: 'Active' });
      expect(seen?.AccepterVpcInfo.CidrBlock).toBe('10.1.0.0/16');
      expect(seen?.ExpirationTime).toBeUndefined();
    }
  });

  it('only the accepter may accept, only a pending request, and a third account sees nothing', () => {
    const { cloud, id } = requested();
    const before = cloud.world;
    expect(cloudErrorOf(() => cloud.ec2(A).acceptVpcPeeringConnection({ VpcPeeringConnectionId: id }))).toMatchObject({
      code: 'OperationNotPermitted',
      message: `User (${A.accountId}) cannot accept peering ${id}`,
    });
    expect(cloudErrorOf(() => cloud.ec2(C).acceptVpcPeeringConnection({ VpcPeeringConnectionId: id }))).toMatchObject({
      code: 'InvalidVpcPeeringConnectionID.NotFound',
      message: `The vpcPeeringConnection ID '${id}' does not exist`,
    });
    expect(cloudErrorOf(() => cloud.ec2(B).acceptVpcPeeringConnection({ VpcPeeringConnectionId: 'pcx-1' })).code).toBe('InvalidVpcPeeringConnectionId.Malformed');
    expect(cloud.world).toBe(before);
    cloud.ec2(B).acceptVpcPeeringConnection({ VpcPeeringConnectionId: id });
    const active = cloud.world;
    expect(cloudErrorOf(() => cloud.ec2(B).acceptVpcPeeringConnection({ VpcPeeringConnectionId: id }))).toMatchObject({
      code: 'InvalidStateTransition',
      message: `Invalid state transition for ${id}, attempted to transition from active to provisioning`,
    });
    expect(cloud.world).toBe(active);
  });

  it('within one account the owner accepts its own request', () => {
    const cloud = newCloud();
    const v1 = vpcOf(cloud, A, '10.0.0.0/16');
    const v2 = vpcOf(cloud, A, '10.1.0.0/16');
    const id = cloud.ec2(A).createVpcPeeringConnection({ VpcId: v1, PeerVpcId: v2 }).VpcPeeringConnection.VpcPeeringConnectionId;
    cloud.ec2(A).acceptVpcPeeringConnection({ VpcPeeringConnectionId: id });
    expect(statusOf(cloud, A, id)?.Code).toBe('active');
  });

  it('an unaccepted request expires after 7 days and then cannot be accepted', () => {
    const { cloud, id, vpcA, vpcB } = requested();
    cloud.clock.advance(7 * DAY);
    expect(statusOf(cloud, B, id)).toEqual({ Code: 'expired', Message: 'Expired' });
    const before = cloud.world;
    expect(cloudErrorOf(() => cloud.ec2(B).acceptVpcPeeringConnection({ VpcPeeringConnectionId: id })).code).toBe('InvalidStateTransition');
    expect(cloud.world).toBe(before);
    cloud.clock.advance(2 * DAY);
    expect(cloud.ec2(A).describeVpcPeeringConnections().VpcPeeringConnections).toEqual([]);
    // Purged: the row and both VPCs' index entries are gone.
    const region = regionOf(cloud.world, REGION);
    expect(getRow(region.vpcPeeringConnections, id)).toBeUndefined();
    expect(getRow(region.vpcs, vpcA)?.peeringConnectionIds).toEqual([]);
    expect(getRow(region.vpcs, vpcB)?.peeringConnectionIds).toEqual([]);
  });
});

describe('RejectVpcPeeringConnection', () => {
  it('the accepter rejects; the requester sees it 2 days, the accepter 2 hours', () => {
    const { cloud, id } = requested();
    expect(cloud.ec2(B).rejectVpcPeeringConnection({ VpcPeeringConnectionId: id })).toEqual({ Return: true });
    expect(statusOf(cloud, A, id)).toEqual({ Code: 'rejected', Message: `Rejected by ${B.accountId}` });
    cloud.clock.advance(2 * HOUR);
    expect(cloud.ec2(B).describeVpcPeeringConnections().VpcPeeringConnections).toEqual([]);
    expect(statusOf(cloud, A, id)?.Code).toBe('rejected');
    cloud.clock.advance(2 * DAY);
    expect(cloud.ec2(A).describeVpcPeeringConnections().VpcPeeringConnections).toEqual([]);
  });

  it('the requester cannot reject, and a rejected request cannot be rejected, accepted or deleted', () => {
    const { cloud, id } = requested();
    let before = cloud.world;
    expect(cloudErrorOf(() => cloud.ec2(A).rejectVpcPeeringConnection({ VpcPeeringConnectionId: id }))).toMatchObject({
      code: 'OperationNotPermitted',
      message: `User (${A.accountId}) cannot reject peering ${id}`,
    });
    expect(cloud.world).toBe(before);
    cloud.ec2(B).rejectVpcPeeringConnection({ VpcPeeringConnectionId: id });
    before = cloud.world;
    expect(cloudErrorOf(() => cloud.ec2(B).rejectVpcPeeringConnection({ VpcPeeringConnectionId: id })).code).toBe('InvalidStateTransition');
    expect(cloudErrorOf(() => cloud.ec2(B).acceptVpcPeeringConnection({ VpcPeeringConnectionId: id })).code).toBe('InvalidStateTransition');
    expect(cloudErrorOf(() => cloud.ec2(A).deleteVpcPeeringConnection({ VpcPeeringConnectionId: id }))).toMatchObject({
      code: 'InvalidStateTransition',
      message: `Invalid state transition for ${id}, attempted to transition from rejected to deleting`,
    });
    expect(cloudErrorOf(() => cloud.ec2(B).rejectVpcPeeringConnection({ VpcPeeringConnectionId: MISSING })).code).toBe('InvalidVpcPeeringConnectionID.NotFound');
    expect(cloud.world).toBe(before);
  });
});

describe('DeleteVpcPeeringConnection', () => {
  it('either side deletes an active connection; the deleter sees it 2 hours, the other side 2 days', () => {
    const { cloud, id } = requested();
    cloud.ec2(B).acceptVpcPeeringConnection({ VpcPeeringConnectionId: id });
    expect(cloud.ec2(B).deleteVpcPeeringConnection({ VpcPeeringConnectionId: id })).toEqual({ Return: true });
    expect(statusOf(cloud, A, id)).toEqual({ Code: 'deleted', Message: `Deleted by ${B.accountId}` });
    cloud.clock.advance(2 * HOUR);
    expect(cloud.ec2(B).describeVpcPeeringConnections().VpcPeeringConnections).toEqual([]);
    expect(statusOf(cloud, A, id)?.Code).toBe('deleted');
  });

  it('only the requester deletes a pending request; the accepter must reject it', () => {
    const { cloud, id } = requested();
    const before = cloud.world;
    expect(cloudErrorOf(() => cloud.ec2(B).deleteVpcPeeringConnection({ VpcPeeringConnectionId: id }))).toMatchObject({
      code: 'OperationNotPermitted',
      message: `User (${B.accountId}) cannot delete peering ${id}`,
    });
    expect(cloudErrorOf(() => cloud.ec2(C).deleteVpcPeeringConnection({ VpcPeeringConnectionId: id })).code).toBe('InvalidVpcPeeringConnectionID.NotFound');
    expect(cloud.world).toBe(before);
    expect(cloud.ec2(A).deleteVpcPeeringConnection({ VpcPeeringConnectionId: id }).Return).toBe(true);
    expect(cloudErrorOf(() => cloud.ec2(A).deleteVpcPeeringConnection({ VpcPeeringConnectionId: id })).code).toBe('InvalidStateTransition');
  });
});

describe('DescribeVpcPeeringConnections', () => {
  it('filters by status-code, requester/accepter VPC ids and connection id', () => {
    const { cloud, vpcA, vpcB, id } = requested();
    const vpcA2 = vpcOf(cloud, A, '10.2.0.0/16');
    const other = cloud.ec2(A).createVpcPeeringConnection({ VpcId: vpcA2, PeerVpcId: vpcB, PeerOwnerId: B.accountId }).VpcPeeringConnection.VpcPeeringConnectionId;
    cloud.ec2(B).acceptVpcPeeringConnection({ VpcPeeringConnectionId: other });
    const ids = (Name: string, Values: string[]) =>
      cloud.ec2(B).describeVpcPeeringConnections({ Filters: [{ Name, Values }] }).VpcPeeringConnections.map((c) => c.VpcPeeringConnectionId).sort();
    expect(ids('status-code', ['pending-acceptance'])).toEqual([id]);
    expect(ids('status-code', ['active'])).toEqual([other]);
    expect(ids('requester-vpc-info.vpc-id', [vpcA])).toEqual([id]);
    expect(ids('accepter-vpc-info.vpc-id', [vpcB])).toEqual([id, other].sort());
    expect(ids('vpc-peering-connection-id', [other])).toEqual([other]);
    expect(ids('requester-vpc-info.owner-id', [A.accountId])).toHaveLength(2);
    expect(cloudErrorOf(() => cloud.ec2(B).describeVpcPeeringConnections({ Filters: [{ Name: 'colour', Values: [] }] })).code).toBe('InvalidFilter');
    expect(cloud.ec2(C).describeVpcPeeringConnections().VpcPeeringConnections).toEqual([]);
  });
});

describe('DeleteVpc and peering', () => {
  it('deleting a VPC deletes its active peering connections', () => {
    const { cloud, vpcA, id } = requested();
    cloud.ec2(B).acceptVpcPeeringConnection({ VpcPeeringConnectionId: id });
    cloud.ec2(A).deleteVpc({ VpcId: vpcA });
    expect(statusOf(cloud, B, id)).toEqual({ Code: 'deleted', Message: `Deleted by ${A.accountId}` });
  });

  it('the requester may delete its VPC with a pending request; the accepter must reject first', () => {
    const { cloud, vpcA, vpcB, id } = requested();
    const before = cloud.world;
    expect(cloudErrorOf(() => cloud.ec2(B).deleteVpc({ VpcId: vpcB })).code).toBe('DependencyViolation');
    expect(cloud.world).toBe(before);
    cloud.ec2(A).deleteVpc({ VpcId: vpcA });
    expect(statusOf(cloud, B, id)?.Code).toBe('deleted');
    expect(cloud.ec2(B).deleteVpc({ VpcId: vpcB })).toEqual({});
  });
});

describe('Security group references across an active peering', () => {
  it('a group may reference the peer account\'s group once the VPCs are peered', () => {
    const { cloud, vpcA, vpcB, id } = requested();
    const [theirs] = cloud.ec2(B).describeSecurityGroups({ Filters: [{ Name: 'vpc-id', Values: [vpcB] }] }).SecurityGroups;
    const { GroupId } = cloud.ec2(A).createSecurityGroup({ VpcId: vpcA, GroupName: 'web', Description: 'web' });
    const rule = { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, UserIdGroupPairs: [{ GroupId: theirs?.GroupId ?? '', UserId: B.accountId }] };
    expect(cloudErrorOf(() => cloud.ec2(A).authorizeSecurityGroupIngress({ GroupId, IpPermissions: [rule] })).code).toBe('InvalidGroup.NotFound');
    cloud.ec2(B).acceptVpcPeeringConnection({ VpcPeeringConnectionId: id });
    const out = cloud.ec2(A).authorizeSecurityGroupIngress({ GroupId, IpPermissions: [rule] });
    expect(out.SecurityGroupRules[0]?.ReferencedGroupInfo).toEqual({ GroupId: theirs?.GroupId, UserId: B.accountId });
  });
});

describe('peering input errors and tags', () => {
  it('tags the connection, and describing unknown or malformed ids fails', () => {
    const cloud = newCloud();
    const vpcA = vpcOf(cloud, A, '10.0.0.0/16');
    const vpcB = vpcOf(cloud, A, '10.1.0.0/16');
    const created = cloud.ec2(A).createVpcPeeringConnection({
      VpcId: vpcA,
      PeerVpcId: vpcB,
      TagSpecifications: [{ ResourceType: 'vpc-peering-connection', Tags: [{ Key: 'Name', Value: 'a-to-b' }] }],
    }).VpcPeeringConnection;
    expect(created.Tags).toEqual([{ Key: 'Name', Value: 'a-to-b' }]);
    expect(cloud.ec2(A).describeVpcPeeringConnections({ Filters: [{ Name: 'tag:Name', Values: ['a-to-b'] }] }).VpcPeeringConnections).toHaveLength(1);
    expect(cloudErrorOf(() => cloud.ec2(A).describeVpcPeeringConnections({ VpcPeeringConnectionIds: [MISSING] }))).toMatchObject({
      code: 'InvalidVpcPeeringConnectionID.NotFound',
      message: `The vpcPeeringConnection ID '${MISSING}' does not exist`,
    });
    expect(cloudErrorOf(() => cloud.ec2(A).describeVpcPeeringConnections({ VpcPeeringConnectionIds: ['pcx'] })).code).toBe('InvalidVpcPeeringConnectionId.Malformed');
    expect(cloudErrorOf(() => cloud.ec2(A).createVpcPeeringConnection({ VpcId: vpcA, PeerVpcId: vpcB, TagSpecifications: [{ ResourceType: 'vpc', Tags: [] }] })).code).toBe(
      'InvalidParameterValue',
    );
  });
});
