import { describe, expect, it } from 'vitest';
import { securityGroupAdmits } from '../../src/network/security-group-admits.js';
import { regionOf } from '../../src/world/world.js';
import { A, newCloud, REGION, vpcOf } from './fixtures.js';

function setup() {
  const cloud = newCloud();
  const VpcId = vpcOf(cloud, A);
  const ec2 = cloud.ec2(A);
  const web = ec2.createSecurityGroup({ VpcId, GroupName: 'web', Description: 'web' }).GroupId;
  const app = ec2.createSecurityGroup({ VpcId, GroupName: 'app', Description: 'app' }).GroupId;
  const [def] = ec2.describeSecurityGroups({ Filters: [{ Name: 'group-name', Values: ['default'] }] }).SecurityGroups;
  return { cloud, ec2, web, app, defaultGroup: def?.GroupId ?? '' };
}

describe('securityGroupAdmits', () => {
  it('admits by a CIDR rule holding the source address and a port in range', () => {
    const { cloud, ec2, web } = setup();
    ec2.authorizeSecurityGroupIngress({ GroupId: web, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 445, IpRanges: [{ CidrIp: '10.1.0.0/16' }] }] });
    const admits = (ip: string, port: number) => securityGroupAdmits(regionOf(cloud.world, REGION), [web], { ip, groupIds: [] }, port);
    expect(admits('10.1.2.3', 443)).toBe(true);
    expect(admits('10.1.2.3', 445)).toBe(true);
    expect(admits('10.1.2.3', 446)).toBe(false);
    expect(admits('10.2.0.1', 443)).toBe(false);
    expect(admits('not-an-ip', 443)).toBe(false);
  });

  it('admits by a referenced group the source belongs to; -1 means every port', () => {
    const { cloud, ec2, web, app, defaultGroup } = setup();
    ec2.authorizeSecurityGroupIngress({ GroupId: web, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 80, ToPort: 80, UserIdGroupPairs: [{ GroupId: app }] }] });
    const region = () => regionOf(cloud.world, REGION);
    expect(securityGroupAdmits(region(), [web], { ip: '10.9.9.9', groupIds: [app] }, 80)).toBe(true);
    expect(securityGroupAdmits(region(), [web], { ip: '10.9.9.9', groupIds: [] }, 80)).toBe(false);
    // The default group admits its own members on every port.
    expect(securityGroupAdmits(region(), [defaultGroup], { ip: '10.0.0.5', groupIds: [defaultGroup] }, 5432)).toBe(true);
    expect(securityGroupAdmits(region(), [defaultGroup], { ip: '10.0.0.5', groupIds: [web] }, 5432)).toBe(false);
  });

  it('ignores UDP rules, unknown groups, and admits when any of several groups does', () => {
    const { cloud, ec2, web, app } = setup();
    ec2.authorizeSecurityGroupIngress({ GroupId: web, IpPermissions: [{ IpProtocol: 'udp', FromPort: 53, ToPort: 53, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }] });
    ec2.authorizeSecurityGroupIngress({ GroupId: app, IpPermissions: [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '10.0.0.0/8' }] }] });
    const region = regionOf(cloud.world, REGION);
    expect(securityGroupAdmits(region, [web], { ip: '10.0.0.1', groupIds: [] }, 53)).toBe(false);
    expect(securityGroupAdmits(region, ['sg-0123456789abcdef0'], { ip: '10.0.0.1', groupIds: [] }, 53)).toBe(false);
    expect(securityGroupAdmits(region, [web, app], { ip: '10.0.0.1', groupIds: [] }, 53)).toBe(true);
    expect(securityGroupAdmits(region, [], { ip: '10.0.0.1', groupIds: [] }, 53)).toBe(false);
  });
});
