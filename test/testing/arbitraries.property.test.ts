/**
 * The arbitraries of privatelink-model/testing against the model itself: every valid value is
 * accepted (and means what it says), every invalid counterpart is refused with its AWS code.
 */
import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { createCloud, parsePrincipal } from '../../src/index.js';
import {
  accountId,
  accountIds,
  accountZoneMaps,
  buildTopologyPlan,
  checkInvariants,
  createTopologyCloud,
  defectiveTopologyPlan,
  FOREIGN_RESOURCE_CODES,
  foreignResource,
  malformedPrincipal,
  NEAR_MISS_ID_CODES,
  nearMissAccountId,
  nearMissResourceId,
  principal,
  principalArn,
  realizeTopology,
  recordHistory,
  resourceId,
  subnetCidrs,
  topologyPlan,
  vpcCidr,
  wrongRegion,
  zoneMapping,
} from '../../src/testing/index.js';
import { cloudErrorOf } from '../support/errors.js';
import { buildTopology, PROVIDER, REGION } from '../fixtures/topology.js';

const fixture = buildTopology();
const providerEc2 = fixture.cloud.ec2(fixture.provider.identity);

describe('valid arbitraries are accepted by the model', () => {
  test.prop([accountId()], { numRuns: 50 })('account ids make caller identities and declared accounts', (id) => {
    expect(id).toMatch(/^\d{12}$/);
    const cloud = createCloud({ accounts: { [id]: {} } });
    expect(cloud.ec2({ accountId: id, region: REGION }).describeVpcs().Vpcs).toEqual([]);
  });

  test.prop([accountIds({ minLength: 2, maxLength: 4, exclude: [PROVIDER] })], { numRuns: 30 })('account id lists are distinct and honour exclude', (ids) => {
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(2);
    expect(ids).not.toContain(PROVIDER);
  });

  test.prop([principal()], { numRuns: 100 })('principals are granted with the type their form says', (p) => {
    const { AddedPrincipals } = providerEc2.modifyVpcEndpointServicePermissions({ ServiceId: fixture.provider.serviceId, AddAllowedPrincipals: [p] });
    const expected = p === '*' ? 'All' : p.endsWith(':root') ? 'Account' : p.includes(':user/') ? 'User' : 'Role';
    expect(AddedPrincipals?.[0]).toMatchObject({ Principal: p, PrincipalType: expected });
    providerEc2.modifyVpcEndpointServicePermissions({ ServiceId: fixture.provider.serviceId, RemoveAllowedPrincipals: [p] });
  });

  test.prop([principal({ accountIds: ['222222222222'], kinds: ['role'], withPaths: false })], { numRuns: 30 })('constraints narrow principals', (p) => {
    expect(p).toMatch(/^arn:aws:iam::222222222222:role\/[\w+=,.@-]{1,64}$/);
  });

  test.prop([principalArn({ accountIds: ['333333333333'] })], { numRuns: 50 })('principal ARNs are caller identities of their account', (arn) => {
    expect(arn).not.toBe('*');
    expect(parsePrincipal(arn)?.accountId).toBe('333333333333');
    expect(fixture.cloud.ec2({ accountId: '333333333333', region: REGION, principalArn: arn }).describeVpcs().Vpcs).toEqual([]);
  });

  test.prop([fc.constantFrom('us-east-1', 'us-west-1', 'ap-northeast-1').chain((region) => zoneMapping({ region, minZones: 2 }).map((zones) => ({ region, zones })))], { numRuns: 40 })(
    'AZ mappings give the account exactly those AZ ids, named a, b, c... in order',
    ({ region, zones }) => {
      expect(zones.length).toBeGreaterThanOrEqual(2);
      const cloud = createCloud({ accounts: { '444444444444': { zones: { [region]: zones } } } });
      const listed = cloud.ec2({ accountId: '444444444444', region }).describeAvailabilityZones().AvailabilityZones;
      expect(listed.map((z) => [z.ZoneName, z.ZoneId])).toEqual(zones.map((id, i) => [`${region}${String.fromCharCode(97 + i)}`, id]));
    },
  );

  test.prop([accountZoneMaps({ accountIds: ['111111111111', '222222222222'], regions: ['us-east-1', 'eu-west-1'], maxZones: 2 })], { numRuns: 30 })(
    'account zone maps are the accounts option of createCloud',
    (accounts) => {
      const cloud = createCloud({ accounts });
      for (const [id, options] of Object.entries(accounts)) {
        for (const [region, zones] of Object.entries(options.zones ?? {})) {
          expect(zones.length).toBeLessThanOrEqual(2);
          expect(cloud.ec2({ accountId: id, region }).describeAvailabilityZones().AvailabilityZones.map((z) => z.ZoneId)).toEqual(zones);
        }
      }
    },
  );

  test.prop([vpcCidr().chain((vpc) => subnetCidrs(vpc, { maxLength: 5 }).map((subnets) => ({ vpc, subnets })))], { numRuns: 60 })(
    'VPC blocks and the subnet blocks inside them are all created',
    ({ vpc, subnets }) => {
      const prefix = Number(vpc.split('/')[1]);
      expect(prefix).toBeGreaterThanOrEqual(16);
      expect(prefix).toBeLessThanOrEqual(28);
      const ec2 = createCloud().ec2({ accountId: PROVIDER, region: REGION });
      const { Vpc } = ec2.createVpc({ CidrBlock: vpc });
      for (const CidrBlock of subnets) ec2.createSubnet({ VpcId: Vpc.VpcId, CidrBlock, AvailabilityZoneId: 'use1-az1' });
      expect(ec2.describeSubnets().Subnets).toHaveLength(subnets.length);
    },
  );

  test.prop([topologyPlan()], { numRuns: 40 })('topology plans build through the facades, and every invariant holds', (plan) => {
    const cloud = createTopologyCloud(plan);
    const history = recordHistory(cloud);
    const topology = realizeTopology(cloud, plan);
    expect(topology.provider.loadBalancers).toHaveLength(plan.provider.loadBalancers.length);
    expect(topology.consumers.map((c) => c.endpointId !== undefined)).toEqual(plan.consumers.map((c) => c.endpointSubnets !== undefined));
    expect(checkInvariants(cloud, { history })).toEqual([]);
  });

  test.prop([topologyPlan({ regions: ['eu-west-1'], minConsumers: 2, maxConsumers: 2, varyTimings: false, withEndpoints: false })], { numRuns: 20 })(
    'topology constraints are honoured',
    (plan) => {
      expect(plan.region).toBe('eu-west-1');
      expect(plan.consumers).toHaveLength(2);
      expect(plan.timing).toEqual({ endpointProvisioningMs: 0, endpointDeletionMs: 0 });
      expect(plan.portCapacity).toBe(55_000);
      expect(plan.consumers.every((c) => c.endpointSubnets === undefined)).toBe(true);
      buildTopologyPlan(plan);
    },
  );

  test.prop([fc.constantFrom('vpc' as const, 'subnet' as const, 'securityGroup' as const).chain((kind) => resourceId(kind).map((id) => ({ kind, id })))], { numRuns: 30 })(
    'well-formed ids that name nothing are not found',
    ({ kind, id }) => {
      const ec2 = createCloud().ec2({ accountId: PROVIDER, region: REGION });
      const call = { vpc: () => ec2.deleteVpc({ VpcId: id }), subnet: () => ec2.deleteSubnet({ SubnetId: id }), securityGroup: () => ec2.deleteSecurityGroup({ GroupId: id }) }[kind];
      const code = { vpc: 'InvalidVpcID.NotFound', subnet: 'InvalidSubnetID.NotFound', securityGroup: 'InvalidGroup.NotFound' }[kind];
      expect(cloudErrorOf(call).code).toBe(code);
    },
  );
});

