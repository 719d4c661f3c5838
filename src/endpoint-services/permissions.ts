/**
 * An endpoint service's permission list (`ModifyVpcEndpointServicePermissions`): the
 * principals allowed to create endpoints to it. Only ARNs (`:root`, `:user/..`, `:role/..`),
 * service principals and `*` are principals; a bare account id is AWS's `InvalidPrincipal`.
 * Removing a principal affects future requests only.
 *
 * @module
 */
import { parsePrincipal } from '../core/arn.js';
import { errors } from '../core/errors.js';
import type { AllowedPrincipalRecord } from './model.js';

/** SDK v3 `AllowedPrincipal` (also the shape of `AddedPrincipal`). */
export interface AllowedPrincipal {
  PrincipalType: AllowedPrincipalRecord['PrincipalType'];
  Principal: string;
  ServicePermissionId: string;
  ServiceId: string;
}

/**
 * Checks principals given to add or remove, for a service in a region of `partition`: an
 * ARN of another partition (`arn:aws-cn:...` for a service in `us-east-1`) is no principal
 * there, as AWS answers.
 *
 * @throws CloudError `InvalidPrincipal` for the first one that is not a principal.
 * @example
 * checkPrincipals(['arn:aws:iam::222222222222:root', '*'], 'aws');
 */
export function checkPrincipals(
  values: readonly string[],
  partition: string | undefined,
): { principal: string; type: AllowedPrincipalRecord['PrincipalType'] }[] {
  return values.map((value) => {
    const principal = parsePrincipal(value);
    if (!principal || (principal.partition !== undefined && principal.partition !== partition)) throw errors.invalidPrincipal(value);
    return { principal: principal.principal, type: principal.type };
  });
}

/**
 * SDK v3 `AllowedPrincipal` of a stored entry.
 *
 * @example
 * renderAllowedPrincipal(entry, serviceId).PrincipalType; // 'Account'
 */
export function renderAllowedPrincipal(entry: AllowedPrincipalRecord, serviceId: string): AllowedPrincipal {
  return {
    PrincipalType: entry.PrincipalType,
    Principal: entry.Principal,
    ServicePermissionId: entry.ServicePermissionId,
    ServiceId: serviceId,
  };
}
