/**
 * Deliberate cross-account misuse (invariant 10, and 6): an account acting on another
 * account's VPC, subnet, security group, service, endpoint, NLB, target group, listener or
 * peering must get exactly the answer for a resource that does not exist, and nothing may
 * change (`cloud.world` stays the same object, also when the call answers with
 * `Unsuccessful` items or, as ELBv2's `DeleteLoadBalancer` does, plain success).
 *
 * @module
 */
import fc from 'fast-check';
import type { Cloud } from '../../cloud.js';
import type { UnsuccessfulItem } from '../../endpoint-services/unsuccessful.js';
import { fuzzFailure } from '../_internals/failure.js';
import { attempt, checkUnsuccessful, expectOutcome } from '../model/attempt.js';
import type { FuzzModel } from '../model/fuzz-model.js';
import { identityOf, pick } from '../model/queries.js';
import { defineFuzzCommand, type FuzzCommand } from './define.js';

/** One misuse: the victim's owner, the expected answer, and the call as `caller`. */
interface Misuse {
  owner: string;
  expected: string;
  /** For batch calls: the resource id and the `Unsuccessful` code expected for it. */
  item?: [string, string];
  call: (c: Cloud, caller: string) => unknown;
}

type Pick = (model: FuzzModel, n: number) => Misuse | undefined;

const ec2 = (model: FuzzModel, c: Cloud, caller: string) => c.ec2(identityOf(model, caller));
const elb = (model: FuzzModel, c: Cloud, caller: string) => c.elbv2(identityOf(model, caller));

/** Every misuse, by the action it exercises. */
const MISUSES: Record<string, Pick> = {
  DeleteVpc: (m, n) => { const v = pick(m.vpcs, n); return v && { owner: v.owner, expected: 'InvalidVpcID.NotFound', call: (c, who) => ec2(m, c, who).deleteVpc({ VpcId: v.id }) }; },
  ModifyVpcAttribute: (m, n) => { const v = pick(m.vpcs, n); return v && { owner: v.owner, expected: 'InvalidVpcID.NotFound', call: (c, who) => ec2(m, c, who).modifyVpcAttribute({ VpcId: v.id, EnableDnsSupport: { Value: false } }) }; },
  CreateSubnet: (m, n) => { const v = pick(m.vpcs, n); return v && { owner: v.owner, expected: 'InvalidVpcID.NotFound', call: (c, who) => ec2(m, c, who).createSubnet({ VpcId: v.id, CidrBlock: v.cidr }) }; },
  DeleteSubnet: (m, n) => { const s = pick(m.subnets, n); return s && { owner: s.owner, expected: 'InvalidSubnetID.NotFound', call: (c, who) => ec2(m, c, who).deleteSubnet({ SubnetId: s.id }) }; },
  DeleteSecurityGroup: (m, n) => { const g = pick(m.securityGroups, n); return g && { owner: g.owner, expected: 'InvalidGroup.NotFound', call: (c, who) => ec2(m, c, who).deleteSecurityGroup({ GroupId: g.id }) }; },
  CreateVpcEndpoint: (m, n) => {
    const v = pick(m.vpcs, n);
    const s = m.services[0];
    return v && s && { owner: v.owner, expected: 'InvalidVpcID.NotFound', call: (c, who) => ec2(m, c, who).createVpcEndpoint({ VpcEndpointType: 'Interface', VpcId: v.id, ServiceName: s.name }) };
  },
  ModifyVpcEndpointServiceConfiguration: (m, n) => { const s = pick(m.services, n); return s && { owner: s.owner, expected: 'InvalidVpcEndpointServiceId.NotFound', call: (c, who) => ec2(m, c, who).modifyVpcEndpointServiceConfiguration({ ServiceId: s.id, AcceptanceRequired: false }) }; },
  ModifyVpcEndpointServicePermissions: (m, n) => { const s = pick(m.services, n); return s && { owner: s.owner, expected: 'InvalidVpcEndpointServiceId.NotFound', call: (c, who) => ec2(m, c, who).modifyVpcEndpointServicePermissions({ ServiceId: s.id, AddAllowedPrincipals: ['*'] }) }; },
  AcceptVpcEndpointConnections: (m, n) => {
    const e = pick(m.endpoints, n);
    const s = e && m.services.find((x) => x.id === e.serviceId);
    return e && s && { owner: s.owner, expected: 'InvalidVpcEndpointServiceId.NotFound', call: (c, who) => ec2(m, c, who).acceptVpcEndpointConnections({ ServiceId: s.id, VpcEndpointIds: [e.id] }) };
  },
  StartVpcEndpointServicePrivateDnsVerification: (m, n) => { const s = pick(m.services, n); return s && { owner: s.owner, expected: 'InvalidVpcEndpointServiceId.NotFound', call: (c, who) => ec2(m, c, who).startVpcEndpointServicePrivateDnsVerification({ ServiceId: s.id }) }; },
  CreateVpcEndpointConnectionNotification: (m, n) => {
    const s = pick(m.services, n);
    return s && { owner: s.owner, expected: 'InvalidVpcEndpointServiceId.NotFound', call: (c, who) => ec2(m, c, who).createVpcEndpointConnectionNotification({ ServiceId: s.id, ConnectionNotificationArn: `arn:aws:sns:${m.region}:${who}:t`, ConnectionEvents: ['Connect'] }) };
  },
  DeleteVpcEndpointServiceConfigurations: (m, n) => { const s = pick(m.services, n); return s && { owner: s.owner, expected: 'ok', item: [s.id, 'InvalidVpcEndpointService.NotFound'], call: (c, who) => ec2(m, c, who).deleteVpcEndpointServiceConfigurations({ ServiceIds: [s.id] }) }; },
  ModifyVpcEndpoint: (m, n) => { const e = pick(m.endpoints, n); return e && { owner: e.owner, expected: 'InvalidVpcEndpointId.NotFound', call: (c, who) => ec2(m, c, who).modifyVpcEndpoint({ VpcEndpointId: e.id, PrivateDnsEnabled: false }) }; },
  DeleteVpcEndpoints: (m, n) => { const e = pick(m.endpoints, n); return e && { owner: e.owner, expected: 'ok', item: [e.id, 'InvalidVpcEndpoint.NotFound'], call: (c, who) => ec2(m, c, who).deleteVpcEndpoints({ VpcEndpointIds: [e.id] }) }; },
  DeleteLoadBalancer: (m, n) => { const l = pick(m.loadBalancers, n); return l && { owner: l.owner, expected: 'ok', call: (c, who) => elb(m, c, who).deleteLoadBalancer({ LoadBalancerArn: l.arn }) }; },
  CreateListener: (m, n) => {
    const l = pick(m.loadBalancers, n);
    const t = m.targetGroups[0];
    return l && t && { owner: l.owner, expected: 'LoadBalancerNotFound', call: (c, who) => elb(m, c, who).createListener({ LoadBalancerArn: l.arn, Protocol: 'TCP', Port: 7000, DefaultActions: [{ Type: 'forward', TargetGroupArn: t.arn }] }) };
  },
  RegisterTargets: (m, n) => { const t = pick(m.targetGroups, n); return t && { owner: t.owner, expected: 'TargetGroupNotFound', call: (c, who) => elb(m, c, who).registerTargets({ TargetGroupArn: t.arn, Targets: [{ Id: '10.0.0.10' }] }) }; },
  DeleteListener: (m, n) => { const l = pick(m.listeners, n); return l && { owner: l.owner, expected: 'ListenerNotFound', call: (c, who) => elb(m, c, who).deleteListener({ ListenerArn: l.arn }) }; },
};

