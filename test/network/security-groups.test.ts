import { describe, expect, it } from 'vitest';
import type { IpPermissionInput } from '../../src/network/actions/authorize-security-group-ingress.js';
import { cloudErrorOf } from '../support/errors.js';
import { A, addInterface, B, newCloud, removeInterface, vpcOf } from './fixtures.js';

const MISSING = 'sg-0123456789abcdef0';

function setup() {
  const cloud = newCloud();
  const VpcId = vpcOf(cloud, A);
  const ec2 = cloud.ec2(A);
  const { GroupId } = ec2.createSecurityGroup({ VpcId, GroupName: 'web', Description: 'web tier' });
  return { cloud, ec2, VpcId, GroupId };
}

const tcp = (port: number, CidrIp: string) => ({ IpProtocol: 'tcp', FromPort: port, ToPort: port, IpRanges: [{ CidrIp }] });

describe('CreateSecurityGroup', () => {
  it('creates a group with an ARN, tags, no ingress and the default egress rule', () => {
    const cloud = newCloud();
    const VpcId = vpcOf(cloud, A);
    const ec2 = cloud.ec2(A);
    const out = ec2.createSecurityGroup({
      VpcId,
      GroupName: 'web',
      Description: 'web tier',
      TagSpecifications: [{ ResourceType: 'security-group', Tags: [{ Key: 'app', Value: 'shop' }] }],
    });
    expect(out.GroupId).toMatch(/^sg-[0-9a-f]{17}$/);
    expect(out).toEqual({
      GroupId: out.GroupId,
      Tags: [{ Key: 'app', Value: 'shop' }],
      SecurityGroupArn: `arn:aws:ec2:us-east-1:${A.accountId}:security-group/${out.GroupId}`,
    });
    const [group] = ec2.describeSecurityGroups({ GroupIds: [out.GroupId] }).SecurityGroups;
    expect(group).toMatchObject({ GroupName: 'web', Description: 'web tier', VpcId, OwnerId: A.accountId, IpPermissions: [] });
    expect(group?.IpPermissionsEgress).toEqual([{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }], UserIdGroupPairs: [], Ipv6Ranges: [], PrefixListIds: [] }]);
  });

  it('refuses a duplicate name in the VPC (but not in another VPC), sg-* names, and no VpcId', () => {
    const { cloud, ec2, VpcId } = setup();
    const before = cloud.world;
    expect(cloudErrorOf(() => ec2.createSecurityGroup({ VpcId, GroupName: 'web', Description: 'again' }))).toMatchObject({
      code: 'InvalidGroup.Duplicate',
      message: `The security group 'web' already exists for VPC '${VpcId}'`,
    });
    expect(cloudErrorOf(() => ec2.createSecurityGroup({ VpcId, GroupName: 'default', Description: 'x' })).code).toBe('InvalidGroup.Duplicate');
    expect(cloudErrorOf(() => ec2.createSecurityGroup({ VpcId, GroupName: 'sg-web', Description: 'x' }))).toMatchObject({
      code: 'InvalidParameterValue',
      message: 'Value (sg-web) for parameter GroupName is invalid. Group names may not be in the format sg-*.',
    });
    expect(cloudErrorOf(() => ec2.createSecurityGroup({ GroupName: 'x', Description: 'x' }))).toMatchObject({
      code: 'VPCIdNotSpecified',
      message: 'No default VPC for this user',
    });
    expect(cloudErrorOf(() => ec2.createSecurityGroup({ VpcId, GroupName: 'x', Description: undefined })).code).toBe('MissingParameter');
    expect(cloudErrorOf(() => cloud.ec2(B).createSecurityGroup({ VpcId, GroupName: 'x', Description: 'x' })).code).toBe('InvalidVpcID.NotFound');
    expect(cloud.world).toBe(before);
    const other = vpcOf(cloud, A, '10.1.0.0/16');
    expect(ec2.createSecurityGroup({ VpcId: other, GroupName: 'web', Description: 'same name, other VPC' }).GroupId).toMatch(/^sg-/);
  });
});

