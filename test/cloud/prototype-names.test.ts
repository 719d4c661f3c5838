import { describe, expect, it } from 'vitest';
import { actionOfContext } from '../../src/aws-sdk/route.js';
import { attachClient } from '../../src/aws-sdk/index.js';
import { createCloud, type Cloud } from '../../src/index.js';
import { cloudErrorOf } from '../support/errors.js';
import { rowCount } from '../../src/core/table.js';
import { regionOf } from '../../src/world/world.js';
import { rejectionOf } from '../aws-sdk/support.js';

const A = { accountId: '111111111111', region: 'us-east-1' } as const;
const NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', '__defineGetter__', 'prototype'];

/** A provider with a VPC and two subnets in two AZs. */
function network(): { cloud: Cloud; vpcId: string; subnets: string[] } {
  const cloud = createCloud({ seed: 5 });
  const ec2 = cloud.ec2(A);
  const vpcId = ec2.createVpc({ CidrBlock: '10.0.0.0/16' }).Vpc.VpcId;
  const subnets = ['10.0.1.0/24', '10.0.2.0/24'].map(
    (CidrBlock, i) => ec2.createSubnet({ VpcId: vpcId, CidrBlock, AvailabilityZone: `us-east-1${'ab'[i] ?? 'a'}` }).Subnet.SubnetId,
  );
  return { cloud, vpcId, subnets };
}

