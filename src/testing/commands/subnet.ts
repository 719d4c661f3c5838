/**
 * Subnet commands: `CreateSubnet` by AZ id or by the account's own AZ name (which must land
 * in the AZ id the account's map says), with the refusals AWS gives (`InvalidSubnet.Conflict`
 * for an overlapping block, `InvalidSubnet.Range` outside the VPC, `InvalidParameterValue`
 * for an AZ the account does not have, `SubnetLimitExceeded` past the subnets per VPC quota); `DeleteSubnet` (free, or `DependencyViolation` while
 * an NLB node or endpoint interface sits in it).
 *
 * @module
 */
import fc from 'fast-check';
import { findRegion } from '../../geo/regions.js';
import { present } from '../_internals/first.js';
import { fuzzFailure } from '../_internals/failure.js';
import { attempt, expectOutcome } from '../model/attempt.js';
import { identityOf, pick, subnetsOf, usedAddresses, zonesOf } from '../model/queries.js';
import { quotaRefusal } from '../model/quota-rules.js';
import { defineFuzzCommand, type FuzzCommand } from './define.js';

type Variant = 'byId' | 'byName' | 'conflict' | 'outside' | 'foreignZone';

/**
 * `CreateSubnet` in one of the model's VPCs.
 *
 * @example
 * const commands = fc.commands([createSubnetCommand()], { maxCommands: 10 });
 */
export function createSubnetCommand(): fc.Arbitrary<FuzzCommand> {
  return defineFuzzCommand({
    name: 'CreateSubnet',
    input: fc.record({
      vpc: fc.nat(),
      zone: fc.nat(),
      variant: fc.constantFrom<Variant>('byId', 'byId', 'byName', 'conflict', 'outside', 'foreignZone'),
    }),
    check: (model) => model.vpcs.length > 0,
    run: (model, cloud, { vpc, zone, variant }) => {
      const target = pick(model.vpcs, vpc);
      if (target === undefined) return;
      const zones = zonesOf(model, target.owner);
      const foreign = (findRegion(model.region)?.zoneIds ?? []).filter((z) => !zones.includes(z));
      const zoneIndex = Math.abs(zone) % Math.max(1, zones.length);
      const zoneId = variant === 'foreignZone' ? pick(foreign, zone) : zones[zoneIndex];
      const existing = subnetsOf(model, target.id)[0]?.cidr;
      const cidr = variant === 'conflict' ? existing : variant === 'outside' ? '100.64.0.0/28' : target.spareCidrs[0];
      if (zoneId === undefined || cidr === undefined) return;
      // The AZ, the block's range and overlaps are checked before the subnets per VPC quota.
      const valid = quotaRefusal(model, 'subnetsPerVpc', target.id) ?? 'ok';
      const expected = { byId: valid, byName: valid, conflict: 'InvalidSubnet.Conflict', outside: 'InvalidSubnet.Range', foreignZone: 'InvalidParameterValue' }[variant];
      const where = variant === 'byName' ? { AvailabilityZone: `${model.region}${String.fromCharCode(97 + zoneIndex)}` } : { AvailabilityZoneId: zoneId };
      const r = attempt(model, cloud, 'CreateSubnet', expectOutcome(expected), (c) =>
        c.ec2(identityOf(model, target.owner)).createSubnet({ VpcId: target.id, CidrBlock: cidr, ...where }),
      );
      if (!r.ok) return;
      if (r.value.Subnet.AvailabilityZoneId !== zoneId) {
        throw fuzzFailure(`CreateSubnet in ${JSON.stringify(where)} as ${target.owner} landed in ${r.value.Subnet.AvailabilityZoneId}, expected ${zoneId}`);
      }
      target.spareCidrs = target.spareCidrs.filter((b) => b !== cidr);
      model.subnets.push({ id: present(r.value.Subnet.SubnetId, 'SubnetId'), owner: target.owner, vpcId: target.id, cidr, zoneId });
    },
  });
}

/**
 * `DeleteSubnet`: refused while an interface lives in it.
 *
 * @example
 * const commands = fc.commands([deleteSubnetCommand()], { maxCommands: 10 });
 */
export function deleteSubnetCommand(): fc.Arbitrary<FuzzCommand> {
  return defineFuzzCommand({
    name: 'DeleteSubnet',
    input: fc.nat(),
    check: (model) => model.subnets.length > 0,
    run: (model, cloud, n) => {
      const subnet = pick(model.subnets, n);
      if (subnet === undefined) return;
      const busy = usedAddresses(model, subnet.id) > 0;
      const r = attempt(model, cloud, 'DeleteSubnet', expectOutcome(busy ? 'DependencyViolation' : 'ok'), (c) =>
        c.ec2(identityOf(model, subnet.owner)).deleteSubnet({ SubnetId: subnet.id }),
      );
      if (!r.ok) return;
      model.subnets = model.subnets.filter((s) => s.id !== subnet.id);
      model.vpcs.find((v) => v.id === subnet.vpcId)?.spareCidrs.push(subnet.cidr);
    },
  });
}
