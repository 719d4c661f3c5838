/**
 * The consumer changing or deleting its endpoints: `ModifyVpcEndpoint` (add a subnet,
 * remove one, add or remove a security group, turn private DNS on or off), refused with
 * `IncorrectState` once the endpoint is `deleting` or `deleted`; and `DeleteVpcEndpoints`
 * (`deleting` -> `deleted`, cutting its connections; the interfaces go when `deleted`).
 *
 * @module
 */
import fc from 'fast-check';
import { attempt, checkUnsuccessful, expectOutcome } from '../model/attempt.js';
import { observeZones, privateDnsAllowed, serviceOf, subnetSpaceOutcome, subnetZonesOutcome } from '../model/endpoint-rules.js';
import type { FuzzModel, ModelEndpoint } from '../model/fuzz-model.js';
import { identityOf, pick, subnetsOf } from '../model/queries.js';
import { quotaRefusal } from '../model/quota-rules.js';
import { cutConnections, moveModelEndpoint } from '../model/reference.js';
import { defineFuzzCommand, type FuzzCommand } from './define.js';

type Change = 'addSubnet' | 'removeSubnet' | 'addGroup' | 'removeGroup' | 'privateDns';

interface Planned {
  request: Record<string, unknown>;
  expected: string;
  apply: () => void;
}

/** The request, expected outcome and model update of one change; `undefined` when it does not apply. */
function plan(model: FuzzModel, cloud: Parameters<FuzzCommand['run']>[1], endpoint: ModelEndpoint, change: Change, n: number, flag: boolean): Planned | undefined {
  const service = serviceOf(model, endpoint);
  const gone = endpoint.state === 'deleting' || endpoint.state === 'deleted' ? 'IncorrectState' : service === undefined ? 'InvalidServiceName' : undefined;
  if (change === 'addSubnet') {
    const subnet = pick(subnetsOf(model, endpoint.vpcId).filter((s) => !endpoint.zones.some((z) => z.subnetId === s.id)), n);
    if (subnet === undefined || service === undefined) return undefined;
    const zones = subnetZonesOutcome(model, service, [subnet], endpoint.zones.map((z) => z.zoneId));
    const expected = gone ?? (zones !== 'ok' ? zones : subnetSpaceOutcome(model, [subnet]));
    return {
      request: { AddSubnetIds: [subnet.id] },
      expected,
      apply: () => endpoint.zones.push(...observeZones(model, cloud.world, endpoint.id, service, [subnet])),
    };
  }
  if (change === 'removeSubnet') {
    const zone = pick(endpoint.zones, n);
    if (zone === undefined) return undefined;
    return {
      request: { RemoveSubnetIds: [zone.subnetId] },
      expected: gone ?? 'ok',
      apply: () => {
        endpoint.zones = endpoint.zones.filter((z) => z !== zone);
        cutConnections(model, (c) => c.endpointId === endpoint.id && c.zoneId === zone.zoneId);
      },
    };
  }
  if (change === 'addGroup') {
    const group = pick(model.securityGroups.filter((g) => g.owner === endpoint.owner && !endpoint.groups.includes(g.id)), n);
    if (group === undefined) return undefined;
    return {
      request: { AddSecurityGroupIds: [group.id] },
      expected: gone ?? (group.vpcId !== endpoint.vpcId ? 'InvalidParameter' : (quotaRefusal(model, 'securityGroupsPerNetworkInterface', endpoint.id) ?? 'ok')),
      apply: () => endpoint.groups.push(group.id),
    };
  }
  if (change === 'removeGroup') {
    const group = pick(endpoint.groups, n);
    if (group === undefined) return undefined;
    return {
      request: { RemoveSecurityGroupIds: [group] },
      expected: gone ?? (endpoint.groups.length === 1 ? 'InvalidParameter' : 'ok'),
      apply: () => {
        endpoint.groups = endpoint.groups.filter((g) => g !== group);
      },
    };
  }
  const refused = flag && !endpoint.privateDnsEnabled && (service === undefined || !privateDnsAllowed(model, service, endpoint.vpcId, endpoint.id));
  return {
    request: { PrivateDnsEnabled: flag },
    expected: gone ?? (refused ? 'InvalidParameter' : 'ok'),
    apply: () => {
      endpoint.privateDnsEnabled = flag;
    },
  };
}

/**
 * `ModifyVpcEndpoint` with one change.
 *
 * @example
 * const commands = fc.commands([modifyEndpointCommand()], { maxCommands: 10 });
 */
export function modifyEndpointCommand(): fc.Arbitrary<FuzzCommand> {
  return defineFuzzCommand({
    name: 'ModifyVpcEndpoint',
    input: fc.record({
      endpoint: fc.nat(),
      change: fc.constantFrom<Change>('addSubnet', 'removeSubnet', 'addGroup', 'removeGroup', 'privateDns'),
      pick: fc.nat(),
      flag: fc.boolean(),
    }),
    check: (model) => model.endpoints.length > 0,
    run: (model, cloud, { endpoint: e, change, pick: n, flag }) => {
      // Endpoints to AWS services are created and checked by their own command.
      const endpoint = pick(model.endpoints.filter((x) => x.state !== 'deleted' && x.awsService === undefined), e);
      if (endpoint === undefined) return;
      const planned = plan(model, cloud, endpoint, change, n, flag);
      if (planned === undefined) return;
      const r = attempt(model, cloud, 'ModifyVpcEndpoint', expectOutcome(planned.expected), (c) =>
        c.ec2(identityOf(model, endpoint.owner)).modifyVpcEndpoint({ VpcEndpointId: endpoint.id, ...planned.request }),
      );
      if (r.ok) planned.apply();
    },
  });
}

/**
 * `DeleteVpcEndpoints` of one of the consumer's endpoints.
 *
 * @example
 * const commands = fc.commands([deleteEndpointCommand()], { maxCommands: 10 });
 */
export function deleteEndpointCommand(): fc.Arbitrary<FuzzCommand> {
  return defineFuzzCommand({
    name: 'DeleteVpcEndpoints',
    input: fc.nat(),
    check: (model) => model.endpoints.some((e) => e.state !== 'deleted'),
    run: (model, cloud, n) => {
      const endpoint = pick(model.endpoints.filter((e) => e.state !== 'deleted'), n);
      if (endpoint === undefined) return;
      const r = attempt(model, cloud, 'DeleteVpcEndpoints', expectOutcome('ok'), (c) =>
        c.ec2(identityOf(model, endpoint.owner)).deleteVpcEndpoints({ VpcEndpointIds: [endpoint.id] }),
      );
      if (!r.ok) return;
      checkUnsuccessful(model, 'DeleteVpcEndpoints', r.value.Unsuccessful, { [endpoint.id]: undefined });
      if (endpoint.state !== 'deleting') moveModelEndpoint(model, endpoint, 'deleting');
    },
  });
}