describe('CreateSecurityGroup names', () => {
  it('keeps odd names as plain data, refuses non-ASCII text and over-long names', () => {
    const { cloud, ec2, VpcId } = setup();
    const { GroupId } = ec2.createSecurityGroup({ VpcId, GroupName: '__proto__', Description: 'odd' });
    expect(cloudErrorOf(() => ec2.createSecurityGroup({ VpcId, GroupName: '__proto__', Description: 'again' })).code).toBe('InvalidGroup.Duplicate');
    expect(ec2.describeSecurityGroups({ Filters: [{ Name: 'group-name', Values: ['__proto__'] }] }).SecurityGroups.map((g) => g.GroupId)).toEqual([GroupId]);
    expect(JSON.parse(JSON.stringify(cloud.world))).toEqual(cloud.world);
    const before = cloud.world;
    expect(cloudErrorOf(() => ec2.createSecurityGroup({ VpcId, GroupName: 'café', Description: 'x' }))).toMatchObject({
      code: 'InvalidParameterValue',
      message: 'Value (café) for parameter GroupName is invalid. Character sets beyond ASCII are not supported.',
    });
    expect(cloudErrorOf(() => ec2.createSecurityGroup({ VpcId, GroupName: 'x', Description: 'y'.repeat(256) })).code).toBe('InvalidParameterValue');
    expect(cloud.world).toBe(before);
    ec2.deleteSecurityGroup({ GroupId });
    expect(ec2.createSecurityGroup({ VpcId, GroupName: '__proto__', Description: 'back' }).GroupId).toMatch(/^sg-/);
  });
});

describe('DescribeSecurityGroups', () => {
  it('filters by vpc-id, group-name, group-id, tags and rule fields; another account sees none', () => {
    const { cloud, ec2, VpcId, GroupId } = setup();
    ec2.authorizeSecurityGroupIngress({ GroupId, IpPermissions: [tcp(443, '10.0.0.0/16')] });
    const names = (Name: string, Values: string[]) =>
      ec2.describeSecurityGroups({ Filters: [{ Name, Values }] }).SecurityGroups.map((g) => g.GroupName).sort();
    expect(names('vpc-id', [VpcId])).toEqual(['default', 'web']);
    expect(names('group-name', ['web'])).toEqual(['web']);
    expect(names('group-id', [GroupId])).toEqual(['web']);
    expect(names('ip-permission.from-port', ['443'])).toEqual(['web']);
    expect(names('ip-permission.cidr', ['10.0.0.0/16'])).toEqual(['web']);
    expect(names('ip-permission.protocol', ['-1'])).toEqual(['default']);
    expect(names('tag-key', ['none'])).toEqual([]);
    expect(names('ip-permission.group-name', ['default'])).toEqual(['default']);
    expect(names('ip-permission.ipv6-cidr', ['::/0'])).toEqual([]);
    expect(cloud.ec2(B).describeSecurityGroups().SecurityGroups).toEqual([]);
  });

  it('an unknown, foreign or malformed id, GroupNames without a default VPC and bad filters are errors', () => {
    const { cloud, GroupId } = setup();
    expect(cloudErrorOf(() => cloud.ec2(A).describeSecurityGroups({ GroupIds: [MISSING] }))).toMatchObject({
      code: 'InvalidGroup.NotFound',
      message: `The security group '${MISSING}' does not exist`,
    });
    expect(cloudErrorOf(() => cloud.ec2(B).describeSecurityGroups({ GroupIds: [GroupId] })).code).toBe('InvalidGroup.NotFound');
    expect(cloudErrorOf(() => cloud.ec2(A).describeSecurityGroups({ GroupIds: ['web'] }))).toMatchObject({
      code: 'InvalidGroupId.Malformed',
      message: 'Invalid id: "web" (expecting "sg-...")',
    });
    expect(cloudErrorOf(() => cloud.ec2(A).describeSecurityGroups({ GroupNames: ['web'] })).code).toBe('VPCIdNotSpecified');
    expect(cloudErrorOf(() => cloud.ec2(A).describeSecurityGroups({ Filters: [{ Name: 'colour', Values: [] }] })).code).toBe('InvalidFilter');
  });
});

