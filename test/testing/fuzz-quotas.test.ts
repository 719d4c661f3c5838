/**
 * AWS quota exhaustion in the model-based fuzzer: plans that set quotas just above what the
 * topology creates, runs that reach each quota's limit code (predicted by the model), and
 * reach -> refuse -> delete -> create again.
 */
import { describe, expect, it } from 'vitest';
import { fc } from '@fast-check/vitest';
import {
  buildTopologyPlan,
  Coverage,
  fuzzProperty,
  fuzzSetup,
  MODELLED_QUOTAS,
  quotaErrorCode,
  topologyPlan,
  type FuzzCommand,
  type FuzzModel,
  type ModelledQuota,
} from '../../src/testing/index.js';
import { plannedQuotaUsage } from '../../src/testing/arbitraries/plan-quotas.js';
import { createVpcCommand, deleteVpcCommand } from '../../src/testing/commands/vpc.js';
import { createTargetGroupCommand, deleteTargetGroupCommand } from '../../src/testing/commands/target-group.js';
import type { Cloud } from '../../src/index.js';
import { must } from './support.js';

/** The action each quota refuses. */
const ACTION: Record<ModelledQuota, string> = {
  vpcsPerRegion: 'CreateVpc',
  subnetsPerVpc: 'CreateSubnet',
  securityGroupsPerRegion: 'CreateSecurityGroup',
  rulesPerSecurityGroup: 'AuthorizeSecurityGroupIngress',
  interfaceEndpointsPerVpc: 'CreateVpcEndpoint',
  networkLoadBalancersPerRegion: 'CreateLoadBalancer',
  listenersPerNetworkLoadBalancer: 'CreateListener',
  targetGroupsPerRegion: 'CreateTargetGroup',
  targetsPerTargetGroup: 'RegisterTargets',
  outstandingPeeringConnectionRequests: 'CreateVpcPeeringConnection',
  activePeeringConnectionsPerVpc: 'AcceptVpcPeeringConnection',
  securityGroupsPerNetworkInterface: 'ModifyVpcEndpoint',
};

/** The commands that create and delete what the quotas count. */
const CREATE_AND_DELETE = [
  'CreateVpc',
  'DeleteVpc',
  'CreateSubnet',
  'DeleteSubnet',
  'CreateSecurityGroup',
  'DeleteSecurityGroup',
  'AuthorizeSecurityGroupIngress',
  'RevokeSecurityGroupIngress',
  'CreateLoadBalancer',
  'DeleteLoadBalancer',
  'CreateTargetGroup',
  'DeleteTargetGroup',
  'RegisterTargets',
  'DeregisterTargets',
  'CreateListener',
  'DeleteListener',
  'CreateVpcEndpoint',
  'DeleteVpcEndpoints',
  'ModifyVpcEndpoint',
  'CreateVpcPeeringConnection',
  'AnswerVpcPeeringConnection',
  'AdvanceClock',
];

describe('plans with low quotas', () => {
  it('set each quota between what the topology uses and 2 more, never Infinity, and still build', () => {
    fc.assert(
      fc.property(topologyPlan({ lowQuotas: 'always' }), (plan) => {
        const quotas = must(plan.quotas, 'quotas');
        const used = plannedQuotaUsage(plan);
        expect(Object.keys(quotas).length).toBeGreaterThan(0);
        for (const [name, value] of Object.entries(quotas) as [ModelledQuota, number][]) {
          expect(value).toBeGreaterThanOrEqual(used[name]);
          expect(value).toBeLessThanOrEqual(used[name] + 2);
        }
        // The printed plan reads back the same (a replay rebuilds it from the seed anyway).
        expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
        const { cloud } = buildTopologyPlan(plan);
        expect(cloud.world.quotas.vpcsPerRegion).toBe(quotas.vpcsPerRegion ?? null);
      }),
      { numRuns: 40, seed: 3 },
    );
  });

  it('are one in three by default, and none with lowQuotas: never', () => {
    const plans = fc.sample(topologyPlan(), { seed: 5, numRuns: 300 });
    const low = plans.filter((p) => p.quotas !== undefined).length;
    expect(low).toBeGreaterThan(60);
    expect(low).toBeLessThan(140);
    expect(fc.sample(topologyPlan({ lowQuotas: 'never' }), { seed: 5, numRuns: 50 }).every((p) => p.quotas === undefined)).toBe(true);
  });
});

