/**
 * EC2 `ModifyVpcEndpointServicePermissions`: add or remove allowed principals of the caller's
 * service. Existing connections are never touched: a removed principal only loses the
 * right to request new ones.
 *
 * @module
 */
import { defineAction } from '../../core/action.js';
import { partitionOf } from '../../geo/regions.js';
import { requireModifiable } from '../lifecycle.js';
import { requireOwnedService } from '../lookup.js';
import { checkPrincipals, renderAllowedPrincipal, type AllowedPrincipal } from '../permissions.js';
import { serviceArnOf } from '../render.js';
import { deleteRow, getRow, putRow } from '../../core/table.js';

/** SDK v3 `ModifyVpcEndpointServicePermissionsRequest`. */
export interface ModifyVpcEndpointServicePermissionsRequest {
  DryRun?: boolean;
  ServiceId: string;
  AddAllowedPrincipals?: string[];
  RemoveAllowedPrincipals?: string[];
}

/** SDK v3 `ModifyVpcEndpointServicePermissionsResult`. */
export interface ModifyVpcEndpointServicePermissionsResult {
  AddedPrincipals?: AllowedPrincipal[];
  ReturnValue: boolean;
}

/**
 * `ModifyVpcEndpointServicePermissions`.
 *
 * @example
 * ec2.modifyVpcEndpointServicePermissions({ ServiceId, AddAllowedPrincipals: ['arn:aws:iam::222222222222:root'] });
 */
export const modifyVpcEndpointServicePermissions = defineAction<
  ModifyVpcEndpointServicePermissionsRequest,
  ModifyVpcEndpointServicePermissionsResult
>()({
  name: 'ModifyVpcEndpointServicePermissions',
  api: 'ec2',
  parse: (p, caller) => ({
    serviceId: p.string('ServiceId'),
    add: checkPrincipals(p.optionalStringList('AddAllowedPrincipals') ?? [], partitionOf(caller.region)),
    remove: checkPrincipals(p.optionalStringList('RemoveAllowedPrincipals') ?? [], partitionOf(caller.region)),
  }),
  authorize: (_world, caller, parsed) => ({ resource: serviceArnOf(caller.region, caller.accountId, parsed.serviceId) }),
  apply: (ctx, { serviceId, add, remove }) => {
    const service = requireOwnedService(ctx.region, ctx.caller.accountId, serviceId);
    requireModifiable(service);
    for (const { principal } of remove) deleteRow(service.allowedPrincipals, principal);
    const added: AllowedPrincipal[] = [];
    for (const { principal, type } of add) {
      const entry = getRow(service.allowedPrincipals, principal) ?? {
        Principal: principal,
        PrincipalType: type,
        ServicePermissionId: ctx.mintId('servicePermission'),
      };
      putRow(service.allowedPrincipals, principal, entry);
      added.push(renderAllowedPrincipal(entry, serviceId));
    }
    return { ...(add.length > 0 ? { AddedPrincipals: added } : {}), ReturnValue: true };
  },
});
