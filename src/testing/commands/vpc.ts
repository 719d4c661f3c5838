/**
 * VPC commands: `CreateVpc` (valid blocks, and /15 or /29 blocks that AWS refuses with
 * `InvalidVpc.Range`; past the VPCs or security groups per Region quota `VpcLimitExceeded` or
 * `SecurityGroupLimitExceeded`), `DeleteVpc` (empty VPCs, and ones with subnets: `DependencyViolation`),
 * `ModifyVpcAttribute` (DNS support and hostnames; hostnames need support).
 *
 * @module
 */
import fc from 'fast-check';
import { formatIpv4, parseCidr } from '../../network/cidr.js';
import { subnetCidrs, vpcCidr } from '../arbitraries/cidr.js';
import { firstOf, present } from '../_internals/first.js';
import { attempt, expectOutcome } from '../model/attempt.js';
import type { FuzzModel, ModelVpc } from '../model/fuzz-model.js';
import { identityOf, pick, subnetsOf } from '../model/queries.js';
import { quotaRefusal } from '../model/quota-rules.js';
import { defineFuzzCommand, type FuzzCommand } from './define.js';

const newVpc = vpcCidr({ minPrefixLength: 20, maxPrefixLength: 26 }).chain((cidr) =>
  subnetCidrs(cidr, { minPrefixLength: Math.min(Number(cidr.split('/')[1]) + 2, 28), maxLength: 4 }).map((spare) => ({ cidr, spare })),
);

/** A block one bit too large or too small for a VPC. */
function outOfRange(cidr: string, tooLarge: boolean): string {
  const block = parseCidr(cidr);
  if (block === undefined) return cidr;
  if (tooLarge) return `${formatIpv4(block.base - (block.base % 2 ** 17))}/15`;
  return `${formatIpv4(block.base)}/29`;
}

/**
 * `CreateVpc` as one of the plan's accounts.
 *
 * @example
 * const commands = fc.commands([createVpcCommand()], { maxCommands: 10 });
 */
export function createVpcCommand(): fc.Arbitrary<FuzzCommand> {
  return defineFuzzCommand({
    name: 'CreateVpc',
    input: fc.record({ owner: fc.nat(), vpc: newVpc, variant: fc.constantFrom('valid', 'valid', 'valid', 'tooLarge', 'tooSmall') }),
    run: (model, cloud, { owner, vpc, variant }) => {
      const account = pick(model.accounts, owner) ?? '';
      const cidr = variant === 'valid' ? vpc.cidr : outOfRange(vpc.cidr, variant === 'tooLarge');
      const ec2 = (c: typeof cloud) => c.ec2(identityOf(model, account));
      // The block is parsed first; then the VPC quota, then the quota its default group counts against.
      const expected = variant !== 'valid' ? 'InvalidVpc.Range' : (quotaRefusal(model, 'vpcsPerRegion', account) ?? quotaRefusal(model, 'securityGroupsPerRegion', account) ?? 'ok');
      const r = attempt(model, cloud, 'CreateVpc', expectOutcome(expected), (c) => ec2(c).createVpc({ CidrBlock: cidr }));
      if (!r.ok) return;
      const id = present(r.value.Vpc.VpcId, 'VpcId');
      const groups = attempt(model, cloud, 'DescribeSecurityGroups', expectOutcome('ok'), (c) =>
        ec2(c).describeSecurityGroups({ Filters: [{ Name: 'vpc-id', Values: [id] }] }),
      );
      const groupId = groups.ok ? present(firstOf(groups.value.SecurityGroups, 'the default group').GroupId, 'GroupId') : '';
      model.vpcs.push({ id, owner: account, cidr, defaultSecurityGroupId: groupId, dnsSupport: true, dnsHostnames: false, spareCidrs: [...vpc.spare] });
      model.securityGroups.push({ id: groupId, owner: account, vpcId: id, name: 'default', isDefault: true, rules: [] });
    },
  });
}

