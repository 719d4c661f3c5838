/**
 * Endpoints wired to one NLB node share that node's compiled port routes (targets and their
 * frozen views) and endpoints with the same security groups share compiled rules: what keeps
 * a world of many endpoints cheap to route through. Observable as one `Connection.target`
 * object per target, whichever endpoint a connection came through; and the sharing must not
 * leak across world versions (a change recompiles).
 */
import { describe, expect, it } from 'vitest';
import { RouteParts } from '../../src/data-plane/route-parts.js';
import { regionOf } from '../../src/world/world.js';
import { CONSUMER } from '../fixtures/topology.js';
import { buildDataPath } from './fixtures.js';

describe('shared route parts', () => {
  it('two endpoints behind one node hand out the same target object', () => {
    const t = buildDataPath();
    const ec2 = t.cloud.ec2(t.consumer.identity);
    const second = ec2.createVpcEndpoint({ VpcEndpointType: 'Interface', ServiceName: t.provider.serviceName, VpcId: t.consumer.vpcId, SubnetIds: [t.consumer.subnetA] }).VpcEndpoint;
    const name = ec2.describeVpcEndpoints({ VpcEndpointIds: [second.VpcEndpointId ?? ''] }).VpcEndpoints[0]?.DnsEntries?.[0]?.DnsName ?? '';
    const from = { accountId: CONSUMER, subnetId: t.consumer.subnetA };
    const a = t.cloud.connect({ from, host: t.zonalNames['use1-az2'] ?? '', port: 443 });
    const b = t.cloud.connect({ from, host: name, port: 443 });
    if (!a.ok || !b.ok) throw new Error('expected both to open');
    expect(b.connection.endpointId).not.toBe(a.connection.endpointId);
    expect(b.connection.target).toEqual({ id: '10.0.1.10', ip: '10.0.1.10', port: 8080, availabilityZoneId: 'use1-az2' });
    expect(b.connection.target).toBe(a.connection.target);
    expect(Object.isFrozen(b.connection.target)).toBe(true);
  });

  it('a world change recompiles: a target turned unhealthy stops receiving through every endpoint', () => {
    const t = buildDataPath();
    const from = { accountId: CONSUMER, subnetId: t.consumer.subnetA };
    const host = t.zonalNames['use1-az2'] ?? '';
    expect(t.cloud.connect({ from, host, port: 443 }).ok).toBe(true);
    t.cloud.faults.setTargetHealth(t.targetGroupArn, { Id: '10.0.1.10', Port: 8080 }, 'unhealthy');
    expect(t.cloud.connect({ from, host, port: 443 })).toMatchObject({ ok: false, reason: 'NoHealthyTarget' });
    t.cloud.faults.setTargetHealth(t.targetGroupArn, { Id: '10.0.1.10', Port: 8080 }, 'healthy');
    expect(t.cloud.connect({ from, host, port: 443 }).ok).toBe(true);
  });

  it('names that are Object.prototype members resolve like any other name (nowhere), twice', () => {
    const t = buildDataPath();
    const from = { accountId: CONSUMER, subnetId: t.consumer.subnetA };
    for (const host of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', '0']) {
      for (let i = 0; i < 2; i++) expect(t.cloud.connect({ from, host, port: 443 })).toMatchObject({ ok: false, reason: 'NameNotResolved' });
    }
    expect(t.cloud.connect({ from, host: t.regionalName, port: 443 }).ok).toBe(true);
  });

  it('an endpoint without subnets has no interface: NotReachable, as before any sharing', () => {
    const t = buildDataPath();
    const ec2 = t.cloud.ec2(t.consumer.identity);
    const bare = ec2.createVpcEndpoint({ VpcEndpointType: 'Interface', ServiceName: t.provider.serviceName, VpcId: t.consumer.vpcId, SubnetIds: [] }).VpcEndpoint;
    const name = ec2.describeVpcEndpoints({ VpcEndpointIds: [bare.VpcEndpointId ?? ''] }).VpcEndpoints[0]?.DnsEntries?.[0]?.DnsName ?? '';
    const r = t.cloud.connect({ from: { accountId: CONSUMER, subnetId: t.consumer.subnetA }, host: name, port: 443 });
    expect(r).toMatchObject({ ok: false, reason: 'NotReachable' });
  });

  it('RouteParts keys each part by what decides it, and clear() forgets them', () => {
    const t = buildDataPath();
    const parts = new RouteParts();
    const lb = t.provider.loadBalancerArn;
    let compiled = 0;
    const compile = (zoneId: string) => () => {
      compiled++;
      return { zoneId, up: true, loadBalancerArn: lb, nodeIp: 1, nodeIpText: '0.0.0.1', crossZone: false, rules: null, ports: new Map() };
    };
    const node = parts.node(lb, 'use1-az2', compile('use1-az2'));
    expect(parts.node(lb, 'use1-az2', compile('use1-az2'))).toBe(node);
    expect(compiled).toBe(1);
    expect(parts.node(lb, 'use1-az3', compile('use1-az3'))).not.toBe(node);
    expect(parts.node('arn:other', 'use1-az2', compile('use1-az2'))).not.toBe(node);
    expect(compiled).toBe(3);
    const state = regionOf(t.cloud.world, 'us-east-1');
    const group = t.consumer.defaultSecurityGroupId;
    const rules = parts.ingressRules('us-east-1', state, [group]);
    expect(rules.length).toBeGreaterThan(0);
    expect(parts.ingressRules('us-east-1', state, [group])).toBe(rules);
    expect(parts.ingressRules('us-east-1', state, [])).toEqual([]);
    expect(parts.path('vpc-1', 'subnet-1')).toBeUndefined();
    parts.setPath('vpc-1', 'subnet-1', null);
    expect(parts.path('vpc-1', 'subnet-1')).toBeNull();
    parts.setPath('vpc-1', 'subnet-2', { kind: 'same-vpc' });
    expect(parts.path('vpc-1', 'subnet-2')).toEqual({ kind: 'same-vpc' });
    parts.clear();
    expect(parts.node(lb, 'use1-az2', compile('use1-az2'))).not.toBe(node);
    expect(parts.ingressRules('us-east-1', state, [group])).not.toBe(rules);
    expect(parts.path('vpc-1', 'subnet-2')).toBeUndefined();
  });
});
