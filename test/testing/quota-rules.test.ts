/**
 * The reference model's quota rules (`quotaUsage`, `quotaRefusal`): each counts what the
 * cloud counts, in the scope AWS counts it per, and refuses exactly past the plan's limit.
 */
import { describe, expect, it } from 'vitest';
import { fc } from '@fast-check/vitest';
import { fuzzSetup, MODELLED_QUOTAS, quotaErrorCode, quotaRefusal, quotaUsage, topologyPlan, type FuzzModel, type ModelledQuota } from '../../src/testing/index.js';
import { getRow, rowCount } from '../../src/core/table.js';
import { accountUsage } from '../../src/quotas/usage.js';
import { regionOf } from '../../src/world/world.js';
import type { Cloud } from '../../src/index.js';
import { must } from './support.js';

/** A model and cloud of a plan whose consumers start with an endpoint, under `quotas`. */
function run(quotas: Partial<Record<ModelledQuota, number>> = {}): { model: FuzzModel; real: Cloud } {
  const plans = fc.sample(topologyPlan({ lowQuotas: 'never', minConsumers: 2, varyTimings: false }), { seed: 4, numRuns: 50 });
  const plan = must(plans.find((p) => p.consumers.some((c) => c.endpointSubnets !== undefined) && p.provider.loadBalancers.length === 2), 'a plan with an endpoint and two NLBs');
  return fuzzSetup({ ...plan, quotas }, {})();
}

describe('quota rules count what the cloud counts', () => {
  it('per account and Region: VPCs, security groups (default ones included), NLBs, target groups', () => {
    const { model, real } = run();
    const region = regionOf(real.world, model.region);
    for (const account of model.accounts) {
      const usage = accountUsage(region, account);
      expect(quotaUsage(model, 'vpcsPerRegion', account)).toBe(usage.vpcs);
      expect(quotaUsage(model, 'securityGroupsPerRegion', account)).toBe(usage.securityGroups);
      expect(quotaUsage(model, 'networkLoadBalancersPerRegion', account)).toBe(usage.loadBalancers);
      expect(quotaUsage(model, 'targetGroupsPerRegion', account)).toBe(usage.targetGroups);
    }
    expect(quotaUsage(model, 'securityGroupsPerRegion', must(model.accounts[0]))).toBe(1);
    expect(quotaUsage(model, 'networkLoadBalancersPerRegion', must(model.accounts[0]))).toBe(2);
    expect(quotaUsage(model, 'networkLoadBalancersPerRegion', must(model.accounts[1]))).toBe(0);
  });

  it('per VPC, NLB, group and target group: subnets, endpoints, listeners, rules, targets', () => {
    const { model, real } = run();
    const region = regionOf(real.world, model.region);
    for (const vpc of model.vpcs) {
      const record = must(getRow(region.vpcs, vpc.id));
      expect(quotaUsage(model, 'subnetsPerVpc', vpc.id)).toBe(record.subnetIds.length);
      expect(quotaUsage(model, 'interfaceEndpointsPerVpc', vpc.id)).toBe(record.interfaceEndpointCount);
    }
    for (const lb of model.loadBalancers) expect(quotaUsage(model, 'listenersPerNetworkLoadBalancer', lb.arn)).toBe(must(getRow(region.loadBalancers, lb.arn)).listenerArns.length);
    for (const tg of model.targetGroups) expect(quotaUsage(model, 'targetsPerTargetGroup', tg.arn)).toBe(rowCount(must(getRow(region.targetGroups, tg.arn)).targets));
    // A default group's inbound rule admitting its members counts.
    for (const group of model.securityGroups) expect(quotaUsage(model, 'rulesPerSecurityGroup', group.id)).toBe(must(getRow(region.securityGroups, group.id)).IpPermissions.length);
    expect(model.securityGroups.every((g) => quotaUsage(model, 'rulesPerSecurityGroup', g.id) === 1)).toBe(true);
  });
});

