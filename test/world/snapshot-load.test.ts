import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getRow, putRow, rows } from '../../src/core/table.js';
import { createCloud, isCloudError, type Cloud, type World } from '../../src/index.js';
import { checkInvariants } from '../../src/testing/index.js';
import { CONSUMER, PROVIDER, runScenario, SCENARIO_ACCOUNTS } from '../fixtures/snapshot-scenario.js';

const OPTIONS = { seed: 'snapshot-scenario', accounts: SCENARIO_ACCOUNTS, timing: { endpointDeletionMs: 0, dnsVerificationMs: 600_000 } } as const;

function scenario(): Cloud {
  const cloud = createCloud(OPTIONS);
  runScenario(cloud);
  return cloud;
}

const base = scenario();
const text = JSON.stringify(base.snapshot());
const copy = (): World => JSON.parse(text) as World;
const region = (w: World) => w.regions['us-east-1'] ?? (undefined as never);

/** The message of the error `createCloud({ from })` throws for `snapshot`. */
function refusal(snapshot: unknown): string {
  try {
    createCloud({ from: snapshot as World });
  } catch (error) {
    expect(isCloudError(error) && error.code).toBe('InvalidParameterValue');
    return (error as Error).message;
  }
  throw new Error('the snapshot was accepted');
}

function views(cloud: Cloud): string {
  return JSON.stringify(
    [PROVIDER, CONSUMER].map((id) => [
      cloud.ec2(id).describeVpcs(),
      cloud.ec2(id).describeSubnets(),
      cloud.ec2(id).describeSecurityGroups(),
      cloud.ec2(id).describeVpcEndpoints(),
      cloud.ec2(id).describeVpcPeeringConnections(),
      cloud.ec2(id).describeNetworkInterfaces(),
      cloud.elbv2(id).describeLoadBalancers(),
      cloud.elbv2(id).describeTargetGroups(),
    ]),
  );
}

