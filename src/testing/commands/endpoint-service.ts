/**
 * Endpoint service commands (provider side): `CreateVpcEndpointServiceConfiguration` (NLBs
 * of the caller no other service uses; one that is used is `InvalidParameter`),
 * `ModifyVpcEndpointServiceConfiguration` (acceptance, adding an NLB, removing one; the last
 * one cannot go, nor one that alone serves an AZ with live endpoints, whose other AZs move to
 * another NLB) and `DeleteVpcEndpointServiceConfigurations` (per item
 * `ExistingVpcEndpointConnections` while an endpoint is `available` or `pendingAcceptance`).
 *
 * @module
 */
import fc from 'fast-check';
import { attempt, checkUnsuccessful, expectOutcome } from '../model/attempt.js';
import type { ModelLoadBalancer } from '../model/fuzz-model.js';
import { observeRewiring, strandedZones } from '../model/endpoint-rules.js';
import { blockingEndpoints, identityOf, pick } from '../model/queries.js';
import { cutConnections } from '../model/reference.js';
import { defineFuzzCommand, type FuzzCommand } from './define.js';

/**
 * `CreateVpcEndpointServiceConfiguration` over some of an account's NLBs.
 *
 * @example
 * const commands = fc.commands([createServiceCommand()], { maxCommands: 10 });
 */
export function createServiceCommand(): fc.Arbitrary<FuzzCommand> {
  return defineFuzzCommand({
    name: 'CreateVpcEndpointServiceConfiguration',
    input: fc.record({ lb: fc.nat(), more: fc.nat(), two: fc.boolean(), acceptanceRequired: fc.boolean() }),
    check: (model) => model.loadBalancers.length > 0,
    run: (model, cloud, { lb, more, two, acceptanceRequired }) => {
      const first = pick(model.loadBalancers, lb);
      if (first === undefined) return;
      const second = two ? pick(model.loadBalancers.filter((l) => l.owner === first.owner && l.arn !== first.arn), more) : undefined;
      const chosen: ModelLoadBalancer[] = second === undefined ? [first] : [first, second];
      const used = chosen.some((l) => l.serviceId !== undefined);
      const r = attempt(model, cloud, 'CreateVpcEndpointServiceConfiguration', expectOutcome(used ? 'InvalidParameter' : 'ok'), (c) =>
        c.ec2(identityOf(model, first.owner)).createVpcEndpointServiceConfiguration({
          NetworkLoadBalancerArns: chosen.map((l) => l.arn),
          AcceptanceRequired: acceptanceRequired,
        }),
      );
      if (!r.ok) return;
      const config = r.value.ServiceConfiguration;
      for (const l of chosen) l.serviceId = config.ServiceId;
      model.services.push({ id: config.ServiceId, name: config.ServiceName, owner: first.owner, acceptanceRequired, principals: [], loadBalancerArns: chosen.map((l) => l.arn) });
    },
  });
}

type Change = 'acceptance' | 'addLoadBalancer' | 'removeLoadBalancer';

/**
 * `ModifyVpcEndpointServiceConfiguration`: acceptance, or the NLB list.
 *
 * @example
 * const commands = fc.commands([modifyServiceCommand()], { maxCommands: 10 });
 */