/** The `Unsuccessful` items of a batch answer (none when it has no such list). */
function unsuccessfulItems(value: unknown): UnsuccessfulItem[] {
  if (typeof value !== 'object' || value === null || !('Unsuccessful' in value) || !Array.isArray(value.Unsuccessful)) return [];
  return value.Unsuccessful.filter((i): i is UnsuccessfulItem => typeof i === 'object' && i !== null && 'ResourceId' in i && 'Error' in i);
}

/**
 * Another account acting on a resource it does not own.
 *
 * @example
 * const commands = fc.commands([foreignResourceCommand()], { maxCommands: 10 });
 */
export function foreignResourceCommand(): fc.Arbitrary<FuzzCommand> {
  return defineFuzzCommand({
    name: 'ForeignResource',
    input: fc.record({ action: fc.constantFrom(...Object.keys(MISUSES)), victim: fc.nat(), caller: fc.nat() }),
    check: (model) => model.accounts.length > 1,
    run: (model, cloud, { action, victim, caller }) => {
      const misuse = MISUSES[action]?.(model, victim);
      const who = misuse === undefined ? undefined : pick(model.accounts.filter((a) => a !== misuse.owner), caller);
      if (misuse === undefined || who === undefined) return;
      const before = cloud.world;
      const r = attempt(model, cloud, action, expectOutcome(misuse.expected), (c) => misuse.call(c, who));
      if (r.ok && misuse.item !== undefined) checkUnsuccessful(model, action, unsuccessfulItems(r.value), { [misuse.item[0]]: misuse.item[1] });
      if (cloud.world !== before) throw fuzzFailure(`${action} by ${who} on a resource of ${misuse.owner} changed the world`);
    },
  });
}
