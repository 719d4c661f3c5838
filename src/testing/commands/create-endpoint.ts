/**
 * `CreateVpcEndpoint` as any principal of the plan, to any service (or an unknown one, or a
 * name of another region), in one of the caller's VPCs: predicted from the reference model
 * in AWS's order (IAM, the endpoints per VPC quota -> `VpcEndpointLimitExceeded`, service
 * visibility -> `InvalidServiceName`, subnets ->
 * `InvalidParameter` / `DuplicateSubnetsInSameZone`, private DNS -> `InvalidParameter`,
 * addresses -> `InsufficientFreeAddressesInSubnet`), then `pendingAcceptance` when the
 * service requires acceptance, else `pending` -> `available`.
 *
 * @module
 */
import fc from 'fast-check';
import { parseEndpointDnsName } from '../../endpoints/dns-entries.js';
import { fuzzFailure } from '../_internals/failure.js';
import { present } from '../_internals/first.js';
import { attempt, expectOutcome } from '../model/attempt.js';
import { observeZones, privateDnsAllowed, subnetSpaceOutcome, subnetZonesOutcome } from '../model/endpoint-rules.js';
import type { FuzzModel, ModelEndpoint, ModelService, ModelSubnet } from '../model/fuzz-model.js';
import { accountOf, identityOf, mayUse, pick, serviceZones, subnetsOf } from '../model/queries.js';
import { quotaRefusal } from '../model/quota-rules.js';
import { moveModelEndpoint } from '../model/reference.js';
import { defineFuzzCommand, type FuzzCommand } from './define.js';

type Target = 'service' | 'unknownService' | 'otherRegion';

/** One subnet per AZ the service offers (the first of each). */
function firstPerOfferedZone(model: FuzzModel, service: ModelService, subnets: readonly ModelSubnet[]): ModelSubnet[] {
  const offered = serviceZones(model, service);
  const seen = new Set<string>();
  return subnets.filter((s) => {
    if (!offered.has(s.zoneId) || seen.has(s.zoneId)) return false;
    seen.add(s.zoneId);
    return true;
  });
}

/** What the call should answer, in the order AWS checks. */
function expectedOutcome(model: FuzzModel, who: string, service: ModelService | undefined, subnets: readonly ModelSubnet[], vpcId: string, privateDns: boolean): string {
  if (model.deniedPrincipals.has(who)) return 'UnauthorizedOperation';
  const quota = quotaRefusal(model, 'interfaceEndpointsPerVpc', vpcId);
  if (quota !== undefined) return quota;
  if (service === undefined || !mayUse(service, who)) return 'InvalidServiceName';
  const zones = subnetZonesOutcome(model, service, subnets, []);
  if (zones !== 'ok') return zones;
  if (privateDns && !privateDnsAllowed(model, service, vpcId)) return 'InvalidParameter';
  return subnetSpaceOutcome(model, subnets);
}

/** The regional name among an endpoint's DNS names: the one without an AZ name. */
function regionalName(names: readonly string[]): string {
  const regional = names.find((n) => {
    const parsed = parseEndpointDnsName(n);
    return parsed !== undefined && parsed.zoneName === undefined;
  });
  if (regional === undefined) throw fuzzFailure(`no regional DNS name among [${names.join(', ')}]`);
  return regional;
}

/**
 * `CreateVpcEndpoint` (`VpcEndpointType: 'Interface'`).
 *
 * @example
 * const commands = fc.commands([createEndpointCommand()], { maxCommands: 10 });
 */
export function createEndpointCommand(): fc.Arbitrary<FuzzCommand> {
  return defineFuzzCommand({
    name: 'CreateVpcEndpoint',
    input: fc.record({
      who: fc.nat(),
      service: fc.nat(),
      target: fc.constantFrom<Target>('service', 'service', 'service', 'unknownService', 'otherRegion'),
      vpc: fc.nat(),
      subnets: fc.uniqueArray(fc.nat({ max: 7 }), { minLength: 1, maxLength: 3 }),
      privateDns: fc.oneof({ arbitrary: fc.constant(false), weight: 3 }, { arbitrary: fc.constant(true), weight: 1 }),
      // Mostly a caller the service allows, in subnets of AZs it offers: the paths that succeed.
      fit: fc.oneof({ arbitrary: fc.constant(true), weight: 3 }, { arbitrary: fc.constant(false), weight: 1 }),
    }),
    check: (model) => model.vpcs.length > 0,
    run: (model, cloud, input) => {
      const service = input.target === 'service' ? pick(model.services, input.service) : undefined;
      const fitting = input.fit && service !== undefined;
      const callers = fitting ? model.principals.filter((p) => mayUse(service, p) && !model.deniedPrincipals.has(p)) : model.principals;
      const who = pick(callers, input.who) ?? '';
      const owner = accountOf(who);
      const vpc = pick(model.vpcs.filter((v) => v.owner === owner && subnetsOf(model, v.id).length > 0), input.vpc);
      if (vpc === undefined) return;
      const candidates = fitting ? firstPerOfferedZone(model, service, subnetsOf(model, vpc.id)) : subnetsOf(model, vpc.id);
      const subnets = [...new Set(input.subnets.map((i) => pick(candidates, i)).filter((s): s is ModelSubnet => s !== undefined))];
      const name =
        service?.name ??
        (input.target === 'otherRegion' && model.services[0] !== undefined
          ? model.services[0].name.replace(`.${model.region}.`, model.region === 'us-east-1' ? '.us-west-2.' : '.us-east-1.')
          : `com.amazonaws.vpce.${model.region}.vpce-svc-0123456789abcdef0`);
      const expected = expectedOutcome(model, who, service, subnets, vpc.id, input.privateDns);
      const r = attempt(model, cloud, 'CreateVpcEndpoint', expectOutcome(expected), (c) =>
        c.ec2(identityOf(model, owner, who)).createVpcEndpoint({
          VpcEndpointType: 'Interface',
          VpcId: vpc.id,
          ServiceName: name,
          SubnetIds: subnets.map((s) => s.id),
          PrivateDnsEnabled: input.privateDns,
        }),
      );
      if (!r.ok || service === undefined) return;
      const id = present(r.value.VpcEndpoint.VpcEndpointId, 'VpcEndpointId');
      const initial = service.acceptanceRequired ? 'pendingAcceptance' : 'pending';
      if (r.value.VpcEndpoint.State !== initial) throw fuzzFailure(`CreateVpcEndpoint answered ${r.value.VpcEndpoint.State}, expected ${initial} (AcceptanceRequired=${service.acceptanceRequired})`);
      const created: ModelEndpoint = {
        id,
        owner,
        requester: who,
        vpcId: vpc.id,
        serviceId: service.id,
        state: initial,
        zones: observeZones(model, cloud.world, id, service, subnets),
        groups: [vpc.defaultSecurityGroupId],
        privateDnsEnabled: input.privateDns,
        regionalDnsName: regionalName(r.value.VpcEndpoint.DnsEntries.map((d) => d.DnsName ?? '')),
      };
      model.endpoints.push(created);
      moveModelEndpoint(model, created, initial);
    },
  });
}
