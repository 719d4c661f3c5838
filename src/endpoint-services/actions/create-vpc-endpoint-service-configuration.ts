/**
 * EC2 `CreateVpcEndpointServiceConfiguration`: an endpoint service for interface endpoints
 * in front of one or more of the caller's Network Load Balancers, with its acceptance
 * setting, optional private DNS name (unverified until checked), tags, and `ClientToken`
 * idempotency. The IAM condition key `ec2:VpceServicePrivateDnsName` carries the name.
 *
 * @module
 */
import { defineAction } from '../../core/action.js';
import { errors } from '../../core/errors.js';
import type { Tag } from '../../core/tags.js';
import { emptyTable, getRow, putRow } from '../../core/table.js';
import { readClientToken, rememberClientToken, replayedResourceId, requestFingerprint } from '../client-token.js';
import { SERVICE_PROVISIONED } from '../lifecycle.js';
import { attachLoadBalancers, requireServiceLoadBalancers } from '../load-balancers.js';
import { serviceNameOf } from '../lookup.js';
import type { EndpointServiceRecord } from '../model.js';
import { checkPrivateDnsName, setPrivateDnsName } from '../private-dns.js';
import { renderServiceConfiguration, type ServiceConfiguration } from '../render.js';
import { checkSupportedIpAddressTypes } from '../supported-ip-address-types.js';

/** SDK v3 `CreateVpcEndpointServiceConfigurationRequest`. */
export interface CreateVpcEndpointServiceConfigurationRequest {
  DryRun?: boolean;
  AcceptanceRequired?: boolean;
  PrivateDnsName?: string;
  NetworkLoadBalancerArns?: string[];
  GatewayLoadBalancerArns?: string[];
  SupportedIpAddressTypes?: string[];
  SupportedRegions?: string[];
  ClientToken?: string;
  TagSpecifications?: { ResourceType?: 'vpc-endpoint-service'; Tags?: Tag[] }[];
}

/** SDK v3 `CreateVpcEndpointServiceConfigurationResult`. */
export interface CreateVpcEndpointServiceConfigurationResult {
  ServiceConfiguration: ServiceConfiguration;
  ClientToken?: string;
}

const ACTION = 'CreateVpcEndpointServiceConfiguration';

/**
 * `CreateVpcEndpointServiceConfiguration`.
 *
 * @example
 * const { ServiceConfiguration } = ec2.createVpcEndpointServiceConfiguration({
 *   NetworkLoadBalancerArns: [nlbArn], AcceptanceRequired: true, PrivateDnsName: 'api.example.com' });
 */
export const createVpcEndpointServiceConfiguration = defineAction<
  CreateVpcEndpointServiceConfigurationRequest,
  CreateVpcEndpointServiceConfigurationResult
>()({
  name: ACTION,
  api: 'ec2',
  parse: (p) => {
    const gateways = p.optionalStringList('GatewayLoadBalancerArns') ?? [];
    if (gateways[0] !== undefined) throw errors.serviceLoadBalancerNotFound(gateways[0]);
    const arns = p.optionalStringList('NetworkLoadBalancerArns') ?? [];
    if (arns.length === 0) throw errors.serviceLoadBalancerRequired();
    const name = p.optionalString('PrivateDnsName');
    return {
      arns,
      acceptanceRequired: p.optionalBoolean('AcceptanceRequired') ?? true,
      privateDnsName: name === undefined ? undefined : checkPrivateDnsName(name),
      ipTypes: checkSupportedIpAddressTypes(p, 'SupportedIpAddressTypes'),
      regions: p.optionalStringList('SupportedRegions') ?? [],
      clientToken: readClientToken(p),
      tags: p.tagSpecifications('vpc-endpoint-service'),
    };
  },
  authorize: (_world, caller, parsed) => ({
    resource: `arn:aws:ec2:${caller.region}:${caller.accountId}:vpc-endpoint-service/*`,
    context: { 'ec2:VpceServicePrivateDnsName': parsed.privateDnsName },
  }),
  apply: (ctx, parsed) => {
    const { caller } = ctx;
    const state = ctx.region;
    const { clientToken, ...request } = parsed;
    const fingerprint = clientToken === undefined ? '' : requestFingerprint(request);
    if (clientToken !== undefined) {
      const earlier = replayedResourceId(state, caller.accountId, ACTION, clientToken, fingerprint);
      const existing = earlier === undefined ? undefined : getRow(state.endpointServices, earlier);
      if (existing) return { ServiceConfiguration: renderServiceConfiguration(ctx.world, state, existing), ClientToken: clientToken };
    }
    for (const region of parsed.regions) {
      if (region !== caller.region) throw errors.serviceRegionUnsupported(region);
    }
    requireServiceLoadBalancers(state, caller, parsed.arns, undefined);
    const serviceId = ctx.mintId('vpcEndpointService');
    const instant = ctx.world.timings.serviceProvisioningMs === 0;
    const service: EndpointServiceRecord = {
      ServiceId: serviceId,
      ServiceName: serviceNameOf(caller.region, serviceId),
      OwnerId: caller.accountId,
      ServiceState: instant ? 'Available' : 'Pending',
      AcceptanceRequired: parsed.acceptanceRequired,
      NetworkLoadBalancerArns: [...parsed.arns],
      PayerResponsibility: 'ServiceOwner',
      SupportedIpAddressTypes: ['ipv4'],
      allowedPrincipals: emptyTable(),
      connections: emptyTable(),
      Tags: parsed.tags,
      createdAt: ctx.now,
    };
    putRow(state.endpointServices, serviceId, service);
    attachLoadBalancers(state, serviceId, parsed.arns);
    setPrivateDnsName(ctx, state, service, parsed.privateDnsName);
    if (!instant) ctx.schedule(ctx.world.timings.serviceProvisioningMs, SERVICE_PROVISIONED, caller.region, serviceId);
    if (clientToken !== undefined) rememberClientToken(state, caller.accountId, ACTION, clientToken, fingerprint, serviceId);
    ctx.emit({ type: 'ResourceCreated', region: caller.region, accountId: caller.accountId, resourceType: 'vpc-endpoint-service', resourceId: serviceId });
    return {
      ServiceConfiguration: renderServiceConfiguration(ctx.world, state, service),
      ...(clientToken !== undefined ? { ClientToken: clientToken } : {}),
    };
  },
});
