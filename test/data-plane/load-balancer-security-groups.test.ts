import { describe, expect, it } from 'vitest';
import { CONSUMER } from '../fixtures/topology.js';
import { buildGuardedPath, type GuardedPath } from './guarded-fixtures.js';

const from = (subnetId: string, ip?: string) => ({ accountId: CONSUMER, subnetId, ...(ip === undefined ? {} : { ip }) });

/** Adds an inbound TCP rule to the NLB's group. */
function admit(t: GuardedPath, cidr: string, port = 443, groupId = t.groupId): void {
  t.cloud.ec2(t.provider.identity).authorizeSecurityGroupIngress({ GroupId: groupId, IpPermissions: [{ IpProtocol: 'tcp', FromPort: port, ToPort: port, IpRanges: [{ CidrIp: cidr }] }] });
}

function connect(t: GuardedPath, subnetId: string, ip?: string, port = 443) {
  const r = t.cloud.connect({ from: from(subnetId, ip), host: t.regionalName, port });
  if (r.ok) t.cloud.close(r.connection.id);
  return r;
}

describe('the NLB\'s security groups on PrivateLink traffic', () => {
  it('enforced (on, the default): with no inbound rule, LoadBalancerSecurityGroupDenied names the NLB', () => {
    const t = buildGuardedPath();
    const r = connect(t, t.consumer.subnetA2, '10.1.11.7');
    expect(r).toMatchObject({ ok: false, reason: 'LoadBalancerSecurityGroupDenied' });
    expect(!r.ok && r.message).toContain(t.loadBalancerArn);
    expect(!r.ok && r.message).toContain('10.1.11.7');
  });

  it('a rule admitting the client\'s private address admits it, on that port only', () => {
    const t = buildGuardedPath();
    admit(t, '10.1.11.0/24');
    expect(connect(t, t.consumer.subnetA2, '10.1.11.7')).toMatchObject({ ok: true });
    // another client of the same endpoint, outside the rule
    expect(connect(t, t.consumer.subnetA, '10.1.1.9')).toMatchObject({ ok: false, reason: 'LoadBalancerSecurityGroupDenied' });
    const other = buildGuardedPath();
    admit(other, '10.1.11.0/24', 80);
    expect(connect(other, other.consumer.subnetA2, '10.1.11.7')).toMatchObject({ ok: false, reason: 'LoadBalancerSecurityGroupDenied' });
  });

  it('evaluates the client\'s address, not the endpoint interface\'s (AWS documents the client\'s private IP as the source)', () => {
    const t = buildGuardedPath();
    expect(t.endpointIps).toHaveLength(2);
    for (const ip of t.endpointIps) admit(t, `${ip}/32`);
    expect(connect(t, t.consumer.subnetA2, '10.1.11.7')).toMatchObject({ ok: false, reason: 'LoadBalancerSecurityGroupDenied' });
    admit(t, '10.1.11.7/32');
    expect(connect(t, t.consumer.subnetA2, '10.1.11.7')).toMatchObject({ ok: true });
  });

  it('a rule naming a group never admits PrivateLink traffic', () => {
    const t = buildGuardedPath();
    t.cloud.ec2(t.provider.identity).authorizeSecurityGroupIngress({
      GroupId: t.groupId,
      IpPermissions: [{ IpProtocol: '-1', UserIdGroupPairs: [{ GroupId: t.groupId }] }],
    });
    expect(connect(t, t.consumer.subnetA2, '10.1.11.7')).toMatchObject({ ok: false, reason: 'LoadBalancerSecurityGroupDenied' });
  });

  it('not enforced (off): admitted whatever the rules; on again: refused again', () => {
    const t = buildGuardedPath();
    const elb = t.cloud.elbv2(t.provider.identity);
    elb.setSecurityGroups({ LoadBalancerArn: t.loadBalancerArn, SecurityGroups: [t.groupId], EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic: 'off' });
    expect(connect(t, t.consumer.subnetA2, '10.1.11.7')).toMatchObject({ ok: true });
    elb.setSecurityGroups({ LoadBalancerArn: t.loadBalancerArn, SecurityGroups: [t.groupId], EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic: 'on' });
    expect(connect(t, t.consumer.subnetA2, '10.1.11.7')).toMatchObject({ ok: false, reason: 'LoadBalancerSecurityGroupDenied' });
  });

  it('connections see SetSecurityGroups and rule changes at once; open connections stay open', () => {
    const t = buildGuardedPath();
    const p = t.cloud.ec2(t.provider.identity);
    const elb = t.cloud.elbv2(t.provider.identity);
    const open = p.createSecurityGroup({ GroupName: 'open', Description: 'admits the consumer VPC', VpcId: t.provider.vpcId }).GroupId;
    admit(t, '10.1.0.0/16', 443, open);
    expect(connect(t, t.consumer.subnetA2).ok).toBe(false);
    elb.setSecurityGroups({ LoadBalancerArn: t.loadBalancerArn, SecurityGroups: [t.groupId, open] });
    const kept = t.cloud.connect({ from: from(t.consumer.subnetA2), host: t.regionalName, port: 443 });
    expect(kept).toMatchObject({ ok: true });
    elb.setSecurityGroups({ LoadBalancerArn: t.loadBalancerArn, SecurityGroups: [t.groupId] });
    expect(connect(t, t.consumer.subnetA2)).toMatchObject({ ok: false, reason: 'LoadBalancerSecurityGroupDenied' });
    expect(t.cloud.connections().map((c) => c.id)).toEqual(kept.ok ? [kept.connection.id] : []);
    admit(t, '10.1.11.0/24');
    expect(connect(t, t.consumer.subnetA2)).toMatchObject({ ok: true });
    p.revokeSecurityGroupIngress({ GroupId: t.groupId, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '10.1.11.0/24' }] }] });
    expect(connect(t, t.consumer.subnetA2)).toMatchObject({ ok: false, reason: 'LoadBalancerSecurityGroupDenied' });
  });

  it('the endpoint\'s own groups are checked first (SecurityGroupDenied)', () => {
    const t = buildGuardedPath();
    const c = t.cloud.ec2(t.consumer.identity);
    c.revokeSecurityGroupIngress({ GroupId: t.consumer.defaultSecurityGroupId, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '10.0.0.0/8' }] }] });
    // a host outside the default group, so its self-reference does not admit it either
    const other = c.createSecurityGroup({ GroupName: 'other', Description: 'not admitted', VpcId: t.consumer.vpcId }).GroupId;
    const r = t.cloud.connect({ from: { ...from(t.consumer.subnetA2, '10.1.11.7'), securityGroupIds: [other] }, host: t.regionalName, port: 443 });
    expect(r).toMatchObject({ ok: false, reason: 'SecurityGroupDenied' });
  });

  it('an on-premises client is seen by its own address too', () => {
    const t = buildGuardedPath();
    const { NetworkId } = t.cloud.network.attachOnPremisesNetwork({ accountId: CONSUMER, region: 'us-east-1', vpcId: t.consumer.vpcId, cidrBlock: '192.168.0.0/16', link: 'direct-connect' });
    t.cloud.ec2(t.consumer.identity).authorizeSecurityGroupIngress({
      GroupId: t.consumer.defaultSecurityGroupId,
      IpPermissions: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '192.168.0.0/16' }] }],
    });
    const office = { from: { accountId: CONSUMER, network: NetworkId, ip: '192.168.4.4' }, host: t.regionalName, port: 443 };
    admit(t, '10.1.0.0/16');
    expect(t.cloud.connect(office)).toMatchObject({ ok: false, reason: 'LoadBalancerSecurityGroupDenied' });
    admit(t, '192.168.4.0/24');
    expect(t.cloud.connect(office)).toMatchObject({ ok: true });
  });
});