describe('AuthorizeSecurityGroupIngress', () => {
  it('adds CIDR and group rules and returns them as SecurityGroupRules', () => {
    const { ec2, VpcId, GroupId } = setup();
    const { GroupId: appGroup } = ec2.createSecurityGroup({ VpcId, GroupName: 'app', Description: 'app' });
    const out = ec2.authorizeSecurityGroupIngress({
      GroupId,
      IpPermissions: [
        { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '10.0.0.0/16', Description: 'vpc' }], UserIdGroupPairs: [{ GroupId: appGroup }] },
      ],
    });
    expect(out.Return).toBe(true);
    expect(out.SecurityGroupRules).toHaveLength(2);
    expect(out.SecurityGroupRules[0]).toMatchObject({ GroupId, GroupOwnerId: A.accountId, IsEgress: false, IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIpv4: '10.0.0.0/16', Description: 'vpc' });
    expect(out.SecurityGroupRules[1]).toMatchObject({ ReferencedGroupInfo: { GroupId: appGroup, UserId: A.accountId } });
    expect(out.SecurityGroupRules[0]?.SecurityGroupRuleId).toMatch(/^sgr-[0-9a-f]{17}$/);
    const [group] = ec2.describeSecurityGroups({ GroupIds: [GroupId] }).SecurityGroups;
    expect(group?.IpPermissions).toEqual([
      {
        IpProtocol: 'tcp',
        FromPort: 443,
        ToPort: 443,
        IpRanges: [{ CidrIp: '10.0.0.0/16', Description: 'vpc' }],
        UserIdGroupPairs: [{ GroupId: appGroup, UserId: A.accountId }],
        Ipv6Ranges: [],
        PrefixListIds: [],
      },
    ]);
  });

  it('accepts all-traffic rules, protocol numbers and the legacy top-level fields', () => {
    const { ec2, GroupId } = setup();
    expect(ec2.authorizeSecurityGroupIngress({ GroupId, IpPermissions: [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '10.1.0.0/16' }] }] }).SecurityGroupRules[0]).toMatchObject({
      IpProtocol: '-1',
      FromPort: -1,
      ToPort: -1,
    });
    expect(ec2.authorizeSecurityGroupIngress({ GroupId, IpPermissions: [{ IpProtocol: '6', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '10.2.0.0/16' }] }] }).SecurityGroupRules[0]?.IpProtocol).toBe('tcp');
    expect(ec2.authorizeSecurityGroupIngress({ GroupId, IpProtocol: 'tcp', FromPort: 80, ToPort: 80, CidrIp: '10.3.0.0/16' }).SecurityGroupRules[0]).toMatchObject({ FromPort: 80, CidrIpv4: '10.3.0.0/16' });
  });

  it('refuses a rule that already exists, or twice in one request, adding nothing', () => {
    const { cloud, ec2, GroupId } = setup();
    ec2.authorizeSecurityGroupIngress({ GroupId, IpPermissions: [tcp(22, '10.0.0.0/16')] });
    const before = cloud.world;
    expect(cloudErrorOf(() => ec2.authorizeSecurityGroupIngress({ GroupId, IpPermissions: [tcp(80, '10.9.0.0/16'), tcp(22, '10.0.0.0/16')] }))).toMatchObject({
      code: 'InvalidPermission.Duplicate',
      message: 'the specified rule "peer: 10.0.0.0/16, TCP, from port: 22, to port: 22, ALLOW" already exists',
    });
    expect(cloudErrorOf(() => ec2.authorizeSecurityGroupIngress({ GroupId, IpPermissions: [tcp(25, '10.5.0.0/16'), tcp(25, '10.5.0.0/16')] })).code).toBe('InvalidPermission.Duplicate');
    expect(cloud.world).toBe(before);
  });

  it('refuses bad protocols, ports, CIDRs and missing peers, adding nothing', () => {
    const { cloud, ec2, GroupId } = setup();
    const before = cloud.world;
    const fails = (IpPermissions: IpPermissionInput[] | undefined) =>
      cloudErrorOf(() => ec2.authorizeSecurityGroupIngress({ GroupId, ...(IpPermissions ? { IpPermissions } : {}) }));
    expect(fails([{ IpProtocol: 'tcpp', FromPort: 1, ToPort: 1, IpRanges: [{ CidrIp: '10.0.0.0/8' }] }])).toMatchObject({
      code: 'InvalidParameterValue',
      message: "Invalid value 'tcpp' for IP protocol. Unknown protocol.",
    });
    expect(fails([{ IpProtocol: 'tcp', IpRanges: [{ CidrIp: '10.0.0.0/8' }] }])).toMatchObject({
      code: 'InvalidParameterValue',
      message: 'Invalid value for portRange. Must specify both from and to ports with TCP/UDP.',
    });
    expect(fails([{ IpProtocol: 'tcp', FromPort: 90, ToPort: 80, IpRanges: [{ CidrIp: '10.0.0.0/8' }] }]).code).toBe('InvalidParameterValue');
    expect(fails([{ IpProtocol: 'tcp', FromPort: 80, ToPort: 80, IpRanges: [{ CidrIp: '10.0.0/8' }] }])).toMatchObject({
      code: 'InvalidParameterValue',
      message: 'CIDR block 10.0.0/8 is malformed',
    });
    expect(fails([{ IpProtocol: 'tcp', FromPort: 80, ToPort: 80 }]).code).toBe('InvalidParameterValue');
    expect(fails(undefined).code).toBe('MissingParameter');
    expect(cloudErrorOf(() => ec2.authorizeSecurityGroupIngress({ IpPermissions: [tcp(1, '10.0.0.0/8')] })).code).toBe('MissingParameter');
    expect(cloudErrorOf(() => ec2.authorizeSecurityGroupIngress({ GroupName: 'web', IpPermissions: [tcp(1, '10.0.0.0/8')] })).code).toBe('VPCIdNotSpecified');
    expect(cloud.world).toBe(before);
  });

  it('a referenced group must be visible and in the same (or a peered) VPC', () => {
    const { cloud, ec2, GroupId } = setup();
    const otherVpc = vpcOf(cloud, A, '10.1.0.0/16');
    const { GroupId: elsewhere } = ec2.createSecurityGroup({ VpcId: otherVpc, GroupName: 'far', Description: 'far' });
    const theirVpc = vpcOf(cloud, B, '10.2.0.0/16');
    const [theirDefault] = cloud.ec2(B).describeSecurityGroups({ Filters: [{ Name: 'vpc-id', Values: [theirVpc] }] }).SecurityGroups;
    const before = cloud.world;
    const pair = (g: string) => [{ IpProtocol: 'tcp', FromPort: 80, ToPort: 80, UserIdGroupPairs: [{ GroupId: g }] }];
    expect(cloudErrorOf(() => ec2.authorizeSecurityGroupIngress({ GroupId, IpPermissions: pair(MISSING) })).code).toBe('InvalidGroup.NotFound');
    expect(cloudErrorOf(() => ec2.authorizeSecurityGroupIngress({ GroupId, IpPermissions: pair(theirDefault?.GroupId ?? '') })).code).toBe('InvalidGroup.NotFound');
    expect(cloudErrorOf(() => ec2.authorizeSecurityGroupIngress({ GroupId, IpPermissions: pair(elsewhere) }))).toMatchObject({
      code: 'InvalidParameter',
      message: 'You have specified two resources that belong to different networks.',
    });
    expect(cloudErrorOf(() => cloud.ec2(B).authorizeSecurityGroupIngress({ GroupId, IpPermissions: [tcp(1, '10.0.0.0/8')] })).code).toBe('InvalidGroup.NotFound');
    expect(cloud.world).toBe(before);
  });
});

