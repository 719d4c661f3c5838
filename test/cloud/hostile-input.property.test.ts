/**
 * Hostile input against every registered action (iterated from the registries, so a new
 * action is attacked at once) and every model control, on a small seeded world with real
 * resources. Each call either succeeds or throws a `CloudError` whose code the model
 * declares; a failure leaves the world byte-identical; the built-in prototypes stay
 * untouched; a success leaves plain JSON data that every describe can still read.
 *
 * Runs with a fixed seed (`HOSTILE_SEED`, default below) and `HOSTILE_RUNS` runs per
 * property (default 1000 for the actions, a share of it for the rest; CI may raise it), so
 * a failure replays exactly.
 */
import { fc, test } from '@fast-check/vitest';
import { afterAll, describe, expect } from 'vitest';
import { checkInvariants } from '../../src/testing/index.js';
import { createCloud, type Cloud, type World } from '../../src/index.js';
import { describeValue } from '../../src/core/errors.js';
import { declaredErrorCodes, nonPlainData, outcomeOf, prototypeChange, prototypeFingerprint } from './hostile-oracle.js';
import { ACTIONS, anything, BASES, identity, requestFor } from './hostile-requests.js';
import { mutatedRequest } from './hostile-values.js';
import { freshCloud, hostileWorld } from './hostile-world.js';

const SEED = Number(process.env['HOSTILE_SEED'] ?? 20_260_501);
const RUNS = Number(process.env['HOSTILE_RUNS'] ?? 1000);
const params = (share: number) => ({ seed: SEED, numRuns: Math.ceil(RUNS * share) });
/** Generous: 100 ms a run (about 12 ms on a quiet machine), so a loaded CI machine does not time out. */
const TIMEOUT = RUNS * 100;

const world = hostileWorld();
const REAL = world.strings;
const CODES = declaredErrorCodes();

type Run = (cloud: Cloud, connectionId: number | undefined) => unknown;

/** A call to make and a label that says which. */
interface Call {
  label: string;
  run: Run;
}

const actionCall: fc.Arbitrary<Call> = fc.constantFrom(...ACTIONS).chain(([api, name]) =>
  fc.tuple(requestFor(name, true, api), fc.boolean()).map(([[who, input], viaFacade]) => ({
    label: `${api}:${name} ${viaFacade ? 'facade' : 'dispatch'}`,
    run: (cloud: Cloud) => {
      if (!viaFacade) return cloud.dispatch(api, name, who as never, input);
      const facade = (api === 'ec2' ? cloud.ec2(who as never) : cloud.elbv2(who as never)) as unknown as Record<string, (i: unknown) => unknown>;
      const method = facade[name.charAt(0).toLowerCase() + name.slice(1)];
      return method?.(input);
    },
  })),
);

/** Stands for the id of the run's open connection in a control's arguments. */
const CONNECTION = '$connection';

type Control = readonly [label: string, base: readonly unknown[], run: (cloud: Cloud, args: unknown[]) => unknown];

const call = (f: unknown, args: unknown[]) => (f as (...a: unknown[]) => unknown)(...args);

const { ids } = world;
const [provider, consumer] = world.identities;
const role = 'arn:aws:iam::222222222222:role/app';

/** Every model control, with a valid call to mutate. */
const CONTROLS: readonly Control[] = [
  ['publicDns.upsert', ['_x.example.com', 'TXT', 'vpce:x'], (c, a) => call(c.publicDns.upsert, a)],
  ['publicDns.remove', ['_x.example.com', 'TXT', 'vpce:x'], (c, a) => call(c.publicDns.remove, a)],
  ['publicDns.lookup', ['api.example.com', 'TXT'], (c, a) => call(c.publicDns.lookup, a)],
  ['iam.putPrincipalPolicy', [role, { Statement: [{ Effect: 'Deny', Action: 'ec2:*', Resource: '*' }] }, 'deny'], (c, a) => call(c.iam.putPrincipalPolicy, a)],
  ['iam.deletePrincipalPolicy', [role, 'default'], (c, a) => call(c.iam.deletePrincipalPolicy, a)],
  ['faults.failAvailabilityZone', ['us-east-1', 'use1-az2'], (c, a) => call(c.faults.failAvailabilityZone, a)],
  ['faults.restoreAvailabilityZone', ['us-east-1', 'use1-az2'], (c, a) => call(c.faults.restoreAvailabilityZone, a)],
  ['faults.setTargetHealth', [ids.targetGroupArn, { Id: '10.0.1.10', Port: 8080 }, 'unhealthy'], (c, a) => call(c.faults.setTargetHealth, a)],
  [
    'network.attachOnPremisesNetwork',
    [{ accountId: '222222222222', region: 'us-east-1', vpcId: ids.consumerVpc, cidrBlock: '172.16.0.0/16', link: 'site-to-site-vpn' }],
    (c, a) => call(c.network.attachOnPremisesNetwork, a),
  ],
  ['network.detachOnPremisesNetwork', [{ accountId: '222222222222', region: 'us-east-1', networkId: ids.onPremisesNetwork }], (c, a) => call(c.network.detachOnPremisesNetwork, a)],
  ['clock.advance', [60_000], (c, a) => call(c.clock.advance, a)],
  ['connect', [world.connectRequest], (c, a) => call(c.connect, a)],
  ['close', [CONNECTION], (c, a) => call(c.close, a)],
  ['transfer', [CONNECTION, { sent: 10, received: 5 }], (c, a) => call(c.transfer, a)],
  ['connections', [{ accountId: '222222222222', targetGroupArn: ids.targetGroupArn }], (c, a) => call(c.connections, a)],
  ['dataTransfer', [], (c, a) => call(c.dataTransfer, a)],
  ['dispatch', ['ec2', 'DescribeVpcs', consumer, { MaxResults: 5 }], (c, a) => call(c.dispatch, a)],
  ['ec2', [provider], (c, a) => call(c.ec2, a)],
  ['elbv2', [consumer], (c, a) => call(c.elbv2, a)],
  ['createCloud', [{ seed: 3, accounts: { '111111111111': { zones: { 'us-east-1': ['use1-az1'] } } }, timing: { endpointProvisioningMs: 5 }, startTime: 0 }], (_c, a) => call(createCloud, a)],
];