describe('names Object.prototype answers to', () => {
  it('dispatch: an unknown API is InvalidParameterValue, an unknown action UnsupportedOperation, never a TypeError', () => {
    const cloud = createCloud();
    for (const api of [...NAMES, 'nope', 7, null]) {
      expect(cloudErrorOf(() => cloud.dispatch(api as never, 'DescribeVpcs', A, {})).code).toBe('InvalidParameterValue');
    }
    for (const api of ['ec2', 'elbv2'] as const) {
      for (const name of [...NAMES, 7, null, undefined]) {
        expect(cloudErrorOf(() => cloud.dispatch(api, name as never, A, {})).code).toBe('UnsupportedOperation');
      }
    }
  });

  it('the facades hold the actions only: no inherited name is an action', () => {
    const ec2 = createCloud().ec2(A) as unknown as Record<string, unknown>;
    for (const name of NAMES) expect(Object.hasOwn(ec2, name)).toBe(false);
  });

  it('attachClient routes a command named after a prototype name to UnsupportedOperation', async () => {
    expect(actionOfContext({ commandName: 'ConstructorCommand' })).toBe('Constructor');
    const cloud = createCloud();
    let handler: ((args: unknown) => Promise<unknown>) | undefined;
    const client = {
      config: { region: async () => 'us-east-1', serviceId: 'EC2' },
      middlewareStack: {
        add: (middleware: unknown) => {
          handler = (middleware as (next: unknown, context: unknown) => (args: unknown) => Promise<unknown>)(undefined, { commandName: 'ToStringCommand' });
        },
        remove: () => true,
      },
    };
    attachClient(client, cloud, { accountId: A.accountId });
    const error = await rejectionOf(handler?.({ input: {} }) ?? Promise.resolve());
    expect(error).toMatchObject({ name: 'UnsupportedOperation' });
  });

  it('load balancers and target groups may be named constructor, hasOwnProperty, toString', () => {
    const { cloud, vpcId, subnets } = network();
    const elbv2 = cloud.elbv2(A);
    for (const Name of ['constructor', 'hasOwnProperty', 'toString', 'valueOf']) {
      elbv2.createLoadBalancer({ Name, Type: 'network', Subnets: subnets });
      elbv2.createTargetGroup({ Name, Protocol: 'TCP', Port: 80, VpcId: vpcId, TargetType: 'ip' });
      expect(elbv2.describeLoadBalancers({ Names: [Name] }).LoadBalancers[0]?.LoadBalancerName).toBe(Name);
      expect(elbv2.describeTargetGroups({ Names: [Name] }).TargetGroups[0]?.TargetGroupName).toBe(Name);
    }
    expect(cloudErrorOf(() => elbv2.describeLoadBalancers({ Names: ['isPrototypeOf'] })).code).toBe('LoadBalancerNotFound');
  });

  it("a policy stored under '__proto__' is stored, and its deny applies", () => {
    const cloud = createCloud();
    const principalArn = 'arn:aws:iam::111111111111:role/ops';
    cloud.iam.putPrincipalPolicy(principalArn, { Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }, 'constructor');
    cloud.ec2({ ...A, principalArn }).describeVpcs();
    cloud.iam.putPrincipalPolicy(principalArn, { Statement: [{ Effect: 'Deny', Action: 'ec2:DescribeVpcs', Resource: '*' }] }, '__proto__');
    expect(cloudErrorOf(() => cloud.ec2({ ...A, principalArn }).describeVpcs()).code).toBe('UnauthorizedOperation');
    cloud.iam.deletePrincipalPolicy(principalArn, '__proto__');
    expect(cloud.ec2({ ...A, principalArn }).describeVpcs().Vpcs).toEqual([]);
  });

  it('condition keys named __proto__ are data of the policy, not its prototype', () => {
    const cloud = createCloud();
    const principalArn = 'arn:aws:iam::111111111111:role/ops';
    const document = JSON.parse('{"Statement":[{"Effect":"Allow","Action":"*"},{"Effect":"Deny","Action":"*","Condition":{"StringEquals":{"__proto__":"x"}}}]}') as never;
    cloud.iam.putPrincipalPolicy(principalArn, document);
    const stored = JSON.stringify(cloud.world.iamPolicies);
    expect(stored).toContain('"__proto__":"x"');
    // The request carries no condition key named __proto__, so StringEquals is false: the deny does not apply.
    expect(cloud.ec2({ ...A, principalArn }).describeVpcs().Vpcs).toEqual([]);
  });

  it('public DNS records may be named after prototype names', () => {
    const cloud = createCloud();
    for (const name of ['constructor', '__proto__', 'tostring', 'hasownproperty']) {
      expect(cloud.publicDns.lookup(name, 'TXT')).toEqual([]);
      cloud.publicDns.upsert(name, 'TXT', `v-${name}`);
      expect(cloud.publicDns.lookup(name, 'TXT')).toEqual([`v-${name}`]);
      cloud.publicDns.remove(name, 'TXT');
      expect(cloud.publicDns.lookup(name, 'TXT')).toEqual([]);
    }
  });

  it('attribute keys, filter names and tag keys named after prototype names', () => {
    const { cloud, vpcId, subnets } = network();
    const elbv2 = cloud.elbv2(A);
    const arn = elbv2.createLoadBalancer({ Name: 'nlb', Type: 'network', Subnets: subnets }).LoadBalancers[0]?.LoadBalancerArn ?? '';
    const tg = elbv2.createTargetGroup({ Name: 'tg', Protocol: 'TCP', Port: 80, VpcId: vpcId, TargetType: 'ip' }).TargetGroups[0]?.TargetGroupArn ?? '';
    const before = cloud.world;
    for (const Key of NAMES) {
      expect(cloudErrorOf(() => elbv2.modifyLoadBalancerAttributes({ LoadBalancerArn: arn, Attributes: [{ Key, Value: 'true' }] })).code).toBe('ValidationError');
      expect(cloudErrorOf(() => elbv2.modifyTargetGroupAttributes({ TargetGroupArn: tg, Attributes: [{ Key, Value: 'true' }] })).code).toBe('ValidationError');
      expect(cloudErrorOf(() => cloud.ec2(A).describeVpcs({ Filters: [{ Name: Key, Values: ['x'] }] })).code).toBe('InvalidFilter');
      expect(cloudErrorOf(() => cloud.ec2(A).modifyVpcAttribute({ VpcId: vpcId, [Key]: { Value: true } } as never)).code).toBe('InvalidParameterCombination');
    }
    expect(cloud.world).toBe(before);
    const tagged = cloud.ec2(A).createVpc({
      CidrBlock: '10.1.0.0/16',
      TagSpecifications: [{ ResourceType: 'vpc', Tags: [{ Key: '__proto__', Value: 'p' }, { Key: 'constructor', Value: 'c' }] }],
    }).Vpc.VpcId;
    const found = cloud.ec2(A).describeVpcs({ Filters: [{ Name: 'tag:__proto__', Values: ['p'] }] }).Vpcs;
    expect(found.map((v) => v.VpcId)).toEqual([tagged]);
    elbv2.addTags({ ResourceArns: [arn], Tags: [{ Key: '__proto__', Value: 'x' }] });
    expect(elbv2.describeTags({ ResourceArns: [arn] }).TagDescriptions[0]?.Tags).toEqual([{ Key: '__proto__', Value: 'x' }]);
  });

  it('the world reads a region by its own key only', () => {
    const world = createCloud().world;
    for (const name of NAMES) expect(regionOf(world, name)).toBe(regionOf(world, 'us-east-1'));
    expect(rowCount(regionOf(world, '__proto__').vpcs)).toBe(0);
  });

  it('createCloud: accounts and timing keyed by prototype names are refused', () => {
    expect(cloudErrorOf(() => createCloud({ accounts: JSON.parse('{"__proto__": {"zones": {}}}') as never })).code).toBe('UnknownAccount');
    expect(cloudErrorOf(() => createCloud({ accounts: { constructor: {} } as never })).code).toBe('UnknownAccount');
    expect(cloudErrorOf(() => createCloud({ timing: JSON.parse('{"__proto__": 1}') as never })).code).toBe('InvalidParameterValue');
    expect(cloudErrorOf(() => createCloud({ timing: { toString: 1 } as never })).code).toBe('InvalidParameterValue');
    expect(cloudErrorOf(() => createCloud({ accounts: { '111111111111': { zones: JSON.parse('{"__proto__": ["use1-az1"]}') as never } } })).code).toBe(
      'InvalidParameterValue',
    );
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
