/**
 * EC2 `ModifyVpcEndpoint` for interface endpoints: add or remove subnets (under the same AZ
 * rules as at creation; a removed AZ's interface is freed and its data path cut), add or
 * remove security groups, turn private DNS on or off (with the same checks), replace or
 * reset the policy (at most the security groups per network interface quota:
 * `SecurityGroupsPerInterfaceLimitExceeded`). All or nothing: one failing change leaves the
 * endpoint as it was.
 *
 * @module
 */
import { defineAction } from '../../core/action.js';
import { errors } from '../../core/errors.js';
import { getRow } from '../../core/table.js';
import { requireSecurityGroup, requireSubnet } from '../../network/lookup.js';
import { requireOwnEndpoint } from '../lookup.js';
import { DEFAULT_ENDPOINT_POLICY } from '../policy.js';
import { addTargetZone, checkTargetPrivateDns, targetOfEndpoint, targetZoneIds } from '../endpoint-target.js';
import { checkEndpointGroups, checkGroupsPerInterface, setEndpointGroups } from '../security-groups.js';
import { checkEndpointSubnets, removeEndpointZone } from '../zones.js';
import { checkEndpointOptions, checkOptionalPolicy, parseEndpointOptions, type EndpointOptionsRequest } from './endpoint-options.js';

/** SDK v3 `ModifyVpcEndpointRequest` (the fields of an interface endpoint). */
export interface ModifyVpcEndpointRequest extends EndpointOptionsRequest {
  DryRun?: boolean | undefined;
  VpcEndpointId: string | undefined;
  ResetPolicy?: boolean | undefined;
  PolicyDocument?: string | undefined;
  AddRouteTableIds?: string[] | undefined;
  RemoveRouteTableIds?: string[] | undefined;
  AddSubnetIds?: string[] | undefined;
  RemoveSubnetIds?: string[] | undefined;
  AddSecurityGroupIds?: string[] | undefined;
  RemoveSecurityGroupIds?: string[] | undefined;
  PrivateDnsEnabled?: boolean | undefined;
}

/** SDK v3 `ModifyVpcEndpointResult`. */
export interface ModifyVpcEndpointResult {
  Return: boolean;
}

/**
 * `ModifyVpcEndpoint`.
 *
 * @example
 * cloud.ec2(consumer).modifyVpcEndpoint({ VpcEndpointId, AddSubnetIds: [subnetC], RemoveSubnetIds: [subnetA] });
 * // { Return: true }
 */
export const modifyVpcEndpoint = defineAction<ModifyVpcEndpointRequest, ModifyVpcEndpointResult>()({
  name: 'ModifyVpcEndpoint',
  api: 'ec2',
  parse: (p) => {
    const resetPolicy = p.optionalBoolean('ResetPolicy') ?? false;
    const given = p.optionalString('PolicyDocument');
    // The two parameters exclude each other whatever the document says.
    if (resetPolicy && given !== undefined) {
      throw errors.invalidParameterCombination('ResetPolicy and PolicyDocument cannot be specified together.');
    }
    const policyDocument = checkOptionalPolicy(given);
    return {
      endpointId: p.string('VpcEndpointId'),
      resetPolicy,
      policyDocument,
      routeTableIds: [...(p.optionalStringList('AddRouteTableIds') ?? []), ...(p.optionalStringList('RemoveRouteTableIds') ?? [])],
      addSubnetIds: p.optionalStringList('AddSubnetIds') ?? [],
      removeSubnetIds: p.optionalStringList('RemoveSubnetIds') ?? [],
      addGroupIds: p.optionalStringList('AddSecurityGroupIds') ?? [],
      removeGroupIds: p.optionalStringList('RemoveSecurityGroupIds') ?? [],
      privateDnsEnabled: p.optionalBoolean('PrivateDnsEnabled'),
      options: parseEndpointOptions(p),
    };
  },
  apply: (ctx, input) => {
    const { accountId, region } = ctx.caller;
    const endpoint = requireOwnEndpoint(ctx.world, ctx.region, accountId, input.endpointId);
    if (endpoint.State === 'deleting' || endpoint.State === 'deleted') {
      throw errors.endpointIncorrectState(endpoint.VpcEndpointId, endpoint.State);
    }
    if (input.routeTableIds.length > 0) throw errors.routeTablesOnlyForGatewayEndpoints();
    const vpc = getRow(ctx.region.vpcs, endpoint.VpcId);
    if (vpc === undefined) throw errors.vpcNotFound(endpoint.VpcId);
    const target = targetOfEndpoint(ctx.region, region, endpoint);
    if (target === undefined) throw errors.invalidServiceName(endpoint.ServiceName);
    checkEndpointOptions(input.options, target.serviceName, vpc.VpcId);

    for (const subnetId of input.removeSubnetIds) {
      requireSubnet(ctx.region, accountId, subnetId);
      removeEndpointZone(ctx, ctx.region, region, endpoint, subnetId);
    }
    const present = new Set(endpoint.zones.map((z) => z.SubnetId));
    const additions = checkEndpointSubnets(
      ctx.region,
      {
        accountId,
        vpc,
        serviceName: target.serviceName,
        serviceZoneIds: targetZoneIds(ctx.world, ctx.region, target),
        occupiedZoneIds: endpoint.zones.map((z) => z.AvailabilityZoneId),
      },
      input.addSubnetIds.filter((id) => !present.has(id)),
    );
    for (const subnet of additions) addTargetZone(ctx, ctx.region, endpoint, target, subnet);

    if (input.addGroupIds.length > 0 || input.removeGroupIds.length > 0) {
      const added = input.addGroupIds.length > 0 ? checkEndpointGroups(ctx.region, accountId, vpc, input.addGroupIds) : [];
      for (const groupId of input.removeGroupIds) requireSecurityGroup(ctx.region, accountId, groupId);
      const removed = new Set(input.removeGroupIds);
      const groups = endpoint.Groups.filter((g) => !removed.has(g));
      for (const groupId of added) if (!groups.includes(groupId)) groups.push(groupId);
      if (groups.length === 0) throw errors.endpointNeedsSecurityGroup(endpoint.VpcEndpointId);
      checkGroupsPerInterface(ctx.world, groups.length);
      setEndpointGroups(ctx.region, endpoint, groups);
    }

    if (input.privateDnsEnabled === true && !endpoint.PrivateDnsEnabled) {
      checkTargetPrivateDns(ctx.region, vpc, target, endpoint.VpcEndpointId);
    }
    if (input.privateDnsEnabled !== undefined) endpoint.PrivateDnsEnabled = input.privateDnsEnabled;
    if (input.resetPolicy) endpoint.PolicyDocument = DEFAULT_ENDPOINT_POLICY;
    if (input.policyDocument !== undefined) endpoint.PolicyDocument = input.policyDocument;
    return { Return: true };
  },
});
