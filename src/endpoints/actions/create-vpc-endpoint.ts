/**
 * EC2 `CreateVpcEndpoint` for interface endpoints to endpoint services: a consumer the
 * service allows connects its VPC, in one subnet per AZ the service offers (matched by AZ
 * id), to the service. The endpoint starts `pendingAcceptance` (or `pending`, then
 * `available`, when the service accepts automatically). Interface endpoints to AWS services
 * of the catalogue (`com.amazonaws.<region>.ec2`...) need no acceptance and have private
 * DNS on by default; gateway endpoints are not modelled (`UnsupportedOperation`). Quotas: interface endpoints per VPC
 * (`VpcEndpointLimitExceeded`) and security groups per network interface
 * (`SecurityGroupsPerInterfaceLimitExceeded`).
 *
 * @module
 */
import { defineAction } from '../../core/action.js';
import { errors } from '../../core/errors.js';
import { getRow, putRow } from '../../core/table.js';
import type { Tag } from '../../core/tags.js';
import { notifyConnection } from '../../connections/notify.js';
import { ENDPOINT_PROVISIONED } from '../../connections/transition.js';
import { readClientToken, rememberClientToken, replayedResourceId, requestFingerprint } from '../../endpoint-services/client-token.js';
import { initialEndpointState } from '../../machines/endpoint-connection.js';
import { requireVpc } from '../../network/lookup.js';
import { endpointDnsSuffix, privateHostedZoneIdFor } from '../dns-entries.js';
import { storeEndpoint } from '../lookup.js';
import { DEFAULT_ENDPOINT_POLICY } from '../policy.js';
import type { VpcEndpointRecord } from '../model.js';
import { addTargetZone, checkTargetPrivateDns, resolveNewEndpointTarget, targetAcceptanceRequired, targetDefaultPrivateDns, targetZoneIds } from '../endpoint-target.js';
import { renderVpcEndpoint, type VpcEndpoint } from '../render.js';
import { checkEndpointGroups, checkGroupsPerInterface } from '../security-groups.js';
import { exceedsQuota } from '../../quotas/limits.js';
import { checkEndpointSubnets } from '../zones.js';
import { checkEndpointOptions, checkOptionalPolicy, parseEndpointOptions, type EndpointOptionsRequest } from './endpoint-options.js';

/** SDK v3 `VpcEndpointType`. */
export type VpcEndpointType = 'Interface' | 'Gateway' | 'GatewayLoadBalancer' | 'Resource' | 'ServiceNetwork' | 'Tunnel';

/** SDK v3 `CreateVpcEndpointRequest` (the fields of an interface endpoint). */
export interface CreateVpcEndpointRequest extends EndpointOptionsRequest {
  DryRun?: boolean | undefined;
  /** AWS's default is `Gateway`: pass `Interface` for an endpoint service. */
  VpcEndpointType?: VpcEndpointType | undefined;
  VpcId: string | undefined;
  ServiceName?: string | undefined;
  PolicyDocument?: string | undefined;
  RouteTableIds?: string[] | undefined;
  SubnetIds?: string[] | undefined;
  SecurityGroupIds?: string[] | undefined;
  ClientToken?: string | undefined;
  PrivateDnsEnabled?: boolean | undefined;
  TagSpecifications?: { ResourceType?: string | undefined; Tags?: Tag[] | undefined }[] | undefined;
}

/** SDK v3 `CreateVpcEndpointResult`. */
export interface CreateVpcEndpointResult {
  VpcEndpoint: VpcEndpoint;
  ClientToken?: string;
}

const TYPES: readonly VpcEndpointType[] = ['Interface', 'Gateway', 'GatewayLoadBalancer', 'Resource', 'ServiceNetwork', 'Tunnel'];

/**
 * `CreateVpcEndpoint`.
 *
 * @example
 * const { VpcEndpoint } = cloud.ec2(consumer).createVpcEndpoint({
 *   VpcEndpointType: 'Interface', VpcId, ServiceName, SubnetIds: [subnetA, subnetB],
 * });
 * VpcEndpoint.State; // 'pendingAcceptance'
 */
