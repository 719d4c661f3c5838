import { decode as balenaDecode } from '@balena/proxy-protocol-parser';
import { describe, expect, it } from 'vitest';
import { CloudError } from '../../src/index.js';
import { CONSUMER } from '../fixtures/topology.js';
import { buildDataPath } from './fixtures.js';

const from = (subnetId: string, extra: Record<string, unknown> = {}) => ({ accountId: CONSUMER, subnetId, ...extra });

describe('connect through an interface endpoint', () => {
  it('reaches a target in the endpoint interface\'s AZ; the target sees the NLB node\'s address', () => {
    const t = buildDataPath();
    const r = t.cloud.connect({ from: from(t.consumer.subnetA), host: t.regionalName, port: 443 });
    if (!r.ok) throw new Error(r.message);
    const c = r.connection;
    expect(c.endpointId).toBe(t.endpointId);
    expect(c.loadBalancerArn).toBe(t.provider.loadBalancerArn);
    expect(c.seenSourceIp).toBe(c.nodeIp);
    expect(c.seenSourceIp).not.toBe(c.consumer.ip);
    expect(c.target.availabilityZoneId).toBe(c.availabilityZoneId);
    expect(c.crossZone).toBe(false);
    expect(c.target.port).toBe(8080);
    expect(c.proxyProtocolHeader).toBeUndefined();
    expect(c.path).toEqual({ kind: 'same-vpc' });
    expect(t.cloud.connections()).toEqual([c]);
    expect(t.cloud.close(c.id)).toBe(true);
    expect(t.cloud.close(c.id)).toBe(false);
    expect(t.cloud.connections()).toEqual([]);
  });

  it('a flow keeps its target: the same 5-tuple lands on the same target', () => {
    const t = buildDataPath({ crossZone: true });
    const open = (port: number) => {
      const r = t.cloud.connect({ from: from(t.consumer.subnetA, { port }), host: t.regionalName, port: 443 });
      if (!r.ok) throw new Error(r.message);
      t.cloud.close(r.connection.id);
      return `${r.connection.availabilityZoneId}/${r.connection.target.ip}`;
    };
    for (const port of [40000, 40001, 40002, 51234]) expect(open(port)).toBe(open(port));
    const spread = new Set(Array.from({ length: 40 }, (_, i) => open(41000 + i)));
    expect(spread.size).toBeGreaterThan(1);
  });

  it('a zonal name pins the AZ', () => {
    const t = buildDataPath();
    for (const [zoneId, host] of Object.entries(t.zonalNames)) {
      for (let i = 0; i < 5; i++) {
        const r = t.cloud.connect({ from: from(t.consumer.subnetA), host, port: 443 });
        expect(r.ok && r.connection.availabilityZoneId).toBe(zoneId);
      }
    }
  });

  it('carries a proxy protocol v2 header that an independent parser decodes', () => {
    const t = buildDataPath({ proxyProtocol: true });
    const r = t.cloud.connect({ from: from(t.consumer.subnetA, { ip: '10.1.1.77', port: 50000 }), host: t.zonalNames['use1-az2'] ?? '', port: 443 });
    if (!r.ok) throw new Error(r.message);
    const header = r.connection.proxyProtocolHeader;
    if (header === undefined) throw new Error('expected a header');
    expect(balenaDecode(Buffer.from(header))).toMatchObject({
      remoteAddress: '10.1.1.77',
      remotePort: 50000,
      localAddress: r.connection.endpointIp,
      localPort: 443,
    });
    // AWS TLV: type 0xEA, length, subtype 0x01, then the endpoint id in ASCII.
    const tlv = header.subarray(28);
    expect(tlv[0]).toBe(0xea);
    expect((tlv[1] ?? 0) * 256 + (tlv[2] ?? 0)).toBe(1 + t.endpointId.length);
    expect(tlv[3]).toBe(0x01);
    expect(Buffer.from(tlv.subarray(4)).toString('ascii')).toBe(t.endpointId);
  });
});