describe('quotaRefusal', () => {
  it('answers no refusal for a quota the plan leaves out, whatever the count', () => {
    const { model } = run();
    for (const quota of MODELLED_QUOTAS) expect(quotaRefusal(model, quota, must(model.accounts[0]), 1_000)).toBeUndefined();
  });

  it('VPCs per Region: refused at the limit, per account', () => {
    const { model } = run({ vpcsPerRegion: 1 });
    const [provider, consumer] = [must(model.accounts[0]), must(model.accounts[1])];
    expect(quotaRefusal(model, 'vpcsPerRegion', provider)).toBe('VpcLimitExceeded');
    model.vpcs = model.vpcs.filter((v) => v.owner !== consumer);
    expect(quotaRefusal(model, 'vpcsPerRegion', consumer)).toBeUndefined();
    expect(quotaRefusal(model, 'vpcsPerRegion', provider)).toBe('VpcLimitExceeded');
  });

  it('security groups per Region: the default group fills a limit of 1', () => {
    const { model } = run({ securityGroupsPerRegion: 2 });
    const provider = must(model.accounts[0]);
    expect(quotaRefusal(model, 'securityGroupsPerRegion', provider)).toBeUndefined();
    model.securityGroups.push({ id: 'sg-0fuzz', owner: provider, vpcId: must(model.vpcs[0]).id, name: 'web', isDefault: false, rules: [] });
    expect(quotaRefusal(model, 'securityGroupsPerRegion', provider)).toBe('SecurityGroupLimitExceeded');
  });

  it('rules per security group: a default group starts with one rule, another with none', () => {
    const { model } = run({ rulesPerSecurityGroup: 2 });
    const group = must(model.securityGroups[0]);
    expect(quotaRefusal(model, 'rulesPerSecurityGroup', group.id)).toBeUndefined();
    expect(quotaRefusal(model, 'rulesPerSecurityGroup', group.id, 2)).toBe('RulesPerSecurityGroupLimitExceeded');
    group.rules.push('80 10.0.0.0/8');
    expect(quotaRefusal(model, 'rulesPerSecurityGroup', group.id)).toBe('RulesPerSecurityGroupLimitExceeded');
    model.securityGroups.push({ id: 'sg-0fuzz', owner: group.owner, vpcId: group.vpcId, name: 'web', isDefault: false, rules: ['80 10.0.0.0/8'] });
    expect(quotaRefusal(model, 'rulesPerSecurityGroup', 'sg-0fuzz')).toBeUndefined();
  });

  it('subnets per VPC: counted per VPC', () => {
    const counts = (m: FuzzModel) => m.vpcs.map((v) => m.subnets.filter((s) => s.vpcId === v.id).length);
    const most = Math.max(...counts(run().model));
    const { model } = run({ subnetsPerVpc: most });
    counts(model).forEach((count, i) => {
      expect(quotaRefusal(model, 'subnetsPerVpc', must(model.vpcs[i]).id)).toBe(count === most ? 'SubnetLimitExceeded' : undefined);
    });
    expect(counts(model)).toContain(most);
  });

  it('interface endpoints per VPC: a deleting endpoint still counts, a deleted one does not', () => {
    const { model } = run({ interfaceEndpointsPerVpc: 1 });
    const endpoint = must(model.endpoints[0]);
    expect(quotaRefusal(model, 'interfaceEndpointsPerVpc', endpoint.vpcId)).toBe('VpcEndpointLimitExceeded');
    endpoint.state = 'deleting';
    expect(quotaRefusal(model, 'interfaceEndpointsPerVpc', endpoint.vpcId)).toBe('VpcEndpointLimitExceeded');
    endpoint.state = 'deleted';
    expect(quotaRefusal(model, 'interfaceEndpointsPerVpc', endpoint.vpcId)).toBeUndefined();
  });

  it('NLBs and target groups per Region: the provider holds two of each', () => {
    const { model } = run({ networkLoadBalancersPerRegion: 2, targetGroupsPerRegion: 3 });
    const [provider, consumer] = [must(model.accounts[0]), must(model.accounts[1])];
    expect(quotaRefusal(model, 'networkLoadBalancersPerRegion', provider)).toBe('TooManyLoadBalancers');
    expect(quotaRefusal(model, 'networkLoadBalancersPerRegion', consumer)).toBeUndefined();
    expect(quotaRefusal(model, 'targetGroupsPerRegion', provider)).toBeUndefined();
    expect(quotaRefusal(model, 'targetGroupsPerRegion', provider, 2)).toBe('TooManyTargetGroups');
  });

  it('listeners per NLB and targets per target group: counted on the resource', () => {
    const { model } = run({ listenersPerNetworkLoadBalancer: 1, targetsPerTargetGroup: 3 });
    const lb = must(model.loadBalancers[0]);
    const tg = must(model.targetGroups[0]);
    expect(quotaRefusal(model, 'listenersPerNetworkLoadBalancer', lb.arn)).toBe('TooManyListeners');
    model.listeners = model.listeners.filter((l) => l.loadBalancerArn !== lb.arn);
    expect(quotaRefusal(model, 'listenersPerNetworkLoadBalancer', lb.arn)).toBeUndefined();
    const room = 3 - tg.targets.length;
    expect(quotaRefusal(model, 'targetsPerTargetGroup', tg.arn, room)).toBeUndefined();
    expect(quotaRefusal(model, 'targetsPerTargetGroup', tg.arn, room + 1)).toBe('TooManyTargets');
  });

  it('peering: outstanding requests per requesting account, active connections per VPC on either side', () => {
    const { model, real } = run({ outstandingPeeringConnectionRequests: 1, activePeeringConnectionsPerVpc: 1 });
    const [a, b, c] = [must(model.vpcs[0]), must(model.vpcs[1]), must(model.vpcs[2])];
    const request = (from: typeof a, to: typeof a) => {
      const id = must(real.ec2({ accountId: from.owner, region: model.region }).createVpcPeeringConnection({ VpcId: from.id, PeerVpcId: to.id, PeerOwnerId: to.owner }).VpcPeeringConnection.VpcPeeringConnectionId);
      const peering = { id, requesterVpcId: from.id, accepterVpcId: to.id, requesterOwner: from.owner, accepterOwner: to.owner, status: 'pending-acceptance' };
      model.peerings.push(peering);
      return peering;
    };
    const counted = () => {
      const region = regionOf(real.world, model.region);
      for (const account of model.accounts) expect(quotaUsage(model, 'outstandingPeeringConnectionRequests', account)).toBe(accountUsage(region, account).outstandingPeeringRequests);
      for (const vpc of model.vpcs) expect(quotaUsage(model, 'activePeeringConnectionsPerVpc', vpc.id)).toBe(must(getRow(region.vpcs, vpc.id)).activePeeringCount);
    };
    expect(quotaRefusal(model, 'outstandingPeeringConnectionRequests', a.owner)).toBeUndefined();
    const first = request(a, b);
    counted();
    expect(quotaRefusal(model, 'outstandingPeeringConnectionRequests', a.owner)).toBe('OutstandingVpcPeeringConnectionLimitExceeded');
    expect(quotaRefusal(model, 'outstandingPeeringConnectionRequests', b.owner === a.owner ? c.owner : b.owner)).toBeUndefined();
    real.ec2({ accountId: b.owner, region: model.region }).acceptVpcPeeringConnection({ VpcPeeringConnectionId: first.id });
    first.status = 'active';
    counted();
    expect(quotaRefusal(model, 'outstandingPeeringConnectionRequests', a.owner)).toBeUndefined();
    // Active on both sides: either VPC is now at the limit, a third is not.
    expect(quotaRefusal(model, 'activePeeringConnectionsPerVpc', a.id)).toBe('ActiveVpcPeeringConnectionPerVpcLimitExceeded');
    expect(quotaRefusal(model, 'activePeeringConnectionsPerVpc', b.id)).toBe('ActiveVpcPeeringConnectionPerVpcLimitExceeded');
    expect(quotaRefusal(model, 'activePeeringConnectionsPerVpc', c.id)).toBeUndefined();
    first.status = 'deleted';
    expect(quotaRefusal(model, 'activePeeringConnectionsPerVpc', a.id)).toBeUndefined();
  });

  it("security groups per network interface: an endpoint's groups, as the cloud holds them", () => {
    const { model, real } = run({ securityGroupsPerNetworkInterface: 1 });
    const endpoint = must(model.endpoints[0]);
    expect(quotaUsage(model, 'securityGroupsPerNetworkInterface', endpoint.id)).toBe(must(getRow(regionOf(real.world, model.region).vpcEndpoints, endpoint.id)).Groups.length);
    expect(quotaRefusal(model, 'securityGroupsPerNetworkInterface', endpoint.id)).toBe('SecurityGroupsPerInterfaceLimitExceeded');
    expect(quotaRefusal(model, 'securityGroupsPerNetworkInterface', 'vpce-0000000000000000f')).toBeUndefined();
  });

  it('names the AWS error code of each quota', () => {
    expect(MODELLED_QUOTAS.map(quotaErrorCode)).toEqual([
      'VpcLimitExceeded',
      'SubnetLimitExceeded',
      'SecurityGroupLimitExceeded',
      'RulesPerSecurityGroupLimitExceeded',
      'VpcEndpointLimitExceeded',
      'TooManyLoadBalancers',
      'TooManyListeners',
      'TooManyTargetGroups',
      'TooManyTargets',
      'OutstandingVpcPeeringConnectionLimitExceeded',
      'ActiveVpcPeeringConnectionPerVpcLimitExceeded',
      'SecurityGroupsPerInterfaceLimitExceeded',
    ]);
  });
});