export const createVpcEndpoint = defineAction<CreateVpcEndpointRequest, CreateVpcEndpointResult>()({
  name: 'CreateVpcEndpoint',
  api: 'ec2',
  parse: (p) => {
    const endpointType = p.optionalEnum('VpcEndpointType', TYPES) ?? 'Gateway';
    if (endpointType === 'Resource' || endpointType === 'ServiceNetwork' || endpointType === 'Tunnel') {
      throw errors.unsupportedOperation(
        'CreateVpcEndpoint',
        `VpcEndpointType '${endpointType}' is not modelled; the model serves interface endpoints to endpoint services`,
      );
    }
    return {
      endpointType,
      vpcId: p.string('VpcId'),
      serviceName: p.string('ServiceName'),
      subnetIds: p.optionalStringList('SubnetIds') ?? [],
      securityGroupIds: p.optionalStringList('SecurityGroupIds'),
      routeTableIds: p.optionalStringList('RouteTableIds') ?? [],
      privateDnsEnabled: p.optionalBoolean('PrivateDnsEnabled'),
      policyDocument: checkOptionalPolicy(p.optionalString('PolicyDocument')),
      clientToken: readClientToken(p),
      tags: p.tagSpecifications('vpc-endpoint'),
      options: parseEndpointOptions(p),
    };
  },
  authorize: (_world, caller, parsed) => ({
    resource: `arn:aws:ec2:${caller.region}:${caller.accountId}:vpc-endpoint/*`,
    context: { 'ec2:VpceServiceName': parsed.serviceName },
  }),
  apply: (ctx, input) => {
    const { accountId, region, principalArn } = ctx.caller;
    const { clientToken, ...request } = input;
    const fingerprint = clientToken === undefined ? '' : requestFingerprint(request);
    if (clientToken !== undefined) {
      const earlierId = replayedResourceId(ctx.region, accountId, 'CreateVpcEndpoint', clientToken, fingerprint);
      const earlier = earlierId === undefined ? undefined : getRow(ctx.region.vpcEndpoints, earlierId);
      if (earlier !== undefined) return { VpcEndpoint: renderVpcEndpoint(ctx.world, region, earlier), ClientToken: clientToken };
    }
    const vpc = requireVpc(ctx.region, accountId, input.vpcId);
    if (exceedsQuota(ctx.world, 'interfaceEndpointsPerVpc', vpc.interfaceEndpointCount)) throw errors.vpcEndpointLimitExceeded();
    const target = resolveNewEndpointTarget(ctx.world, ctx.caller, input.serviceName, input.endpointType);
    if (input.routeTableIds.length > 0) throw errors.routeTablesOnlyForGatewayEndpoints();
    checkEndpointOptions(input.options, target.serviceName, vpc.VpcId);
    const groups = checkEndpointGroups(ctx.region, accountId, vpc, input.securityGroupIds);
    checkGroupsPerInterface(ctx.world, groups.length);
    const subnets = checkEndpointSubnets(
      ctx.region,
      { accountId, vpc, serviceName: target.serviceName, serviceZoneIds: targetZoneIds(ctx.world, ctx.region, target), occupiedZoneIds: [] },
      input.subnetIds,
    );
    const privateDnsEnabled = input.privateDnsEnabled ?? targetDefaultPrivateDns(target);
    if (privateDnsEnabled) checkTargetPrivateDns(ctx.region, vpc, target);

    const endpointId = ctx.mintId('vpcEndpoint');
    const endpoint: VpcEndpointRecord = {
      VpcEndpointId: endpointId,
      OwnerId: accountId,
      RequesterArn: principalArn,
      VpcId: vpc.VpcId,
      ServiceId: target.serviceId,
      ServiceName: target.serviceName,
      ServiceOwnerId: target.ownerId,
      State: initialEndpointState(targetAcceptanceRequired(target)),
      zones: [],
      Groups: groups,
      PrivateDnsEnabled: privateDnsEnabled,
      dnsSuffix: endpointDnsSuffix(ctx.world.seed, endpointId),
      privateHostedZoneId: privateHostedZoneIdFor(ctx.world.seed, endpointId),
      PolicyDocument: input.policyDocument ?? DEFAULT_ENDPOINT_POLICY,
      Tags: input.tags,
      createdAt: ctx.now,
    };
    for (const subnet of subnets) addTargetZone(ctx, ctx.region, endpoint, target, subnet);
    storeEndpoint(ctx.region, endpoint);
    // Only a customer's service lists its connections: AWS services show none to anyone.
    if (target.kind === 'service') putRow(target.service.connections, endpointId, accountId);
    if (clientToken !== undefined) rememberClientToken(ctx.region, accountId, 'CreateVpcEndpoint', clientToken, fingerprint, endpointId);

    ctx.emit({ type: 'ResourceCreated', region, accountId, resourceType: 'vpc-endpoint', resourceId: endpointId });
    ctx.emit({
      type: 'EndpointStateChanged',
      region,
      serviceId: target.serviceId,
      endpointId,
      consumerAccountId: accountId,
      providerAccountId: target.ownerId,
      from: undefined,
      to: endpoint.State,
    });
    notifyConnection(ctx, ctx.region, region, endpoint, 'Connect');
    if (endpoint.State === 'pending') ctx.schedule(ctx.world.timings.endpointProvisioningMs, ENDPOINT_PROVISIONED, region, endpointId);
    return {
      VpcEndpoint: renderVpcEndpoint(ctx.world, region, endpoint),
      ...(clientToken !== undefined ? { ClientToken: clientToken } : {}),
    };
  },
});
