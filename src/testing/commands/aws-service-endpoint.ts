/**
 * `CreateVpcEndpoint` to an AWS service of the catalogue (`com.amazonaws.<region>.ec2`...),
 * as any principal of the plan, in one of its VPCs: predicted from the reference model in
 * the order the action checks (IAM, the endpoints per VPC quota, the endpoint type:
 * a gateway endpoint to S3 or DynamoDB is `UnsupportedOperation`, a type the service lacks
 * `InvalidParameter`; subnets in AZs the service offers, by id; private DNS, on by default
 * for a service with a private name, needs DNS support and hostnames on the VPC and no
 * other endpoint there serving the name; free addresses). A created endpoint is never
 * `pendingAcceptance`: it is `pending`, then `available` (the model's timings decide when),
 * wired to no NLB, and the model tracks it like any endpoint (quotas, dependencies,
 * describes, deletion).
 *
 * @module
 */
import fc from 'fast-check';
import { AWS_SERVICES, type AwsServiceEntry } from '../../aws-services/catalogue.js';
import { awsServiceId, awsServiceName, awsServiceZoneIds } from '../../aws-services/lookup.js';
import { getRow } from '../../core/table.js';
import { fuzzFailure } from '../_internals/failure.js';
import { present } from '../_internals/first.js';
import { attempt, expectOutcome } from '../model/attempt.js';
import { subnetSpaceOutcome } from '../model/endpoint-rules.js';
import type { FuzzModel, ModelEndpoint, ModelSubnet, ModelVpc } from '../model/fuzz-model.js';
import { accountOf, identityOf, pick, subnetsOf } from '../model/queries.js';
import { quotaRefusal } from '../model/quota-rules.js';
import { moveModelEndpoint } from '../model/reference.js';
import { defineFuzzCommand, type FuzzCommand } from './define.js';

/** States in which an endpoint no longer holds its private DNS name. */
const RELEASED = new Set(['deleting', 'deleted', 'rejected', 'failed', 'expired']);

type PrivateDns = 'default' | 'on' | 'off';

/** What the call should answer, in the order the action checks. */
function expectedOutcome(model: FuzzModel, who: string, entry: AwsServiceEntry, type: 'Interface' | 'Gateway', vpc: ModelVpc, subnets: readonly ModelSubnet[], privateDns: boolean): string {
  if (model.deniedPrincipals.has(who)) return 'UnauthorizedOperation';
  const quota = quotaRefusal(model, 'interfaceEndpointsPerVpc', vpc.id);
  if (quota !== undefined) return quota;
  if (type === 'Gateway' && entry.types.includes('Gateway')) return 'UnsupportedOperation';
  if (!entry.types.includes(type) || type !== 'Interface') return 'InvalidParameter';
  const offered = new Set(awsServiceZoneIds(model.region, entry));
  const taken = new Set<string>();
  for (const s of subnets) {
    if (!offered.has(s.zoneId)) return 'InvalidParameter';
    if (taken.has(s.zoneId)) return 'DuplicateSubnetsInSameZone';
    taken.add(s.zoneId);
  }
  if (privateDns) {
    const name = awsServiceName(model.region, entry.name);
    if (entry.privateDnsName === undefined || !vpc.dnsSupport || !vpc.dnsHostnames) return 'InvalidParameter';
    const conflict = model.endpoints.some((e) => e.vpcId === vpc.id && e.privateDnsEnabled && !RELEASED.has(e.state) && e.awsService === name);
    if (conflict) return 'InvalidParameter';
  }
  return subnetSpaceOutcome(model, subnets);
}

/**
 * `CreateVpcEndpoint` to an AWS service.
 *
 * @example
 * const commands = fc.commands([awsServiceEndpointCommand()], { maxCommands: 10 });
 */
export function awsServiceEndpointCommand(): fc.Arbitrary<FuzzCommand> {
  return defineFuzzCommand({
    name: 'CreateVpcEndpointToAwsService',
    input: fc.record({
      who: fc.nat(),
      service: fc.nat(),
      vpc: fc.nat(),
      subnets: fc.uniqueArray(fc.nat({ max: 7 }), { minLength: 1, maxLength: 3 }),
      privateDns: fc.constantFrom<PrivateDns>('default', 'default', 'on', 'off', 'off'),
      gateway: fc.oneof({ arbitrary: fc.constant(false), weight: 5 }, { arbitrary: fc.constant(true), weight: 1 }),
    }),
    check: (model) => model.vpcs.length > 0,
    run: (model, cloud, input) => {
      const entry = pick(AWS_SERVICES, input.service);
      const who = pick(model.principals, input.who) ?? '';
      const owner = accountOf(who);
      const vpc = pick(model.vpcs.filter((v) => v.owner === owner && subnetsOf(model, v.id).length > 0), input.vpc);
      if (entry === undefined || vpc === undefined) return;
      const candidates = subnetsOf(model, vpc.id);
      const subnets = [...new Set(input.subnets.map((i) => pick(candidates, i)).filter((s): s is ModelSubnet => s !== undefined))];
      const type = input.gateway ? 'Gateway' : 'Interface';
      const privateDns = input.privateDns === 'default' ? entry.privateDnsName !== undefined : input.privateDns === 'on';
      const name = awsServiceName(model.region, entry.name);
      const expected = expectedOutcome(model, who, entry, type, vpc, subnets, privateDns);
      const r = attempt(model, cloud, 'CreateVpcEndpoint', expectOutcome(expected), (c) =>
        c.ec2(identityOf(model, owner, who)).createVpcEndpoint({
          VpcEndpointType: type,
          VpcId: vpc.id,
          ServiceName: name,
          ...(type === 'Interface' ? { SubnetIds: subnets.map((s) => s.id) } : {}),
          ...(input.privateDns === 'default' ? {} : { PrivateDnsEnabled: input.privateDns === 'on' }),
        }),
      );
      if (!r.ok) return;
      const answered = r.value.VpcEndpoint;
      const id = present(answered.VpcEndpointId, 'VpcEndpointId');
      if (answered.State !== 'pending') throw fuzzFailure(`CreateVpcEndpoint to ${name} answered ${answered.State}, expected pending: AWS services need no acceptance`);
      if (answered.PrivateDnsEnabled !== privateDns) throw fuzzFailure(`CreateVpcEndpoint to ${name} has PrivateDnsEnabled ${answered.PrivateDnsEnabled}, expected ${privateDns}`);
      const record = getRow(cloud.world.regions[model.region]?.vpcEndpoints ?? {}, id);
      if (record === undefined || record.zones.some((z) => z.LoadBalancerArn !== undefined)) throw fuzzFailure(`endpoint ${id} to ${name} is wired to a load balancer`);
      const created: ModelEndpoint = {
        id,
        owner,
        requester: who,
        vpcId: vpc.id,
        serviceId: awsServiceId(model.region, entry.name, 'Interface'),
        state: 'pending',
        zones: subnets.map((s) => ({ zoneId: s.zoneId, subnetId: s.id, loadBalancerArn: '' })),
        groups: [vpc.defaultSecurityGroupId],
        privateDnsEnabled: privateDns,
        regionalDnsName: answered.DnsEntries[0]?.DnsName ?? '',
        awsService: name,
      };
      model.endpoints.push(created);
      moveModelEndpoint(model, created, 'pending');
    },
  });
}
