import { describe, expect, it } from 'vitest';
import { CONSUMER } from '../fixtures/topology.js';
import { enableConsumerDnsHostnames, verifyPrivateDnsName } from '../fixtures/topology.js';
import { buildDataPath } from './fixtures.js';

const from = (subnetId: string, port?: number) => ({ accountId: CONSUMER, subnetId, ...(port === undefined ? {} : { port }) });
const AZ2 = 'use1-az2';
const AZ3 = 'use1-az3';

describe('cross-zone load balancing and failures', () => {
  it('without cross-zone, a zone whose targets are unhealthy fails for its zonal name; the regional name fails over', () => {
    const t = buildDataPath();
    t.cloud.faults.setTargetHealth(t.targetGroupArn, { Id: '10.0.1.10', Port: 8080 }, 'unhealthy');
    expect(t.cloud.connect({ from: from(t.consumer.subnetA), host: t.zonalNames[AZ2] ?? '', port: 443 })).toMatchObject({
      ok: false,
      reason: 'NoHealthyTarget',
    });
    for (let i = 0; i < 10; i++) {
      const r = t.cloud.connect({ from: from(t.consumer.subnetA, 40000 + i), host: t.regionalName, port: 443 });
      expect(r.ok && r.connection.availabilityZoneId).toBe(AZ3);
    }
  });

  it('with cross-zone, the zonal name of a zone without healthy targets is served from the other zone', () => {
    const t = buildDataPath({ crossZone: true });
    t.cloud.faults.setTargetHealth(t.targetGroupArn, { Id: '10.0.1.10', Port: 8080 }, 'unhealthy');
    const r = t.cloud.connect({ from: from(t.consumer.subnetA), host: t.zonalNames[AZ2] ?? '', port: 443 });
    expect(r).toMatchObject({ ok: true, connection: { availabilityZoneId: AZ2, target: { ip: '10.0.2.10', availabilityZoneId: AZ3 }, crossZone: true } });
  });

  it('with cross-zone on, flows spread over both zones\' targets and cross-zone hops are accounted', () => {
    const t = buildDataPath({ crossZone: true });
    let cross = 0;
    for (let i = 0; i < 60; i++) {
      const r = t.cloud.connect({ from: from(t.consumer.subnetA, 30000 + i), host: t.zonalNames[AZ2] ?? '', port: 443 });
      if (!r.ok) throw new Error(r.message);
      t.cloud.transfer(r.connection.id, { sent: 100, received: 50 });
      if (r.connection.crossZone) cross++;
    }
    expect(cross).toBeGreaterThan(0);
    expect(cross).toBeLessThan(60);
    expect(t.cloud.dataTransfer()).toEqual({ crossZoneBytes: cross * 150, sameZoneBytes: (60 - cross) * 150 });
  });

  it('a failed AZ takes its interfaces, nodes and targets out, and closes what ran through it', () => {
    const t = buildDataPath({ crossZone: true });
    const through = t.cloud.connect({ from: from(t.consumer.subnetA), host: t.zonalNames[AZ2] ?? '', port: 443 });
    expect(through.ok).toBe(true);
    t.cloud.faults.failAvailabilityZone('us-east-1', AZ2);
    expect(t.cloud.connections()).toEqual([]);
    expect(t.cloud.dataPlane.ports.totalInUse()).toBe(0);
    expect(t.cloud.connect({ from: from(t.consumer.subnetA), host: t.zonalNames[AZ2] ?? '', port: 443 })).toMatchObject({
      ok: false,
      reason: 'NotReachable',
    });
    for (let i = 0; i < 10; i++) {
      const r = t.cloud.connect({ from: from(t.consumer.subnetA, 41000 + i), host: t.regionalName, port: 443 });
      expect(r).toMatchObject({ ok: true, connection: { availabilityZoneId: AZ3, target: { availabilityZoneId: AZ3 } } });
    }
    t.cloud.faults.restoreAvailabilityZone('us-east-1', AZ2);
    expect(t.cloud.connect({ from: from(t.consumer.subnetA), host: t.zonalNames[AZ2] ?? '', port: 443 }).ok).toBe(true);
  });

  it('a service exists only in its region: a source elsewhere cannot reach it', () => {
    const t = buildDataPath();
    const ec2 = t.cloud.ec2({ accountId: CONSUMER, region: 'us-west-2' });
    const vpc = ec2.createVpc({ CidrBlock: '10.1.0.0/16' }).Vpc.VpcId;
    const subnet = ec2.createSubnet({ VpcId: vpc, CidrBlock: '10.1.1.0/24' }).Subnet.SubnetId;
    expect(t.cloud.connect({ from: from(subnet), host: t.regionalName, port: 443 })).toMatchObject({ ok: false, reason: 'NotReachable' });
  });
});

describe('private DNS names', () => {
  function withPrivateDns() {
    const t = buildDataPath();
    verifyPrivateDnsName(t, 'api.example.com');
    enableConsumerDnsHostnames(t);
    t.cloud.ec2(t.consumer.identity).modifyVpcEndpoint({ VpcEndpointId: t.endpointId, PrivateDnsEnabled: true });
    return t;
  }

  it('resolve inside the endpoint\'s VPC once enabled and verified', () => {
    const t = buildDataPath();
    expect(t.cloud.connect({ from: from(t.consumer.subnetA), host: 'api.example.com', port: 443 })).toMatchObject({ reason: 'NameNotResolved' });
    const p = withPrivateDns();
    expect(p.cloud.connect({ from: from(p.consumer.subnetA), host: 'api.example.com', port: 443 })).toMatchObject({
      ok: true,
      connection: { endpointId: p.endpointId },
    });
    expect(p.cloud.connect({ from: from(p.consumer.subnetA), host: 'API.Example.com.', port: 443 }).ok).toBe(true);
  });

  it('do not resolve from a peered VPC (its own resolver has no such zone)', () => {
    const t = withPrivateDns();
    const ec2 = t.cloud.ec2(t.consumer.identity);
    const other = ec2.createVpc({ CidrBlock: '10.7.0.0/16' }).Vpc.VpcId;
    const subnet = ec2.createSubnet({ VpcId: other, CidrBlock: '10.7.1.0/24', AvailabilityZoneId: 'use1-az2' }).Subnet.SubnetId;
    const pcx = ec2.createVpcPeeringConnection({ VpcId: other, PeerVpcId: t.consumer.vpcId }).VpcPeeringConnection.VpcPeeringConnectionId ?? '';
    ec2.acceptVpcPeeringConnection({ VpcPeeringConnectionId: pcx });
    expect(t.cloud.connect({ from: from(subnet), host: 'api.example.com', port: 443 })).toMatchObject({ reason: 'NameNotResolved' });
    expect(t.cloud.connect({ from: from(subnet), host: t.regionalName, port: 443 }).ok).toBe(true);
  });
});