const CONTROL_FIELDS = ['accountId', 'region', 'vpcId', 'cidrBlock', 'link', 'networkId', 'from', 'host', 'port', 'subnetId', 'ip', 'securityGroupIds', 'sent', 'received', 'Statement', 'Effect', 'Action', 'Resource', 'Condition', 'Id', 'Port', 'seed', 'accounts', 'zones', 'timing', 'startTime', 'portCapacity'];

const controlCall: fc.Arbitrary<Call> = fc.constantFrom(...CONTROLS).chain(([label, base, run]) =>
  mutatedRequest({ ...base }, [...REAL, CONNECTION], CONTROL_FIELDS).map((mutated) => {
    const args = Array.from({ length: Math.max(base.length, Object.keys(mutated as object).length) }, (_, i) => (mutated as Record<number, unknown>)[i]);
    return { label, run: (cloud: Cloud, id: number | undefined) => run(cloud, args.map((a) => (a === CONNECTION ? id : a))) };
  }),
);

/** Reads every describe a caller has, as each identity: a success must leave them all working. */
function readEverything(cloud: Cloud): void {
  for (const who of world.identities.slice(0, 2)) {
    const ec2 = cloud.ec2(who);
    const elbv2 = cloud.elbv2(who);
    ec2.describeVpcs();
    ec2.describeSubnets();
    ec2.describeSecurityGroups();
    ec2.describeVpcPeeringConnections();
    ec2.describeVpcEndpoints();
    ec2.describeVpcEndpointServices();
    ec2.describeVpcEndpointServiceConfigurations();
    ec2.describeVpcEndpointConnections();
    ec2.describeVpcEndpointConnectionNotifications();
    const arns = [
      ...elbv2.describeLoadBalancers().LoadBalancers.map((lb) => lb.LoadBalancerArn ?? ''),
      ...elbv2.describeTargetGroups().TargetGroups.map((tg) => tg.TargetGroupArn ?? ''),
    ];
    for (let i = 0; i < arns.length; i += 20) elbv2.describeTags({ ResourceArns: arns.slice(i, i + 20) });
  }
  createCloud({ from: JSON.parse(JSON.stringify(cloud.world)) as World });
}

/** Outcomes by label, printed with `HOSTILE_STATS=1` to see how deep the inputs reach. */
const stats = new Map<string, Map<string, number>>();

function tally(label: string, outcome: string): void {
  if (process.env['HOSTILE_STATS'] === undefined) return;
  const key = label.split(' ')[0] ?? label;
  const counts = stats.get(key) ?? new Map<string, number>();
  counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
  stats.set(key, counts);
}

afterAll(() => {
  for (const [label, counts] of [...stats].sort()) console.log(label, Object.fromEntries(counts));
});

function check(c: Call): void {
  const { cloud, connectionId } = freshCloud();
  const before = cloud.world;
  const json = JSON.stringify(before);
  const prototypes = prototypeFingerprint();
  const outcome = outcomeOf(() => c.run(cloud, connectionId));
  tally(c.label, outcome.kind === 'cloud' ? outcome.code : outcome.kind);
  expect(prototypeChange(prototypes, prototypeFingerprint()), c.label).toBeUndefined();
  expect(JSON.stringify(before), `${c.label}: the previous world changed`).toBe(json);
  if (outcome.kind === 'raw') {
    throw new Error(`${c.label} threw ${String(outcome.error)}`, { cause: outcome.error });
  }
  if (outcome.kind === 'cloud') {
    expect(CODES.has(outcome.code), `${c.label}: undeclared code ${outcome.code}`).toBe(true);
    expect(cloud.world, `${c.label} failed with ${outcome.code} but changed the world`).toBe(before);
    return;
  }
  expect(nonPlainData(cloud.world), c.label).toBeUndefined();
  expect(outcomeOf(() => readEverything(cloud)), `${c.label} succeeded, then a describe failed`).toEqual({ kind: 'ok' });
  expect(checkInvariants(cloud), c.label).toEqual([]);
}

describe('hostile input', () => {
  test('every registered action has a valid base request to mutate', () => {
    expect(ACTIONS.map(([, name]) => name).filter((name) => BASES[name] === undefined)).toEqual([]);
  });

  test.prop([actionCall], params(1))('to any registered action: success or a declared CloudError, nothing changed by a failure', check, TIMEOUT);

  test.prop([controlCall], params(0.6))('to any model control: success or a declared CloudError, nothing changed by a failure', check, TIMEOUT);

  test.prop([fc.tuple(anything, anything, identity, anything)], params(0.2))('to dispatch by any API and action name', ([api, name, who, input]) =>
    check({ label: `dispatch ${describeValue(api)}/${describeValue(name)}`, run: (cloud) => cloud.dispatch(api as never, name as never, who as never, input) }),
    TIMEOUT,
  );
});