describe('the fuzzer exhausts quotas', () => {
  it('reaches every modelled quota, as the model predicts, with a fixed seed', () => {
    const coverage = new Coverage();
    fc.assert(fuzzProperty({ plan: { lowQuotas: 'always' }, only: CREATE_AND_DELETE, maxCommands: 40, coverage }), { seed: 15, numRuns: 200 });
    for (const quota of MODELLED_QUOTAS) {
      expect(coverage.count(ACTION[quota], quotaErrorCode(quota)), `${ACTION[quota]}:${quotaErrorCode(quota)}`).toBeGreaterThan(0);
      expect(coverage.count(ACTION[quota], 'ok'), `${ACTION[quota]}:ok`).toBeGreaterThan(0);
    }
  });
});

/** The first command the arbitrary yields whose printed input satisfies `wanted`. */
function commandWhere(arbitrary: fc.Arbitrary<FuzzCommand>, model: FuzzModel, wanted: (input: Record<string, unknown>) => boolean): FuzzCommand {
  const found = fc.sample(arbitrary, { seed: 1, numRuns: 200 }).find((c) => {
    const text = c.toString();
    return c.check(model) && wanted(JSON.parse(text.slice(text.indexOf(' ') + 1)) as Record<string, unknown>);
  });
  return must(found, 'a matching command');
}

function lowQuotaRun(quotas: Partial<Record<ModelledQuota, number>>): { model: FuzzModel; real: Cloud } {
  const plan = must(fc.sample(topologyPlan({ lowQuotas: 'never', maxConsumers: 1, withEndpoints: false }), { seed: 8, numRuns: 1 })[0]);
  return fuzzSetup({ ...plan, quotas }, { coverage: new Coverage() })();
}

describe('reach, refuse, delete, create again', () => {
  it('VPCs per Region: a second VPC fits, a third is VpcLimitExceeded until one is deleted', () => {
    const { model, real } = lowQuotaRun({ vpcsPerRegion: 2 });
    const create = commandWhere(createVpcCommand(), model, (i) => i['variant'] === 'valid' && Number(i['owner']) % model.accounts.length === 0);
    create.run(model, real);
    create.run(model, real);
    commandWhere(deleteVpcCommand(), model, (i) => i['empty'] === true).run(model, real);
    create.run(model, real);
    expect(model.coverage.outcomes('CreateVpc')).toEqual([['VpcLimitExceeded', 1], ['ok', 2]]);
    expect(model.coverage.count('DeleteVpc', 'ok')).toBe(1);
  });

  it('target groups per Region: TooManyTargetGroups until one is deleted', () => {
    const planned = lowQuotaRun({}).model.targetGroups.length;
    const { model, real } = lowQuotaRun({ targetGroupsPerRegion: planned + 1 });
    const provider = must(model.accounts[0]);
    const providerVpc = model.vpcs.findIndex((v) => v.owner === provider);
    const create = commandWhere(createTargetGroupCommand(), model, (i) => Number(i['vpc']) % model.vpcs.length === providerVpc);
    create.run(model, real);
    create.run(model, real);
    const fresh = model.targetGroups.length - 1;
    commandWhere(deleteTargetGroupCommand(), model, (i) => Number(i) % model.targetGroups.length === fresh).run(model, real);
    create.run(model, real);
    expect(model.coverage.outcomes('CreateTargetGroup')).toEqual([['TooManyTargetGroups', 1], ['ok', 2]]);
  });
});