describe('RevokeSecurityGroupIngress', () => {
  it('revokes by permission and by rule id', () => {
    const { ec2, GroupId } = setup();
    const { SecurityGroupRules } = ec2.authorizeSecurityGroupIngress({ GroupId, IpPermissions: [tcp(22, '10.0.0.0/16'), tcp(80, '10.0.0.0/16')] });
    const revoked = ec2.revokeSecurityGroupIngress({ GroupId, IpPermissions: [tcp(22, '10.0.0.0/16')] });
    expect(revoked).toMatchObject({ Return: true, RevokedSecurityGroupRules: [{ GroupId, IpProtocol: 'tcp', FromPort: 22, CidrIpv4: '10.0.0.0/16', IsEgress: false }] });
    const id = SecurityGroupRules[1]?.SecurityGroupRuleId ?? '';
    expect(ec2.revokeSecurityGroupIngress({ GroupId, SecurityGroupRuleIds: [id] }).RevokedSecurityGroupRules.map((r) => r.SecurityGroupRuleId)).toEqual([id]);
    expect(ec2.describeSecurityGroups({ GroupIds: [GroupId] }).SecurityGroups[0]?.IpPermissions).toEqual([]);
  });

  it('a rule that does not exist is InvalidPermission.NotFound and nothing is revoked', () => {
    const { cloud, ec2, GroupId } = setup();
    ec2.authorizeSecurityGroupIngress({ GroupId, IpPermissions: [tcp(22, '10.0.0.0/16')] });
    const before = cloud.world;
    expect(cloudErrorOf(() => ec2.revokeSecurityGroupIngress({ GroupId, IpPermissions: [tcp(22, '10.0.0.0/16'), tcp(23, '10.0.0.0/16')] }))).toMatchObject({
      code: 'InvalidPermission.NotFound',
      message: 'The specified rule does not exist in this security group.',
    });
    expect(cloudErrorOf(() => ec2.revokeSecurityGroupIngress({ GroupId, SecurityGroupRuleIds: ['sgr-0123456789abcdef0'] })).code).toBe(
      'InvalidSecurityGroupRuleId.NotFound',
    );
    expect(cloudErrorOf(() => cloud.ec2(B).revokeSecurityGroupIngress({ GroupId, IpPermissions: [tcp(22, '10.0.0.0/16')] })).code).toBe('InvalidGroup.NotFound');
    expect(cloud.world).toBe(before);
  });
});

