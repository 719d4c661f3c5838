/**
 * EC2 `ModifyVpcEndpointServicePayerResponsibility`: who pays for endpoint usage. AWS
 * offers `ServiceOwner` only, which is also every service's default.
 *
 * @module
 */
import { defineAction } from '../../core/action.js';
import { requireModifiable } from '../lifecycle.js';
import { requireOwnedService } from '../lookup.js';
import { serviceArnOf } from '../render.js';

/** SDK v3 `ModifyVpcEndpointServicePayerResponsibilityRequest`. */
export interface ModifyVpcEndpointServicePayerResponsibilityRequest {
  DryRun?: boolean;
  ServiceId: string;
  PayerResponsibility: 'ServiceOwner';
}

/** SDK v3 `ModifyVpcEndpointServicePayerResponsibilityResult`. */
export interface ModifyVpcEndpointServicePayerResponsibilityResult {
  ReturnValue: boolean;
}

/**
 * `ModifyVpcEndpointServicePayerResponsibility`.
 *
 * @example
 * ec2.modifyVpcEndpointServicePayerResponsibility({ ServiceId, PayerResponsibility: 'ServiceOwner' });
 */
export const modifyVpcEndpointServicePayerResponsibility = defineAction<
  ModifyVpcEndpointServicePayerResponsibilityRequest,
  ModifyVpcEndpointServicePayerResponsibilityResult
>()({
  name: 'ModifyVpcEndpointServicePayerResponsibility',
  api: 'ec2',
  parse: (p) => {
    const payer = p.optionalEnum('PayerResponsibility', ['ServiceOwner'] as const);
    if (payer === undefined) throw p.missing('PayerResponsibility');
    return { serviceId: p.string('ServiceId'), payer };
  },
  authorize: (_world, caller, parsed) => ({ resource: serviceArnOf(caller.region, caller.accountId, parsed.serviceId) }),
  apply: (ctx, { serviceId, payer }) => {
    const service = requireOwnedService(ctx.region, ctx.caller.accountId, serviceId);
    requireModifiable(service);
    service.PayerResponsibility = payer;
    return { ReturnValue: true };
  },
});