/** Whether anything the model knows keeps `vpc` alive (subnets, groups, target groups, endpoints, links). */
function dependents(model: FuzzModel, vpc: ModelVpc): string[] {
  return [
    ...subnetsOf(model, vpc.id).map((s) => s.id),
    ...model.securityGroups.filter((g) => g.vpcId === vpc.id && !g.isDefault).map((g) => g.id),
    ...model.targetGroups.filter((t) => t.vpcId === vpc.id).map((t) => t.arn),
    ...model.loadBalancers.filter((l) => l.vpcId === vpc.id).map((l) => l.arn),
    ...model.endpoints.filter((e) => e.vpcId === vpc.id && e.state !== 'deleted').map((e) => e.id),
    ...model.onPremises.filter((o) => o.vpcId === vpc.id).map((o) => o.id),
    ...model.peerings.filter((p) => p.status === 'pending-acceptance' && p.accepterVpcId === vpc.id && p.requesterOwner !== p.accepterOwner).map((p) => p.id),
  ];
}

/**
 * `DeleteVpc`: an empty VPC goes; one with subnets is `DependencyViolation`.
 *
 * @example
 * const commands = fc.commands([deleteVpcCommand()], { maxCommands: 10 });
 */
export function deleteVpcCommand(): fc.Arbitrary<FuzzCommand> {
  return defineFuzzCommand({
    name: 'DeleteVpc',
    input: fc.record({ vpc: fc.nat(), empty: fc.boolean() }),
    check: (model, { empty }) => model.vpcs.some((v) => (dependents(model, v).length === 0) === empty && (empty || subnetsOf(model, v.id).length > 0)),
    run: (model, cloud, { vpc, empty }) => {
      const candidates = model.vpcs.filter((v) => (dependents(model, v).length === 0) === empty && (empty || subnetsOf(model, v.id).length > 0));
      const target = pick(candidates, vpc);
      if (target === undefined) return;
      const r = attempt(model, cloud, 'DeleteVpc', expectOutcome(empty ? 'ok' : 'DependencyViolation'), (c) =>
        c.ec2(identityOf(model, target.owner)).deleteVpc({ VpcId: target.id }),
      );
      if (!r.ok) return;
      model.vpcs = model.vpcs.filter((v) => v.id !== target.id);
      model.securityGroups = model.securityGroups.filter((g) => g.vpcId !== target.id);
      for (const p of model.peerings) if (p.requesterVpcId === target.id || p.accepterVpcId === target.id) p.status = 'deleted';
    },
  });
}

/**
 * `ModifyVpcAttribute` of DNS support or hostnames (hostnames on need support on).
 *
 * @example
 * const commands = fc.commands([modifyVpcAttributeCommand()], { maxCommands: 10 });
 */
export function modifyVpcAttributeCommand(): fc.Arbitrary<FuzzCommand> {
  return defineFuzzCommand({
    name: 'ModifyVpcAttribute',
    input: fc.record({ vpc: fc.nat(), attribute: fc.constantFrom('EnableDnsSupport' as const, 'EnableDnsHostnames' as const), value: fc.boolean() }),
    check: (model) => model.vpcs.length > 0,
    run: (model, cloud, { vpc, attribute, value }) => {
      const target = pick(model.vpcs, vpc);
      if (target === undefined) return;
      const refused = attribute === 'EnableDnsHostnames' && value && !target.dnsSupport;
      const r = attempt(model, cloud, 'ModifyVpcAttribute', expectOutcome(refused ? 'InvalidParameterValue' : 'ok'), (c) =>
        c.ec2(identityOf(model, target.owner)).modifyVpcAttribute({ VpcId: target.id, [attribute]: { Value: value } }),
      );
      if (!r.ok) return;
      if (attribute === 'EnableDnsSupport') target.dnsSupport = value;
      else target.dnsHostnames = value;
    },
  });
}