describe('DeleteSecurityGroup', () => {
  it('deletes an unused group', () => {
    const { ec2, GroupId } = setup();
    expect(ec2.deleteSecurityGroup({ GroupId })).toEqual({ Return: true, GroupId });
    expect(cloudErrorOf(() => ec2.describeSecurityGroups({ GroupIds: [GroupId] })).code).toBe('InvalidGroup.NotFound');
  });

  it('the default group cannot be deleted', () => {
    const { cloud, ec2, VpcId } = setup();
    const [def] = ec2.describeSecurityGroups({ Filters: [{ Name: 'vpc-id', Values: [VpcId] }, { Name: 'group-name', Values: ['default'] }] }).SecurityGroups;
    const id = def?.GroupId ?? '';
    const before = cloud.world;
    expect(cloudErrorOf(() => ec2.deleteSecurityGroup({ GroupId: id }))).toMatchObject({
      code: 'CannotDelete',
      message: `the specified group: "${id}" name: "default" cannot be deleted by a user`,
    });
    expect(cloud.world).toBe(before);
  });

  it('is refused while an interface uses it or another group references it; a self-reference does not count', () => {
    const { cloud, ec2, VpcId, GroupId } = setup();
    const { SubnetId } = ec2.createSubnet({ VpcId, CidrBlock: '10.0.1.0/24' }).Subnet;
    const { eniId } = addInterface(cloud, SubnetId, [GroupId]);
    let before = cloud.world;
    expect(cloudErrorOf(() => ec2.deleteSecurityGroup({ GroupId }))).toMatchObject({ code: 'DependencyViolation', message: `resource ${GroupId} has a dependent object` });
    expect(cloud.world).toBe(before);
    removeInterface(cloud, eniId);

    const { GroupId: app } = ec2.createSecurityGroup({ VpcId, GroupName: 'app', Description: 'app' });
    ec2.authorizeSecurityGroupIngress({ GroupId: app, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 80, ToPort: 80, UserIdGroupPairs: [{ GroupId }] }] });
    ec2.authorizeSecurityGroupIngress({ GroupId, IpPermissions: [{ IpProtocol: '-1', UserIdGroupPairs: [{ GroupId }] }] });
    before = cloud.world;
    expect(cloudErrorOf(() => ec2.deleteSecurityGroup({ GroupId })).code).toBe('DependencyViolation');
    expect(cloud.world).toBe(before);
    ec2.revokeSecurityGroupIngress({ GroupId: app, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 80, ToPort: 80, UserIdGroupPairs: [{ GroupId }] }] });
    expect(ec2.deleteSecurityGroup({ GroupId }).Return).toBe(true);
  });

  it('an unknown, foreign or by-name group changes nothing', () => {
    const { cloud, GroupId } = setup();
    const before = cloud.world;
    expect(cloudErrorOf(() => cloud.ec2(A).deleteSecurityGroup({ GroupId: MISSING })).code).toBe('InvalidGroup.NotFound');
    expect(cloudErrorOf(() => cloud.ec2(B).deleteSecurityGroup({ GroupId })).code).toBe('InvalidGroup.NotFound');
    expect(cloudErrorOf(() => cloud.ec2(A).deleteSecurityGroup({ GroupName: 'web' }))).toMatchObject({
      code: 'VPCIdNotSpecified',
      message: 'No default VPC for this user. GroupName is only supported for EC2-Classic and default VPC.',
    });
    expect(cloud.world).toBe(before);
  });
});

