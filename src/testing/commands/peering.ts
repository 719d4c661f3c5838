/**
 * VPC peering commands (same Region, across accounts): `CreateVpcPeeringConnection`
 * (`pending-acceptance`, or `failed` when the blocks overlap), then the accepter's
 * `AcceptVpcPeeringConnection` / `RejectVpcPeeringConnection` and either side's
 * `DeleteVpcPeeringConnection`, with AWS's refusals: `OperationNotPermitted` for the wrong
 * side, `InvalidStateTransition` for the wrong state. Deleting an active peering cuts the
 * connections that came through it.
 *
 * @module
 */
import fc from 'fast-check';
import { cidrsOverlap, parseCidr } from '../../network/cidr.js';
import { fuzzFailure } from '../_internals/failure.js';
import { present } from '../_internals/first.js';
import { attempt, expectOutcome } from '../model/attempt.js';
import type { FuzzModel, ModelPeering } from '../model/fuzz-model.js';
import { quotaRefusal } from '../model/quota-rules.js';
import { identityOf, pick } from '../model/queries.js';
import { cutConnections } from '../model/reference.js';
import { defineFuzzCommand, type FuzzCommand } from './define.js';

/**
 * `CreateVpcPeeringConnection` between two of the model's VPCs.
 *
 * @example
 * const commands = fc.commands([createPeeringCommand()], { maxCommands: 10 });
 */
export function createPeeringCommand(): fc.Arbitrary<FuzzCommand> {
  return defineFuzzCommand({
    name: 'CreateVpcPeeringConnection',
    input: fc.record({ requester: fc.nat(), accepter: fc.nat() }),
    check: (model) => model.vpcs.length > 1,
    run: (model, cloud, { requester, accepter }) => {
      const from = pick(model.vpcs, requester);
      const to = from === undefined ? undefined : pick(model.vpcs.filter((v) => v.id !== from.id), accepter);
      if (from === undefined || to === undefined) return;
      const refusal = quotaRefusal(model, 'outstandingPeeringConnectionRequests', from.owner);
      const r = attempt(model, cloud, 'CreateVpcPeeringConnection', expectOutcome(refusal ?? 'ok'), (c) =>
        c.ec2(identityOf(model, from.owner)).createVpcPeeringConnection({ VpcId: from.id, PeerVpcId: to.id, PeerOwnerId: to.owner }),
      );
      if (!r.ok) return;
      const id = present(r.value.VpcPeeringConnection.VpcPeeringConnectionId, 'VpcPeeringConnectionId');
      const a = parseCidr(from.cidr);
      const b = parseCidr(to.cidr);
      const expected = a !== undefined && b !== undefined && cidrsOverlap(a, b) ? 'failed' : 'pending-acceptance';
      const described = attempt(model, cloud, 'DescribeVpcPeeringConnections', expectOutcome('ok'), (c) =>
        c.ec2(identityOf(model, from.owner)).describeVpcPeeringConnections({ VpcPeeringConnectionIds: [id] }),
      );
      const status = described.ok ? described.value.VpcPeeringConnections[0]?.Status.Code : undefined;
      if (status !== expected) throw fuzzFailure(`peering ${id} of ${from.cidr} and ${to.cidr} is ${status ?? 'missing'}, expected ${expected}`);
      model.peerings.push({ id, requesterVpcId: from.id, accepterVpcId: to.id, requesterOwner: from.owner, accepterOwner: to.owner, status });
    },
  });
}

type Answer = 'accept' | 'reject' | 'delete';

function expectedAnswer(model: Readonly<FuzzModel>, p: ModelPeering, answer: Answer, caller: string): string {
  const pending = p.status === 'pending-acceptance';
  if (answer === 'delete') {
    if (!pending && p.status !== 'active') return 'InvalidStateTransition';
    return pending && caller !== p.requesterOwner ? 'OperationNotPermitted' : 'ok';
  }
  if (caller !== p.accepterOwner) return 'OperationNotPermitted';
  if (!pending) return 'InvalidStateTransition';
  if (answer === 'reject') return 'ok';
  // Accepting makes it active for both VPCs: either one at its quota refuses.
  return (
    quotaRefusal(model, 'activePeeringConnectionsPerVpc', p.requesterVpcId) ??
    quotaRefusal(model, 'activePeeringConnectionsPerVpc', p.accepterVpcId) ??
    'ok'
  );
}

/**
 * Accept, reject or delete a pending or active peering, as either side.
 *
 * @example
 * const commands = fc.commands([answerPeeringCommand()], { maxCommands: 10 });
 */
export function answerPeeringCommand(): fc.Arbitrary<FuzzCommand> {
  return defineFuzzCommand({
    name: 'AnswerVpcPeeringConnection',
    input: fc.record({ peering: fc.nat(), answer: fc.constantFrom<Answer>('accept', 'reject', 'delete'), asRequester: fc.boolean() }),
    check: (model) => model.peerings.some((p) => p.status === 'pending-acceptance' || p.status === 'active'),
    run: (model, cloud, { peering, answer, asRequester }) => {
      const p = pick(model.peerings.filter((x) => x.status === 'pending-acceptance' || x.status === 'active'), peering);
      if (p === undefined) return;
      const caller = asRequester ? p.requesterOwner : p.accepterOwner;
      const action = { accept: 'AcceptVpcPeeringConnection', reject: 'RejectVpcPeeringConnection', delete: 'DeleteVpcPeeringConnection' }[answer];
      const r = attempt(model, cloud, action, expectOutcome(expectedAnswer(model, p, answer, caller)), (c) => {
        const ec2 = c.ec2(identityOf(model, caller));
        const input = { VpcPeeringConnectionId: p.id };
        return answer === 'accept' ? ec2.acceptVpcPeeringConnection(input) : answer === 'reject' ? ec2.rejectVpcPeeringConnection(input) : ec2.deleteVpcPeeringConnection(input);
      });
      if (!r.ok) return;
      p.status = answer === 'accept' ? 'active' : answer === 'reject' ? 'rejected' : 'deleted';
      if (answer === 'delete') cutConnections(model, (c) => c.via === p.id);
    },
  });
}