describe('invalid arbitraries are refused with the right code', () => {
  test.prop([nearMissAccountId()], { numRuns: 60 })('near-miss account ids: UnknownAccount', (id) => {
    expect(id).not.toMatch(/^\d{12}$/);
    expect(cloudErrorOf(() => fixture.cloud.ec2({ accountId: id, region: REGION })).code).toBe('UnknownAccount');
    expect(cloudErrorOf(() => createCloud({ accounts: { [id]: {} } })).code).toBe('UnknownAccount');
  });

  test.prop([malformedPrincipal()], { numRuns: 80 })('malformed principals: InvalidPrincipal, and nothing changes', (p) => {
    const before = fixture.cloud.world;
    const error = cloudErrorOf(() => providerEc2.modifyVpcEndpointServicePermissions({ ServiceId: fixture.provider.serviceId, AddAllowedPrincipals: [p] }));
    expect(error.code).toBe('InvalidPrincipal');
    expect(error.message).toBe(`Invalid Principal: '${p}'`);
    expect(fixture.cloud.world).toBe(before);
  });

  test.prop([wrongRegion()], { numRuns: 60 })('wrong regions: InvalidParameterValue for identities and AZ maps', (region) => {
    expect(cloudErrorOf(() => fixture.cloud.ec2({ accountId: PROVIDER, region })).code).toBe('InvalidParameterValue');
    expect(cloudErrorOf(() => createCloud({ accounts: { [PROVIDER]: { zones: { [region]: ['use1-az1'] } } } })).code).toBe('InvalidParameterValue');
  });

  test.prop([fc.constantFrom(...(Object.keys(NEAR_MISS_ID_CODES) as (keyof typeof NEAR_MISS_ID_CODES)[])).chain((kind) => nearMissResourceId(kind).map((id) => ({ kind, id })))], { numRuns: 80 })(
    'near-miss resource ids: the kind .Malformed code',
    ({ kind, id }) => {
      const ec2 = fixture.cloud.ec2(fixture.consumer.identity);
      const call = {
        vpc: () => ec2.describeVpcs({ VpcIds: [id] }),
        subnet: () => ec2.describeSubnets({ SubnetIds: [id] }),
        securityGroup: () => ec2.describeSecurityGroups({ GroupIds: [id] }),
        vpcPeeringConnection: () => ec2.describeVpcPeeringConnections({ VpcPeeringConnectionIds: [id] }),
      }[kind];
      expect(cloudErrorOf(call).code).toBe(NEAR_MISS_ID_CODES[kind]);
    },
  );

  test.prop([fc.constantFrom('vpcEndpoint' as const, 'vpcEndpointService' as const).chain((kind) => nearMissResourceId(kind).map((id) => ({ kind, id })))], { numRuns: 30 })(
    'near-miss endpoint and service ids are refused, as not found or malformed',
    ({ kind, id }) => {
      const ec2 = fixture.cloud.ec2(fixture.provider.identity);
      const error = cloudErrorOf(() => (kind === 'vpcEndpoint' ? ec2.describeVpcEndpoints({ VpcEndpointIds: [id] }) : ec2.describeVpcEndpointServiceConfigurations({ ServiceIds: [id] })));
      expect(error.code).toMatch(kind === 'vpcEndpoint' ? /^InvalidVpcEndpointId\.(NotFound|Malformed)$/ : /^InvalidVpcEndpointServiceId\.(NotFound|Malformed)$/);
    },
  );

  test.prop([defectiveTopologyPlan()], { numRuns: 80 })('defective topology plans fail with the code of their defect', ({ plan, defect, expectedCode }) => {
    const error = cloudErrorOf(() => buildTopologyPlan(plan));
    expect({ defect, code: error.code }).toEqual({ defect, code: expectedCode });
  });

  test.prop([fc.constantFrom('consumerNotAllowed' as const, 'endpointSubnetsInOneZone' as const, 'loadBalancerSubnetsInOneZone' as const).chain((d) => defectiveTopologyPlan({ defects: [d] }))], { numRuns: 30 })(
    'defects can be chosen',
    ({ defect, expectedCode, plan }) => {
      expect(['consumerNotAllowed', 'endpointSubnetsInOneZone', 'loadBalancerSubnetsInOneZone', 'vpcBlockTooSmall']).toContain(defect);
      expect(cloudErrorOf(() => buildTopologyPlan(plan)).code).toBe(expectedCode);
    },
  );
});

