/**
 * EC2 `StartVpcEndpointServicePrivateDnsVerification`: starts the domain ownership check of
 * the caller's service's private DNS name. After `timings.dnsVerificationMs` the name is
 * `verified` if the model's public DNS (`cloud.publicDns`) holds the TXT record
 * `<Name>.<domain>` = `<Value>` for the name or a parent domain, else `failed`; a later
 * start checks again.
 *
 * @module
 */
import { defineAction } from '../../core/action.js';
import { requireModifiable } from '../lifecycle.js';
import { requireOwnedService } from '../lookup.js';
import { startPrivateDnsCheck } from '../private-dns.js';
import { serviceArnOf } from '../render.js';

/** SDK v3 `StartVpcEndpointServicePrivateDnsVerificationRequest`. */
export interface StartVpcEndpointServicePrivateDnsVerificationRequest {
  DryRun?: boolean;
  ServiceId: string;
}

/** SDK v3 `StartVpcEndpointServicePrivateDnsVerificationResult`. */
export interface StartVpcEndpointServicePrivateDnsVerificationResult {
  ReturnValue: boolean;
}

/**
 * `StartVpcEndpointServicePrivateDnsVerification`.
 *
 * @example
 * const { PrivateDnsNameConfiguration: c } = ec2.describeVpcEndpointServiceConfigurations({ ServiceIds: [id] }).ServiceConfigurations[0]!;
 * cloud.publicDns.upsert(`${c.Name}.example.com`, 'TXT', c.Value!);
 * ec2.startVpcEndpointServicePrivateDnsVerification({ ServiceId: id });
 */
export const startVpcEndpointServicePrivateDnsVerification = defineAction<
  StartVpcEndpointServicePrivateDnsVerificationRequest,
  StartVpcEndpointServicePrivateDnsVerificationResult
>()({
  name: 'StartVpcEndpointServicePrivateDnsVerification',
  api: 'ec2',
  parse: (p) => ({ serviceId: p.string('ServiceId') }),
  authorize: (_world, caller, parsed) => ({ resource: serviceArnOf(caller.region, caller.accountId, parsed.serviceId) }),
  apply: (ctx, { serviceId }) => {
    const service = requireOwnedService(ctx.region, ctx.caller.accountId, serviceId);
    requireModifiable(service);
    startPrivateDnsCheck(ctx, ctx.caller.region, service);
    return { ReturnValue: true };
  },
});
