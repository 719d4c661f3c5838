/**
 * EC2 `DescribeVpcEndpointServicePermissions`: the allowed principals of the caller's
 * service, with `principal` / `principal-type` filters and pages. Another account's
 * service answers as a missing one.
 *
 * @module
 */
import { defineAction } from '../../core/action.js';
import type { Filter } from '../../core/params.js';
import { applyFilters } from '../../queries/filters.js';
import { MAX_RESULTS_5_CAPPED_AT_1000, paginate, readEc2Paging } from '../../queries/paginate.js';
import { requireOwnedService } from '../lookup.js';
import type { AllowedPrincipalRecord } from '../model.js';
import { renderAllowedPrincipal, type AllowedPrincipal } from '../permissions.js';
import { rows } from '../../core/table.js';

/** SDK v3 `DescribeVpcEndpointServicePermissionsRequest`. */
export interface DescribeVpcEndpointServicePermissionsRequest {
  DryRun?: boolean;
  ServiceId: string;
  Filters?: Filter[];
  MaxResults?: number;
  NextToken?: string;
}

/** SDK v3 `DescribeVpcEndpointServicePermissionsResult`. */
export interface DescribeVpcEndpointServicePermissionsResult {
  AllowedPrincipals: AllowedPrincipal[];
  NextToken?: string;
}

const FIELDS = {
  principal: (e: AllowedPrincipalRecord) => e.Principal,
  'principal-type': (e: AllowedPrincipalRecord) => e.PrincipalType,
} as const;

/**
 * `DescribeVpcEndpointServicePermissions`.
 *
 * @example
 * ec2.describeVpcEndpointServicePermissions({ ServiceId }).AllowedPrincipals.map((p) => p.Principal);
 */
export const describeVpcEndpointServicePermissions = defineAction<
  DescribeVpcEndpointServicePermissionsRequest,
  DescribeVpcEndpointServicePermissionsResult
>()({
  name: 'DescribeVpcEndpointServicePermissions',
  api: 'ec2',
  readOnly: true,
  parse: (p) => ({ serviceId: p.string('ServiceId'), filters: p.filters(), paging: readEc2Paging(p, MAX_RESULTS_5_CAPPED_AT_1000) }),
  apply: (ctx, { serviceId, filters, paging }) => {
    const service = requireOwnedService(ctx.region, ctx.caller.accountId, serviceId);
    const kept = applyFilters([...rows(service.allowedPrincipals)], filters, FIELDS);
    const page = paginate(kept, (e) => e.ServicePermissionId, paging, ctx.world.seed, `DescribeVpcEndpointServicePermissions/${serviceId}`);
    return {
      AllowedPrincipals: page.items.map((e) => renderAllowedPrincipal(e, serviceId)),
      ...(page.nextToken !== undefined ? { NextToken: page.nextToken } : {}),
    };
  },
});