describe('foreign resources', () => {
  test.prop([topologyPlan({ minConsumers: 1 }).chain((plan) => {
    const built = buildTopologyPlan(plan);
    return foreignResource(built.topology).map((foreign) => ({ built, foreign }));
  })], { numRuns: 40 })('are not found by any other account, and nothing changes', ({ built, foreign }) => {
    const { cloud, topology } = built;
    const who = { accountId: foreign.caller, region: topology.plan.region };
    expect(foreign.caller).not.toBe(foreign.owner);
    const ec2 = cloud.ec2(who);
    const elb = cloud.elbv2(who);
    const call = {
      vpc: () => ec2.describeVpcs({ VpcIds: [foreign.id] }),
      subnet: () => ec2.describeSubnets({ SubnetIds: [foreign.id] }),
      securityGroup: () => ec2.describeSecurityGroups({ GroupIds: [foreign.id] }),
      endpointService: () => ec2.describeVpcEndpointServiceConfigurations({ ServiceIds: [foreign.id] }),
      vpcEndpoint: () => ec2.describeVpcEndpoints({ VpcEndpointIds: [foreign.id] }),
      loadBalancer: () => elb.describeLoadBalancers({ LoadBalancerArns: [foreign.id] }),
      targetGroup: () => elb.describeTargetGroups({ TargetGroupArns: [foreign.id] }),
    }[foreign.kind];
    const before = cloud.world;
    expect(cloudErrorOf(call).code).toBe(FOREIGN_RESOURCE_CODES[foreign.kind]);
    expect(cloud.world).toBe(before);
  });
});