export function modifyServiceCommand(): fc.Arbitrary<FuzzCommand> {
  return defineFuzzCommand({
    name: 'ModifyVpcEndpointServiceConfiguration',
    input: fc.record({ service: fc.nat(), change: fc.constantFrom<Change>('acceptance', 'addLoadBalancer', 'removeLoadBalancer'), lb: fc.nat(), flag: fc.boolean() }),
    check: (model) => model.services.length > 0,
    run: (model, cloud, { service: n, change, lb, flag }) => {
      const service = pick(model.services, n);
      if (service === undefined) return;
      const ec2 = (c: typeof cloud) => c.ec2(identityOf(model, service.owner));
      if (change === 'acceptance') {
        const r = attempt(model, cloud, 'ModifyVpcEndpointServiceConfiguration', expectOutcome('ok'), (c) =>
          ec2(c).modifyVpcEndpointServiceConfiguration({ ServiceId: service.id, AcceptanceRequired: flag }),
        );
        if (r.ok) service.acceptanceRequired = flag;
        return;
      }
      if (change === 'addLoadBalancer') {
        const candidate = pick(model.loadBalancers.filter((l) => l.owner === service.owner && !service.loadBalancerArns.includes(l.arn)), lb);
        if (candidate === undefined) return;
        const r = attempt(model, cloud, 'ModifyVpcEndpointServiceConfiguration', expectOutcome(candidate.serviceId === undefined ? 'ok' : 'InvalidParameter'), (c) =>
          ec2(c).modifyVpcEndpointServiceConfiguration({ ServiceId: service.id, AddNetworkLoadBalancerArns: [candidate.arn] }),
        );
        if (!r.ok) return;
        candidate.serviceId = service.id;
        service.loadBalancerArns.push(candidate.arn);
        return;
      }
      const removed = pick(service.loadBalancerArns, lb);
      if (removed === undefined) return;
      const remaining = service.loadBalancerArns.filter((a) => a !== removed);
      const refused = remaining.length === 0 || strandedZones(model, service, removed, remaining).length > 0;
      const r = attempt(model, cloud, 'ModifyVpcEndpointServiceConfiguration', expectOutcome(refused ? 'InvalidParameter' : 'ok'), (c) =>
        ec2(c).modifyVpcEndpointServiceConfiguration({ ServiceId: service.id, RemoveNetworkLoadBalancerArns: [removed] }),
      );
      if (!r.ok) return;
      service.loadBalancerArns = remaining;
      observeRewiring(model, cloud.world, service, removed);
      const freed = model.loadBalancers.find((l) => l.arn === removed);
      if (freed !== undefined) delete freed.serviceId;
      cutConnections(model, (c) => c.loadBalancerArn === removed && c.serviceId === service.id);
    },
  });
}

/**
 * `DeleteVpcEndpointServiceConfigurations` of one service.
 *
 * @example
 * const commands = fc.commands([deleteServiceCommand()], { maxCommands: 10 });
 */
export function deleteServiceCommand(): fc.Arbitrary<FuzzCommand> {
  return defineFuzzCommand({
    name: 'DeleteVpcEndpointServiceConfigurations',
    input: fc.nat(),
    check: (model) => model.services.length > 0,
    run: (model, cloud, n) => {
      const service = pick(model.services, n);
      if (service === undefined) return;
      const blocked = blockingEndpoints(model, service.id).length > 0;
      // AWS documents available and pendingAcceptance as blocking; a pending endpoint (being
      // provisioned) may block too: either answer is accepted, and the model follows.
      const provisioning = model.endpoints.some((e) => e.serviceId === service.id && e.state === 'pending');
      const r = attempt(model, cloud, 'DeleteVpcEndpointServiceConfigurations', expectOutcome('ok'), (c) =>
        c.ec2(identityOf(model, service.owner)).deleteVpcEndpointServiceConfigurations({ ServiceIds: [service.id] }),
      );
      if (!r.ok) return;
      const expected = blocked ? 'ExistingVpcEndpointConnections' : provisioning ? [undefined, 'ExistingVpcEndpointConnections'] : undefined;
      const answers = checkUnsuccessful(model, 'DeleteVpcEndpointServiceConfigurations', r.value.Unsuccessful, { [service.id]: expected });
      if (answers[service.id] !== undefined) return;
      model.services = model.services.filter((s) => s.id !== service.id);
      for (const l of model.loadBalancers) if (l.serviceId === service.id) delete l.serviceId;
      cutConnections(model, (c) => c.serviceId === service.id);
    },
  });
}
