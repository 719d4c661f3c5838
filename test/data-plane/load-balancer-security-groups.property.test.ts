import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { createCloud, type Cloud, type ConnectResult, type World } from '../../src/index.js';
import { CONSUMER } from '../fixtures/topology.js';
import { buildGuardedPath } from './guarded-fixtures.js';

const built = buildGuardedPath();
const saved = JSON.stringify(built.cloud.snapshot());
const SUBNETS = [
  { id: built.consumer.subnetA, prefix: '10.1.1' },
  { id: built.consumer.subnetA2, prefix: '10.1.11' },
  { id: built.consumer.subnetB, prefix: '10.1.2' },
];
const CIDRS = ['10.1.11.0/24', '10.1.1.0/24', '10.1.0.0/16', '0.0.0.0/0', '192.168.0.0/16', '10.1.11.7/32', '10.1.1.9/32', '10.1.2.128/25'];

interface Rule {
  protocol: 'tcp' | '-1';
  port: number;
  cidr: string;
}

const rule: fc.Arbitrary<Rule> = fc.record({ protocol: fc.constantFrom('tcp' as const, '-1' as const), port: fc.constantFrom(443, 80, 8443), cidr: fc.constantFrom(...CIDRS) });
const source = fc.record({ subnet: fc.integer({ min: 0, max: SUBNETS.length - 1 }), host: fc.integer({ min: 4, max: 250 }), port: fc.constantFrom(443, 80) });

const toNumber = (ip: string) => ip.split('.').reduce((n, part) => n * 256 + Number(part), 0);

/** The test's own reading of the rules: a CIDR holding the address, TCP on the port or all traffic. */
function admits(rules: readonly Rule[], ip: string, port: number): boolean {
  return rules.some((r) => {
    const [base = '', bits = '32'] = r.cidr.split('/');
    const size = 2 ** (32 - Number(bits));
    const start = toNumber(base);
    return (r.protocol === '-1' || r.port === port) && toNumber(ip) >= start && toNumber(ip) < start + size;
  });
}

function outcome(cloud: Cloud, subnetId: string, ip: string, port: number): string {
  const r: ConnectResult = cloud.connect({ from: { accountId: CONSUMER, subnetId, ip }, host: built.regionalName, port });
  if (!r.ok) return r.reason;
  cloud.close(r.connection.id);
  return 'ok';
}

test.prop([fc.uniqueArray(rule, { maxLength: 4, selector: (r) => `${r.protocol === '-1' ? 'all' : r.port} ${r.cidr}` }), fc.array(source, { minLength: 1, maxLength: 6 })], { numRuns: 40 })(
  'off: the NLB\'s groups never change an outcome; on: the same outcome when a rule admits the client, LoadBalancerSecurityGroupDenied when none does',
  (rules, sources) => {
    const cloud = createCloud({ from: JSON.parse(saved) as World });
    const elb = cloud.elbv2(built.provider.identity);
    const set = (enforce: 'on' | 'off') =>
      elb.setSecurityGroups({ LoadBalancerArn: built.loadBalancerArn, SecurityGroups: [built.groupId], EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic: enforce });
    const clients = sources
      .map((s) => ({ subnet: SUBNETS[s.subnet] ?? SUBNETS[0], ip: `${SUBNETS[s.subnet]?.prefix ?? '10.1.1'}.${s.host}`, port: s.port }))
      .filter((c) => !built.endpointIps.includes(c.ip));
    set('off');
    const bare = clients.map((c) => outcome(cloud, c.subnet?.id ?? '', c.ip, c.port));
    for (const r of rules) {
      cloud.ec2(built.provider.identity).authorizeSecurityGroupIngress({
        GroupId: built.groupId,
        IpPermissions: [r.protocol === '-1' ? { IpProtocol: '-1', IpRanges: [{ CidrIp: r.cidr }] } : { IpProtocol: 'tcp', FromPort: r.port, ToPort: r.port, IpRanges: [{ CidrIp: r.cidr }] }],
      });
    }
    const off = clients.map((c) => outcome(cloud, c.subnet?.id ?? '', c.ip, c.port));
    expect(off).toEqual(bare);
    set('on');
    const on = clients.map((c) => outcome(cloud, c.subnet?.id ?? '', c.ip, c.port));
    expect(on).toEqual(clients.map((c, i) => (admits(rules, c.ip, c.port) ? off[i] : 'LoadBalancerSecurityGroupDenied')));
  },
);
