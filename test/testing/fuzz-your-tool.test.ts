/**
 * The guide docs/fuzz-your-tool.md, runnable: a user's own provisioning function (AWS SDK v3
 * clients served by `attachClient`) wired into the model-based commands as one more
 * asynchronous command, fuzzed together with every built-in command.
 */
import {
  CreateSubnetCommand,
  CreateVpcCommand,
  CreateVpcEndpointServiceConfigurationCommand,
  DescribeVpcEndpointServicesCommand,
  EC2Client,
  ModifyVpcEndpointServicePermissionsCommand,
} from '@aws-sdk/client-ec2';
import {
  CreateListenerCommand,
  CreateLoadBalancerCommand,
  CreateTargetGroupCommand,
  ElasticLoadBalancingV2Client,
  RegisterTargetsCommand,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { attachClient } from '../../src/aws-sdk/index.js';
import {
  adoptService,
  builtInCommands,
  checkInvariants,
  defineAsyncFuzzCommand,
  formatViolations,
  fuzzSetup,
  toAsyncFuzzCommand,
  topologyPlan,
} from '../../src/testing/index.js';

// ---- the user's tool: provisions an endpoint service with the SDK ------------------------

interface ProvisionRequest {
  vpcCidr: string;
  /** One subnet per AZ id: the NLB and the service are offered there. */
  subnets: { cidr: string; zoneId: string }[];
  acceptanceRequired: boolean;
  allowedPrincipals: string[];
}

async function provisionService(ec2: EC2Client, elb: ElasticLoadBalancingV2Client, request: ProvisionRequest): Promise<{ serviceId: string; serviceName: string }> {
  const { Vpc } = await ec2.send(new CreateVpcCommand({ CidrBlock: request.vpcCidr }));
  const subnetIds: string[] = [];
  for (const s of request.subnets) {
    const { Subnet } = await ec2.send(new CreateSubnetCommand({ VpcId: Vpc?.VpcId, CidrBlock: s.cidr, AvailabilityZoneId: s.zoneId }));
    subnetIds.push(Subnet?.SubnetId ?? '');
  }
  const { LoadBalancers } = await elb.send(new CreateLoadBalancerCommand({ Name: `tool-nlb-${Vpc?.VpcId ?? ''}`.slice(0, 32), Type: 'network', Scheme: 'internal', Subnets: subnetIds }));
  const { TargetGroups } = await elb.send(new CreateTargetGroupCommand({ Name: `tool-tg-${Vpc?.VpcId ?? ''}`.slice(0, 32), Protocol: 'TCP', Port: 8080, VpcId: Vpc?.VpcId, TargetType: 'ip' }));
  const targetGroupArn = TargetGroups?.[0]?.TargetGroupArn;
  await elb.send(new RegisterTargetsCommand({ TargetGroupArn: targetGroupArn, Targets: request.subnets.map((s) => ({ Id: s.cidr.replace(/\.0\/\d+$/, '.10'), Port: 8080 })) }));
  await elb.send(new CreateListenerCommand({ LoadBalancerArn: LoadBalancers?.[0]?.LoadBalancerArn, Protocol: 'TCP', Port: 443, DefaultActions: [{ Type: 'forward', TargetGroupArn: targetGroupArn }] }));
  const { ServiceConfiguration } = await ec2.send(
    new CreateVpcEndpointServiceConfigurationCommand({ NetworkLoadBalancerArns: [LoadBalancers?.[0]?.LoadBalancerArn ?? ''], AcceptanceRequired: request.acceptanceRequired }),
  );
  const serviceId = ServiceConfiguration?.ServiceId ?? '';
  if (request.allowedPrincipals.length > 0) {
    await ec2.send(new ModifyVpcEndpointServicePermissionsCommand({ ServiceId: serviceId, AddAllowedPrincipals: request.allowedPrincipals }));
  }
  return { serviceId, serviceName: ServiceConfiguration?.ServiceName ?? '' };
}

// ---- wiring it into the model-based commands ----------------------------------------------

let provisioned = 0;

const provisionWithMyTool = defineAsyncFuzzCommand({
  name: 'ProvisionWithMyTool',
  input: fc.record({ second: fc.nat(), acceptanceRequired: fc.boolean(), grantEveryone: fc.boolean(), zones: fc.integer({ min: 1, max: 3 }) }),
  run: async (model, cloud, input) => {
    const provider = model.accounts[0] ?? '';
    const zones = (model.topology.plan.accounts[provider]?.zones?.[model.region] ?? []).slice(0, input.zones);
    const region = { region: model.region };
    const ec2 = attachClient(new EC2Client(region), cloud, { accountId: provider });
    const elb = attachClient(new ElasticLoadBalancingV2Client(region), cloud, { accountId: provider });
    const octet = 100 + (input.second % 100);
    const request: ProvisionRequest = {
      vpcCidr: `10.${octet}.0.0/16`,
      subnets: zones.map((zoneId, i) => ({ cidr: `10.${octet}.${i}.0/24`, zoneId })),
      acceptanceRequired: input.acceptanceRequired,
      allowedPrincipals: input.grantEveryone ? ['*'] : model.accounts.slice(1).map((a) => `arn:aws:iam::${a}:root`),
    };
    const { serviceId } = await provisionService(ec2, elb, request);

    // The tool's promise, checked through the API: every consumer it granted sees the
    // service in exactly the AZs it asked for (by id), named in the consumer's own names.
    for (const consumer of model.accounts.slice(1)) {
      const consumerEc2 = attachClient(new EC2Client(region), cloud, { accountId: consumer });
      const { ServiceDetails = [] } = await consumerEc2.send(new DescribeVpcEndpointServicesCommand({}));
      const detail = ServiceDetails.find((d) => d.ServiceId === serviceId);
      const names = (model.topology.plan.accounts[consumer]?.zones?.[model.region] ?? []).map((id, i) => [id, `${model.region}${String.fromCharCode(97 + i)}`] as const);
      const expected = names.filter(([id]) => zones.includes(id)).map(([, name]) => name);
      expect(detail?.AvailabilityZones).toEqual(expected);
    }
    // From now on the built-in commands act on it too: grant, accept, connect, fail AZs...
    adoptService(model, cloud, { accountId: provider, serviceId });
    provisioned += 1;
  },
});

describe('fuzz your tool against PrivateLink', () => {
  it('keeps every invariant while the built-in commands exercise what the tool built', async () => {
    const commands = fc.commands([...builtInCommands().map((c) => toAsyncFuzzCommand(c.command)), provisionWithMyTool, provisionWithMyTool], { maxCommands: 25 });
    await fc.assert(
      // The tool does not handle quota refusals (a half-built service is never adopted), so
      // its plans set no quota low.
      fc.asyncProperty(topologyPlan({ maxConsumers: 1, lowQuotas: 'never' }), commands, async (plan, cmds) => {
        let last: ReturnType<ReturnType<typeof fuzzSetup>> | undefined;
        const setup = fuzzSetup(plan);
        await fc.asyncModelRun(() => (last = setup()), cmds);
        if (last === undefined) return;
        const violations = checkInvariants(last.real, { history: last.model.history });
        expect(violations, formatViolations(violations)).toEqual([]);
      }),
      { numRuns: 25, seed: 42 },
    );
    expect(provisioned).toBeGreaterThan(0);
  });
});