describe('security group rule input errors', () => {
  it('refuses unmodelled peers, bad owner ids, names without a default VPC, and empty revokes', () => {
    const { cloud, ec2, GroupId } = setup();
    const before = cloud.world;
    expect(cloudErrorOf(() => ec2.authorizeSecurityGroupIngress({ GroupId, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 1, ToPort: 1, Ipv6Ranges: [{ CidrIpv6: '::/0' }] }] })).code).toBe(
      'UnsupportedOperation',
    );
    expect(
      cloudErrorOf(() => ec2.authorizeSecurityGroupIngress({ GroupId, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 1, ToPort: 1, UserIdGroupPairs: [{ GroupId, UserId: 'me' }] }] })).code,
    ).toBe('InvalidParameterValue');
    expect(
      cloudErrorOf(() => ec2.authorizeSecurityGroupIngress({ GroupId, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 1, ToPort: 1, UserIdGroupPairs: [{ GroupName: 'web' }] }] })).code,
    ).toBe('VPCIdNotSpecified');
    expect(
      cloudErrorOf(() => ec2.authorizeSecurityGroupIngress({ GroupId, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 1, ToPort: 1, UserIdGroupPairs: [{ GroupId: 'sg-x' }] }] })).code,
    ).toBe('InvalidGroupId.Malformed');
    expect(
      cloudErrorOf(() => ec2.authorizeSecurityGroupIngress({ GroupId, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 1, ToPort: 1, UserIdGroupPairs: [{ GroupId, UserId: B.accountId }] }] }))
        .code,
    ).toBe('InvalidGroup.NotFound');
    expect(cloudErrorOf(() => ec2.authorizeSecurityGroupIngress({ GroupId, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 0, ToPort: 70000, IpRanges: [{ CidrIp: '10.0.0.0/8' }] }] })).code).toBe(
      'InvalidParameterValue',
    );
    expect(cloudErrorOf(() => ec2.revokeSecurityGroupIngress({ GroupId })).code).toBe('MissingParameter');
    expect(cloudErrorOf(() => ec2.revokeSecurityGroupIngress({ GroupName: 'web', IpPermissions: [tcp(1, '10.0.0.0/8')] })).code).toBe('VPCIdNotSpecified');
    expect(cloud.world).toBe(before);
  });

  it('ICMP rules carry type and code; a self-reference is allowed', () => {
    const { ec2, GroupId } = setup();
    const icmp = ec2.authorizeSecurityGroupIngress({ GroupId, IpPermissions: [{ IpProtocol: 'icmp', FromPort: 8, ToPort: -1, IpRanges: [{ CidrIp: '10.0.0.0/8' }] }] });
    expect(icmp.SecurityGroupRules[0]).toMatchObject({ IpProtocol: 'icmp', FromPort: 8, ToPort: -1 });
    const self = ec2.authorizeSecurityGroupIngress({ GroupId, IpPermissions: [{ IpProtocol: '-1', UserIdGroupPairs: [{ GroupId }] }] });
    expect(self.SecurityGroupRules[0]?.ReferencedGroupInfo?.GroupId).toBe(GroupId);
    expect(cloudErrorOf(() => ec2.authorizeSecurityGroupIngress({ GroupId, IpPermissions: [{ IpProtocol: 'icmp', FromPort: 8, ToPort: -1, IpRanges: [{ CidrIp: '10.0.0.0/8' }] }] }))).toMatchObject({
      code: 'InvalidPermission.Duplicate',
      message: 'the specified rule "peer: 10.0.0.0/8, ICMP, type: 8, code: ALL, ALLOW" already exists',
    });
  });
});
