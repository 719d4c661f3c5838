/**
 * EC2 `ModifyVpcEndpointServiceConfiguration`: add or remove NLBs (never down to none),
 * change `AcceptanceRequired` (future requests only: existing connections stay), set or
 * remove the private DNS name (a new name starts unverified). Endpoints wired to a removed NLB
 * move, per AZ, to another of the service's NLBs there; an AZ left with none is refused. Only the owner may, and only
 * while the service is `Pending` or `Available`.
 *
 * @module
 */
import { defineAction } from '../../core/action.js';
import { errors } from '../../core/errors.js';
import { rewireEndpointZones } from '../../endpoints/load-balancer-choice.js';
import { serviceEndpoints } from '../connections.js';
import { requireModifiable } from '../lifecycle.js';
import { attachLoadBalancers, detachLoadBalancers, requireServiceLoadBalancers } from '../load-balancers.js';
import { requireOwnedService } from '../lookup.js';
import { checkPrivateDnsName, setPrivateDnsName } from '../private-dns.js';
import { serviceArnOf } from '../render.js';
import { checkSupportedIpAddressTypes } from '../supported-ip-address-types.js';

/** SDK v3 `ModifyVpcEndpointServiceConfigurationRequest`. */
export interface ModifyVpcEndpointServiceConfigurationRequest {
  DryRun?: boolean;
  ServiceId: string;
  PrivateDnsName?: string;
  RemovePrivateDnsName?: boolean;
  AcceptanceRequired?: boolean;
  AddNetworkLoadBalancerArns?: string[];
  RemoveNetworkLoadBalancerArns?: string[];
  AddGatewayLoadBalancerArns?: string[];
  RemoveGatewayLoadBalancerArns?: string[];
  AddSupportedIpAddressTypes?: string[];
  RemoveSupportedIpAddressTypes?: string[];
  AddSupportedRegions?: string[];
  RemoveSupportedRegions?: string[];
}

/** SDK v3 `ModifyVpcEndpointServiceConfigurationResult`. */
export interface ModifyVpcEndpointServiceConfigurationResult {
  Return: boolean;
}

/**
 * `ModifyVpcEndpointServiceConfiguration`.
 *
 * @example
 * ec2.modifyVpcEndpointServiceConfiguration({ ServiceId, AcceptanceRequired: false });
 */
export const modifyVpcEndpointServiceConfiguration = defineAction<
  ModifyVpcEndpointServiceConfigurationRequest,
  ModifyVpcEndpointServiceConfigurationResult
>()({
  name: 'ModifyVpcEndpointServiceConfiguration',
  api: 'ec2',
  parse: (p) => {
    const gateway = [...(p.optionalStringList('AddGatewayLoadBalancerArns') ?? []), ...(p.optionalStringList('RemoveGatewayLoadBalancerArns') ?? [])];
    if (gateway[0] !== undefined) throw errors.serviceLoadBalancerNotFound(gateway[0]);
    const name = p.optionalString('PrivateDnsName');
    const remove = p.optionalBoolean('RemovePrivateDnsName') ?? false;
    if (name !== undefined && remove) throw errors.privateDnsNameCombination();
    checkSupportedIpAddressTypes(p, 'AddSupportedIpAddressTypes');
    return {
      serviceId: p.string('ServiceId'),
      privateDnsName: name === undefined ? undefined : checkPrivateDnsName(name),
      removePrivateDnsName: remove,
      acceptanceRequired: p.optionalBoolean('AcceptanceRequired'),
      add: p.optionalStringList('AddNetworkLoadBalancerArns') ?? [],
      remove: p.optionalStringList('RemoveNetworkLoadBalancerArns') ?? [],
      removeIpTypes: checkSupportedIpAddressTypes(p, 'RemoveSupportedIpAddressTypes'),
      regions: [...(p.optionalStringList('AddSupportedRegions') ?? []), ...(p.optionalStringList('RemoveSupportedRegions') ?? [])],
    };
  },
  authorize: (_world, caller, parsed) => ({
    resource: serviceArnOf(caller.region, caller.accountId, parsed.serviceId),
    context: { 'ec2:VpceServicePrivateDnsName': parsed.privateDnsName },
  }),
  apply: (ctx, parsed) => {
    const { caller } = ctx;
    const state = ctx.region;
    const service = requireOwnedService(state, caller.accountId, parsed.serviceId);
    requireModifiable(service);
    for (const region of parsed.regions) if (region !== caller.region) throw errors.serviceRegionUnsupported(region);
    // ipv4 is the only type; removing it would leave none.
    if (parsed.removeIpTypes.length > 0) throw errors.serviceIpAddressTypeRequired();
    for (const arn of parsed.remove) {
      if (!service.NetworkLoadBalancerArns.includes(arn)) throw errors.serviceLoadBalancerNotAssociated(arn, service.ServiceId);
    }
    const added = parsed.add.filter((arn) => !service.NetworkLoadBalancerArns.includes(arn));
    requireServiceLoadBalancers(state, caller, added, service.ServiceId);
    const next = [...service.NetworkLoadBalancerArns.filter((arn) => !parsed.remove.includes(arn) || parsed.add.includes(arn)), ...added];
    if (next.length === 0) throw errors.serviceLoadBalancerRequired();
    const removed = service.NetworkLoadBalancerArns.filter((arn) => !next.includes(arn));
    service.NetworkLoadBalancerArns = next;
    rewireEndpointZones(ctx.world.seed, state, service, serviceEndpoints(state, service), removed);
    detachLoadBalancers(state, service.ServiceId, removed);
    attachLoadBalancers(state, service.ServiceId, added);
    for (const arn of removed) {
      ctx.emit({
        type: 'DataPathCut',
        region: caller.region,
        scope: { kind: 'loadBalancer', loadBalancerArn: arn, serviceId: service.ServiceId },
        reason: `Load balancer ${arn} was removed from VPC Endpoint Service ${service.ServiceId}`,
      });
    }
    if (parsed.acceptanceRequired !== undefined) service.AcceptanceRequired = parsed.acceptanceRequired;
    if (parsed.removePrivateDnsName) setPrivateDnsName(ctx, state, service, undefined);
    else if (parsed.privateDnsName !== undefined) setPrivateDnsName(ctx, state, service, parsed.privateDnsName);
    return { Return: true };
  },
});
