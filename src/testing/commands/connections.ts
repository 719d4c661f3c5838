/**
 * The provider's answers to endpoint connection requests: `AcceptVpcEndpointConnections`
 * (`pendingAcceptance` -> `pending` -> `available`) and `RejectVpcEndpointConnections`
 * (`pendingAcceptance` or `available` -> `rejected`, cutting its connections). An endpoint in
 * another state comes back as an `Unsuccessful` item `IncorrectState`, one of another
 * service as `InvalidVpcEndpointId.NotFound`; the call itself succeeds.
 *
 * @module
 */
import fc from 'fast-check';
import { attempt, checkUnsuccessful, expectOutcome } from '../model/attempt.js';
import { identityOf, pick } from '../model/queries.js';
import { moveModelEndpoint } from '../model/reference.js';
import { defineFuzzCommand, type FuzzCommand } from './define.js';

const ACCEPTABLE = new Set(['pendingAcceptance']);
const REJECTABLE = new Set(['pendingAcceptance', 'available', 'partial']);

/**
 * Accept or reject one endpoint's request (possibly an endpoint of another service).
 *
 * @example
 * const commands = fc.commands([answerConnectionCommand()], { maxCommands: 10 });
 */
export function answerConnectionCommand(): fc.Arbitrary<FuzzCommand> {
  return defineFuzzCommand({
    name: 'AnswerVpcEndpointConnection',
    input: fc.record({ service: fc.nat(), endpoint: fc.nat(), accept: fc.boolean(), otherService: fc.boolean() }),
    check: (model) => model.services.length > 0 && model.endpoints.length > 0,
    run: (model, cloud, { service: n, endpoint: e, accept, otherService }) => {
      const service = pick(model.services, n);
      if (service === undefined) return;
      const mine = model.endpoints.filter((x) => (x.serviceId === service.id) !== otherService);
      // Mostly an endpoint the answer applies to.
      const waiting = mine.filter((x) => (accept ? ACCEPTABLE : REJECTABLE).has(x.state));
      const endpoint = pick(waiting.length > 0 && e % 4 !== 0 ? waiting : mine, e);
      if (endpoint === undefined) return;
      const action = accept ? 'AcceptVpcEndpointConnections' : 'RejectVpcEndpointConnections';
      const allowed = accept ? ACCEPTABLE : REJECTABLE;
      const code = otherService ? 'InvalidVpcEndpointId.NotFound' : allowed.has(endpoint.state) ? undefined : 'IncorrectState';
      const input = { ServiceId: service.id, VpcEndpointIds: [endpoint.id] };
      const r = attempt(model, cloud, action, expectOutcome('ok'), (c) => {
        const ec2 = c.ec2(identityOf(model, service.owner));
        return accept ? ec2.acceptVpcEndpointConnections(input) : ec2.rejectVpcEndpointConnections(input);
      });
      if (!r.ok) return;
      checkUnsuccessful(model, action, r.value.Unsuccessful, { [endpoint.id]: code });
      if (code === undefined) moveModelEndpoint(model, endpoint, accept ? 'pending' : 'rejected');
    },
  });
}