describe('restoring a snapshot', () => {
  it('round-trips through JSON byte for byte, and the restored world keeps every invariant', () => {
    const restored = createCloud({ from: copy() });
    expect(JSON.stringify(restored.snapshot())).toBe(text);
    expect(checkInvariants(restored)).toEqual([]);
  });

  it('restores a world as immutable as any other, sharing nothing with the input', () => {
    const input = copy();
    const restored = createCloud({ from: input });
    const vpcs = region(restored.world).vpcs;
    expect(Object.isFrozen(restored.world)).toBe(true);
    expect(Object.isFrozen(vpcs)).toBe(true);
    expect(Object.isFrozen(region(restored.world).vpcEndpoints.root)).toBe(true);
    expect(region(restored.world)).not.toBe(region(input));
    region(input).vpcs.count = 99;
    expect(restored.world.regions['us-east-1']?.vpcs.count).not.toBe(99);
  });

  it("restores a world the model made as it is (nothing to validate), and validates a copy of one", () => {
    const fork = createCloud({ from: base.world });
    expect(fork.world).toBe(base.world);
    expect(createCloud({ from: fork.world }).world).toBe(base.world);
    // Forks are independent: a write to one is not seen by the other.
    const VpcId = fork.ec2(CONSUMER).describeVpcs().Vpcs[0]?.VpcId ?? '';
    fork.ec2(CONSUMER).createSecurityGroup({ GroupName: 'fork-only', Description: 'only in the fork', VpcId });
    expect(base.ec2(CONSUMER).describeSecurityGroups({ Filters: [{ Name: 'group-name', Values: ['fork-only'] }] }).SecurityGroups).toEqual([]);
    expect(fork.world).not.toBe(base.world);
    expect(createCloud({ from: fork.world }).world).toBe(fork.world);
    // A look-alike (a shallow copy of a world the model made) is no such world: validated.
    const lookAlike = { ...base.world, sequence: -1 } as World;
    expect(refusal(lookAlike)).toMatch(/\$\.sequence must be between 0 and/);
  });

  it('reads a format 1 snapshot (saved by 0.1.0): the same world, now in format 2', () => {
    const v1: unknown = JSON.parse(readFileSync(new URL('../fixtures/snapshot-v1.json', import.meta.url), 'utf8'));
    expect((v1 as { formatVersion: number }).formatVersion).toBe(1);
    const restored = createCloud({ from: v1 as World });
    expect(restored.world.formatVersion).toBe(2);
    expect(views(restored)).toBe(views(base));
    expect(restored.publicDns.lookup('_probe.example.com', 'TXT')).toEqual(['hello']);
    expect(checkInvariants(restored)).toEqual([]);
    const again = JSON.stringify(restored.snapshot());
    expect(JSON.stringify(createCloud({ from: JSON.parse(again) as World }).snapshot())).toBe(again);
  });

  it('refuses a format it does not know, and what is not a world at all', () => {
    expect(refusal({ ...copy(), formatVersion: 3 })).toMatch(/\$\.formatVersion is 3; this version reads formats 1 and 2/);
    expect(refusal(null)).toMatch(/\$ must be an object/);
    expect(refusal([])).toMatch(/\$ must be an object/);
    expect(refusal('{}')).toMatch(/\$ must be an object/);
    const { timers: _timers, ...noTimers } = copy();
    expect(refusal(noTimers)).toMatch(/\$\.timers is missing/);
    expect(refusal({ ...copy(), extra: 1 })).toMatch(/\$\.extra is not a field of this record/);
  });

  it('refuses a sequence that would not keep minting new ids, and a clock no Date can show', () => {
    expect(refusal({ ...copy(), sequence: Number.NaN })).toMatch(/\$\.sequence must be a finite number/);
    expect(refusal({ ...copy(), sequence: 2 ** 53 })).toMatch(/\$\.sequence must be between 0 and 4503599627370496/);
    expect(refusal({ ...copy(), sequence: -1 })).toMatch(/\$\.sequence must be between/);
    expect(refusal({ ...copy(), now: Number.POSITIVE_INFINITY })).toMatch(/\$\.now must be a finite number/);
    expect(refusal({ ...copy(), now: 9e15 })).toMatch(/\$\.now must be between/);
  });

  it('mints past ids already in use when a snapshot sets its sequence back', () => {
    const restored = createCloud({ from: { ...copy(), sequence: 0 } });
    const before = restored.ec2(PROVIDER).describeVpcs().Vpcs.map((v) => v.VpcId);
    const vpc = restored.ec2(PROVIDER).createVpc({ CidrBlock: '10.9.0.0/16' }).Vpc.VpcId;
    expect(before).not.toContain(vpc);
    expect(restored.ec2(PROVIDER).describeVpcs().Vpcs.map((v) => v.VpcId).sort()).toEqual([...before, vpc].sort());
  });

  it('names the path of a bad field deep in a table', () => {
    const w = copy();
    const vpcId = base.ec2(PROVIDER).describeVpcs().Vpcs[0]?.VpcId ?? '';
    const vpc = getRow(region(w).vpcs, vpcId);
    if (vpc === undefined) throw new Error('no vpc');
    vpc.CidrBlock = '10.0.0.1/16';
    expect(refusal(w)).toBe(`The snapshot is not a privatelink-model world: $.regions["us-east-1"].vpcs["${vpcId}"].CidrBlock must be an IPv4 CIDR block in canonical form, found the string "10.0.0.1/16"`);
  });

  it('refuses an identity policy that cloud.iam.putPrincipalPolicy would refuse (an empty Action list)', () => {
    const w = copy();
    const policy = getRow(getRow(w.iamPolicies, 'arn:aws:iam::222222222222:role/dev') ?? (undefined as never), 'guard');
    if (policy === undefined) throw new Error('no policy');
    const statement = Array.isArray(policy.Statement) ? policy.Statement[0] : policy.Statement;
    if (statement === undefined) throw new Error('no statement');
    statement.Action = [];
    expect(refusal(w)).toMatch(/Action holds 0 items, at least 1 required$/);
    expect(() => createCloud().iam.putPrincipalPolicy('arn:aws:iam::222222222222:role/dev', { Statement: [{ Effect: 'Deny', Action: [] }] })).toThrow(/Action must be a string or a list of strings/);
  });

  it("keeps a network interface's tags, checks them, and starts format 1's interfaces untagged", () => {
    const eniId = base.ec2(CONSUMER).describeNetworkInterfaces().NetworkInterfaces[0]?.NetworkInterfaceId ?? '';
    const w = copy();
    const eni = getRow(region(w).networkInterfaces, eniId);
    if (eni === undefined) throw new Error('no interface');
    eni.Tags = [{ Key: 'team', Value: 'blue' }];
    const restored = createCloud({ from: w });
    expect(restored.ec2(CONSUMER).describeNetworkInterfaces({ NetworkInterfaceIds: [eniId] }).NetworkInterfaces[0]?.TagSet).toEqual([{ Key: 'team', Value: 'blue' }]);
    (eni as { Tags: unknown }).Tags = [{ Key: 'team' }];
    expect(refusal(w)).toMatch(new RegExp(`\\$\\.regions\\["us-east-1"\\]\\.networkInterfaces\\["${eniId}"\\]\\.Tags\\[0\\]\\.Value is missing`));
    delete (eni as { Tags?: unknown }).Tags;
    expect(refusal(w)).toMatch(/networkInterfaces\["eni-[0-9a-f]+"\]\.Tags is missing/);
    const v1: unknown = JSON.parse(readFileSync(new URL('../fixtures/snapshot-v1.json', import.meta.url), 'utf8'));
    const fromV1 = createCloud({ from: v1 as World });
    const tagSets = [PROVIDER, CONSUMER].flatMap((id) => fromV1.ec2(id).describeNetworkInterfaces().NetworkInterfaces.map((n) => n.TagSet));
    expect(tagSets.length).toBeGreaterThan(0);
    expect(tagSets.every((t) => t.length === 0)).toBe(true);
  });

  it('refuses dangling references and indexes that disagree with their records', () => {
    const endpointId = base.ec2(CONSUMER).describeVpcEndpoints().VpcEndpoints.find((e) => e.State === 'available')?.VpcEndpointId ?? '';
    const serviceId = base.ec2(PROVIDER).describeVpcEndpointServiceConfigurations().ServiceConfigurations[0]?.ServiceId ?? '';
    const w = copy();
    const endpoint = getRow(region(w).vpcEndpoints, endpointId);
    if (endpoint === undefined) throw new Error('no endpoint');
    endpoint.ServiceId = 'vpce-svc-0123456789abcdef0';
    endpoint.ServiceName = `com.amazonaws.vpce.us-east-1.${endpoint.ServiceId}`;
    // Whichever record is read first says it: the service's connection list, or the endpoint.
    expect(refusal(w)).toMatch(/refers to endpoint service vpce-svc-0123456789abcdef0, which the snapshot does not hold|records vpce-[0-9a-f]+ of 222222222222, which is not its endpoint/);
    const counted = copy();
    const group = getRow(region(counted).securityGroups, getRow(region(counted).vpcs, endpoint.VpcId)?.defaultSecurityGroupId ?? '');
    if (group === undefined) throw new Error('no group');
    group.userCount += 1;
    expect(refusal(counted)).toMatch(/userCount does not count the interfaces and endpoints using the group/);
    const unlisted = copy();
    const service = getRow(region(unlisted).endpointServices, serviceId);
    if (service === undefined) throw new Error('no service');
    service.NetworkLoadBalancerArns = [];
    expect(refusal(unlisted)).toMatch(/says vpce-svc-[0-9a-f]+ uses it, which it does not/);
  });

  it('gives a format 1 NLB with security groups AWS\'s default PrivateLink enforcement, on', () => {
    const v1: unknown = JSON.parse(readFileSync(new URL('../fixtures/snapshot-v1.json', import.meta.url), 'utf8'));
    const restored = createCloud({ from: v1 as World });
    const lbs = [...rows(region(restored.world).loadBalancers)];
    expect(lbs.some((lb) => lb.SecurityGroups.length > 0)).toBe(true);
    for (const lb of lbs) expect(lb.EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic).toBe(lb.SecurityGroups.length > 0 ? 'on' : undefined);
  });

  it('refuses an NLB whose PrivateLink enforcement disagrees with its groups, or whose nodes lack its groups', () => {
    const lbArn = base.elbv2(PROVIDER).describeLoadBalancers().LoadBalancers[0]?.LoadBalancerArn ?? '';
    const lbOf = (w: World) => {
      const lb = getRow(region(w).loadBalancers, lbArn);
      if (lb === undefined) throw new Error('no load balancer');
      return lb;
    };
    const bad = copy();
    (lbOf(bad) as { EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic?: string }).EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic = 'maybe';
    expect(refusal(bad)).toMatch(/EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic must be one of/);
    const missing = copy();
    delete lbOf(missing).EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic;
    expect(refusal(missing)).toMatch(/EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic is set exactly when the load balancer has security groups/);
    const bare = copy();
    const node = lbOf(bare).nodes[0];
    const eni = getRow(region(bare).networkInterfaces, node?.NetworkInterfaceId ?? '');
    if (eni === undefined) throw new Error('no node interface');
    eni.Groups = [];
    expect(refusal(bare)).toMatch(/does not carry its security groups|userCount/);
  });

  it('refuses a row filed under a key its hash does not lead to', () => {
    const w = copy();
    const vpcId = base.ec2(PROVIDER).describeVpcs().Vpcs[0]?.VpcId ?? '';
    const vpc = getRow(region(w).vpcs, vpcId);
    // The same row under a made-up key: the key is not its id.
    putRow(region(w).vpcs, 'vpc-0000000000000000a', vpc);
    expect(refusal(w)).toMatch(/is filed under a key that is not its own|does not hash to|holds \d+ rows/);
  });

  it('refuses what JSON cannot carry: holes, cycles, accessors, symbols, class instances, BigInts', () => {
    const holes = copy() as unknown as { timers: { chunks: unknown[] } };
    holes.timers.chunks = new Array(2);
    expect(refusal(holes)).toMatch(/\$\.timers\.chunks has holes/);
    const cycle = copy();
    const branch: unknown[] = new Array(16).fill(0);
    branch[0] = branch;
    (region(cycle).vpcs as unknown as { root: unknown }).root = branch;
    expect(refusal(cycle)).toMatch(/\.vpcs\.root\[0\] refers back to an object that contains it \(a cycle\)/);
    const getter = copy();
    Object.defineProperty(getter, 'seed', { get: () => 'x', enumerable: true });
    expect(refusal(getter)).toMatch(/\$\.seed is an accessor, not data/);
    const symbol = { ...copy(), [Symbol('x')]: 1 };
    expect(refusal(symbol)).toMatch(/\$ has symbol keys/);
    expect(refusal({ ...copy(), timings: new (class Timings {})() })).toMatch(/\$\.timings must be a plain object/);
    expect(refusal({ ...copy(), now: 10n })).toMatch(/\$\.now must be a finite number, found bigint 10/);
  });

  it('keeps a key named __proto__ a key, and refuses it where no such key belongs', () => {
    const w = JSON.parse(text.replace('"failedZones":{', '"failedZones":{"__proto__":true,')) as World;
    expect(Object.hasOwn(w.failedZones, '__proto__')).toBe(true);
    expect(refusal(w)).toMatch(/\$\.failedZones\.__proto__ must be '<region>\/<zone id>'/);
    expect(Object.prototype).not.toHaveProperty('true');
  });
});