describe('topologyPlan({ acceptance })', () => {
  /** The states of every endpoint a built plan created, as their consumers see them. */
  const endpointStates = (plan: Parameters<typeof buildTopologyPlan>[0]) => {
    const { cloud } = buildTopologyPlan(plan);
    return plan.consumers.flatMap((c) => cloud.ec2({ accountId: c.accountId, region: plan.region }).describeVpcEndpoints().VpcEndpoints.map((e) => e.State));
  };

  test.prop([topologyPlan({ acceptance: 'required', lowQuotas: 'never' })], { numRuns: 30 })("'required': every endpoint the plan creates waits for acceptance", (plan) => {
    expect(plan.provider.acceptanceRequired).toBe(true);
    expect(endpointStates(plan).every((state) => state === 'pendingAcceptance')).toBe(true);
  });

  test.prop([topologyPlan({ acceptance: 'automatic', lowQuotas: 'never' })], { numRuns: 30 })("'automatic': none waits", (plan) => {
    expect(plan.provider.acceptanceRequired).toBe(false);
    expect(endpointStates(plan)).not.toContain('pendingAcceptance');
  });

  test("'required' yields pending endpoints in most plans, where the default rarely does", () => {
    const withPending = (acceptance: 'required' | 'either') =>
      fc.sample(topologyPlan({ acceptance, lowQuotas: 'never' }), { numRuns: 60, seed: 42 }).filter((plan) => endpointStates(plan).includes('pendingAcceptance')).length;
    expect(withPending('required')).toBeGreaterThan(withPending('either'));
    expect(withPending('required')).toBeGreaterThanOrEqual(15);
  });
});
