/**
 * `ModifyVpcEndpointServicePermissions`: the provider grants or revokes a principal (an
 * account root, a user, a role, or `*`). Revoking affects future requests only; existing
 * endpoints stay as they are.
 *
 * @module
 */
import fc from 'fast-check';
import { principal } from '../arbitraries/principal.js';
import { attempt, expectOutcome } from '../model/attempt.js';
import { identityOf, pick } from '../model/queries.js';
import { defineFuzzCommand, type FuzzCommand } from './define.js';

/**
 * Grant (`AddAllowedPrincipals`) or revoke (`RemoveAllowedPrincipals`) one principal.
 *
 * @example
 * const commands = fc.commands([modifyPermissionsCommand()], { maxCommands: 10 });
 */
export function modifyPermissionsCommand(): fc.Arbitrary<FuzzCommand> {
  return defineFuzzCommand({
    name: 'ModifyVpcEndpointServicePermissions',
    input: fc.record({
      service: fc.nat(),
      who: fc.nat(),
      add: fc.boolean(),
      // Mostly the plan's own principals (so grants matter), sometimes any valid principal.
      stranger: fc.option(principal(), { freq: 5 }),
    }),
    check: (model) => model.services.length > 0,
    run: (model, cloud, { service: n, who, add, stranger }) => {
      const service = pick(model.services, n);
      if (service === undefined) return;
      const grantee = stranger ?? pick([...model.principals, '*'], who) ?? '*';
      const change = add ? { AddAllowedPrincipals: [grantee] } : { RemoveAllowedPrincipals: [grantee] };
      const r = attempt(model, cloud, 'ModifyVpcEndpointServicePermissions', expectOutcome('ok'), (c) =>
        c.ec2(identityOf(model, service.owner)).modifyVpcEndpointServicePermissions({ ServiceId: service.id, ...change }),
      );
      if (!r.ok) return;
      service.principals = service.principals.filter((p) => p !== grantee);
      if (add) service.principals.push(grantee);
    },
  });
}