describe('failures are results', () => {
  it('NameNotResolved for a name that is not an endpoint\'s', () => {
    const t = buildDataPath();
    const r = t.cloud.connect({ from: from(t.consumer.subnetA), host: 'api.example.com', port: 443 });
    expect(r).toMatchObject({ ok: false, reason: 'NameNotResolved' });
    const wrongSuffix = t.regionalName.replace(/-[a-z0-9]{8}\./, '-zzzzzzzz.');
    expect(t.cloud.connect({ from: from(t.consumer.subnetA), host: wrongSuffix, port: 443 })).toMatchObject({ reason: 'NameNotResolved' });
  });

  it('NoListener for a port the NLB does not listen on', () => {
    const t = buildDataPath();
    expect(t.cloud.connect({ from: from(t.consumer.subnetA), host: t.regionalName, port: 80 })).toMatchObject({ ok: false, reason: 'NoListener' });
  });

  it('SecurityGroupDenied when the endpoint\'s groups do not admit the source', () => {
    const t = buildDataPath();
    const ec2 = t.cloud.ec2(t.consumer.identity);
    const { GroupId } = ec2.createSecurityGroup({ GroupName: 'other', Description: 'not admitted', VpcId: t.consumer.vpcId });
    const r = t.cloud.connect({ from: from(t.consumer.subnetA, { ip: '10.1.1.9', securityGroupIds: [GroupId] }), host: t.regionalName, port: 443 });
    expect(r).toMatchObject({ ok: true });
    ec2.revokeSecurityGroupIngress({
      GroupId: t.consumer.defaultSecurityGroupId,
      IpPermissions: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '10.0.0.0/8' }] }],
    });
    const denied = t.cloud.connect({ from: from(t.consumer.subnetA, { ip: '10.1.1.9', securityGroupIds: [GroupId] }), host: t.regionalName, port: 443 });
    expect(denied).toMatchObject({ ok: false, reason: 'SecurityGroupDenied' });
    // members of the default group are still admitted by its self-reference
    expect(t.cloud.connect({ from: from(t.consumer.subnetA), host: t.regionalName, port: 443 })).toMatchObject({ ok: true });
  });

  it('EndpointNotAvailable while the connection awaits acceptance', () => {
    const t = buildDataPath({ acceptanceRequired: true });
    const r = t.cloud.connect({ from: from(t.consumer.subnetA), host: t.regionalName, port: 443 });
    expect(r).toMatchObject({ ok: false, reason: 'EndpointNotAvailable' });
    t.cloud.ec2(t.provider.identity).acceptVpcEndpointConnections({ ServiceId: t.provider.serviceId, VpcEndpointIds: [t.endpointId] });
    expect(t.cloud.connect({ from: from(t.consumer.subnetA), host: t.regionalName, port: 443 })).toMatchObject({ ok: true });
  });

  it('NotReachable from a VPC with no path, until it is peered', () => {
    const t = buildDataPath();
    const ec2 = t.cloud.ec2(t.consumer.identity);
    const other = ec2.createVpc({ CidrBlock: '10.7.0.0/16' }).Vpc.VpcId;
    const subnet = ec2.createSubnet({ VpcId: other, CidrBlock: '10.7.1.0/24', AvailabilityZoneId: 'use1-az2' }).Subnet.SubnetId;
    expect(t.cloud.connect({ from: from(subnet), host: t.regionalName, port: 443 })).toMatchObject({ ok: false, reason: 'NotReachable' });
    const pcx = ec2.createVpcPeeringConnection({ VpcId: other, PeerVpcId: t.consumer.vpcId }).VpcPeeringConnection.VpcPeeringConnectionId ?? '';
    ec2.acceptVpcPeeringConnection({ VpcPeeringConnectionId: pcx });
    const r = t.cloud.connect({ from: from(subnet), host: t.regionalName, port: 443 });
    expect(r).toMatchObject({ ok: true, connection: { path: { kind: 'peering', vpcPeeringConnectionId: pcx } } });
    ec2.deleteVpcPeeringConnection({ VpcPeeringConnectionId: pcx });
    expect(t.cloud.connections()).toEqual([]);
  });

  it('on-premises hosts reach the endpoint over an attached Direct Connect or VPN link', () => {
    const t = buildDataPath();
    const { NetworkId } = t.cloud.network.attachOnPremisesNetwork({
      accountId: CONSUMER,
      region: 'us-east-1',
      vpcId: t.consumer.vpcId,
      cidrBlock: '192.168.0.0/16',
      link: 'site-to-site-vpn',
    });
    const host = { from: { accountId: CONSUMER, network: NetworkId, ip: '192.168.4.4' }, host: t.regionalName, port: 443 };
    // the endpoint's groups admit the VPC's own range only, so far
    expect(t.cloud.connect(host)).toMatchObject({ ok: false, reason: 'SecurityGroupDenied' });
    t.cloud.ec2(t.consumer.identity).authorizeSecurityGroupIngress({
      GroupId: t.consumer.defaultSecurityGroupId,
      IpPermissions: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '192.168.0.0/16' }] }],
    });
    const r = t.cloud.connect({ from: { accountId: CONSUMER, network: NetworkId, ip: '192.168.4.4' }, host: t.regionalName, port: 443 });
    expect(r).toMatchObject({ ok: true, connection: { path: { kind: 'on-premises', networkId: NetworkId, link: 'site-to-site-vpn' } } });
    t.cloud.network.detachOnPremisesNetwork({ accountId: CONSUMER, region: 'us-east-1', networkId: NetworkId });
    expect(t.cloud.connections()).toEqual([]);
  });

  it('misuse is a CloudError, not a result', () => {
    const t = buildDataPath();
    expect(() => t.cloud.connect({ from: from('subnet-0123456789abcdef0'), host: t.regionalName, port: 443 })).toThrow(CloudError);
    expect(() => t.cloud.connect({ from: from(t.consumer.subnetA, { ip: '10.9.9.9' }), host: t.regionalName, port: 443 })).toThrow(CloudError);
    expect(() => t.cloud.connect({ from: from(t.consumer.subnetA), host: t.regionalName, port: 0 })).toThrow(CloudError);
    expect(() => t.cloud.connect({ from: { accountId: 'nope', subnetId: t.consumer.subnetA }, host: t.regionalName, port: 443 })).toThrow(CloudError);
    // another account's subnet is not the caller's
    expect(() => t.cloud.connect({ from: { accountId: '111111111111', subnetId: t.consumer.subnetA }, host: t.regionalName, port: 443 })).toThrow(CloudError);
    expect(() => t.cloud.close('1' as unknown as number)).toThrow(CloudError);
  });
});
