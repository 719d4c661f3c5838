/**
 * Model controls beyond faults: the simulated clock (`cloud.clock.advance`: endpoint steps
 * fall due, released ports cool down), on-premises networks attached to a VPC
 * (`cloud.network.attachOnPremisesNetwork`, refused with `InvalidParameterValue` when the
 * block overlaps the VPC or another attached network; `detachOnPremisesNetwork` cuts what
 * came through it), and identity policies (`cloud.iam.putPrincipalPolicy` denying
 * `ec2:CreateVpcEndpoint` to a user or role, and `deletePrincipalPolicy`).
 *
 * @module
 */
import fc from 'fast-check';
import { cidrsOverlap, parseCidr } from '../../network/cidr.js';
import { attempt, control, expectOutcome } from '../model/attempt.js';
import { pick } from '../model/queries.js';
import { advanceModel, cutConnections } from '../model/reference.js';
import { defineFuzzCommand, type FuzzCommand } from './define.js';

/**
 * `cloud.clock.advance`: a moment, a second, a port cooldown, past the deleted-endpoint window.
 *
 * @example
 * const commands = fc.commands([advanceClockCommand()], { maxCommands: 10 });
 */
export function advanceClockCommand(): fc.Arbitrary<FuzzCommand> {
  return defineFuzzCommand({
    name: 'AdvanceClock',
    input: fc.constantFrom(0, 500, 1_000, 60_000, 700_000),
    run: (model, cloud, ms) => {
      control(model, cloud, 'cloud.clock.advance', (c) => c.clock.advance(ms));
      advanceModel(model, ms);
    },
  });
}

const overlaps = (a: string, b: string) => {
  const x = parseCidr(a);
  const y = parseCidr(b);
  return x !== undefined && y !== undefined && cidrsOverlap(x, y);
};

/**
 * `cloud.network.attachOnPremisesNetwork` / `detachOnPremisesNetwork`.
 *
 * @example
 * const commands = fc.commands([onPremisesCommand()], { maxCommands: 10 });
 */
export function onPremisesCommand(): fc.Arbitrary<FuzzCommand> {
  return defineFuzzCommand({
    name: 'OnPremisesNetwork',
    input: fc.record({ vpc: fc.nat(), attach: fc.boolean(), block: fc.constantFrom('192.168.200.0/24', '172.31.250.0/24', '10.250.0.0/16') }),
    check: (model) => model.vpcs.length > 0,
    run: (model, cloud, { vpc: n, attach, block }) => {
      if (!attach) {
        const network = pick(model.onPremises, n);
        if (network === undefined) return;
        control(model, cloud, 'cloud.network.detachOnPremisesNetwork', (c) =>
          c.network.detachOnPremisesNetwork({ accountId: network.owner, region: model.region, networkId: network.id }),
        );
        model.onPremises = model.onPremises.filter((o) => o.id !== network.id);
        cutConnections(model, (c) => c.via === network.id);
        return;
      }
      const vpc = pick(model.vpcs, n);
      if (vpc === undefined) return;
      const clash = overlaps(block, vpc.cidr) || model.onPremises.some((o) => o.vpcId === vpc.id && overlaps(block, o.cidr));
      const r = attempt(model, cloud, 'cloud.network.attachOnPremisesNetwork', expectOutcome(clash ? 'InvalidParameterValue' : 'ok'), (c) =>
        c.network.attachOnPremisesNetwork({ accountId: vpc.owner, region: model.region, vpcId: vpc.id, cidrBlock: block, link: 'direct-connect' }),
      );
      if (r.ok) model.onPremises.push({ id: r.value.NetworkId, owner: vpc.owner, vpcId: vpc.id, cidr: block });
    },
  });
}

const denyCreateEndpoint = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Action: '*', Resource: '*' },
    { Effect: 'Deny', Action: 'ec2:CreateVpcEndpoint', Resource: '*' },
  ],
} as const;

/**
 * `cloud.iam.putPrincipalPolicy` (deny `ec2:CreateVpcEndpoint`) / `deletePrincipalPolicy` for a user or role.
 *
 * @example
 * const commands = fc.commands([identityPolicyCommand()], { maxCommands: 10 });
 */
export function identityPolicyCommand(): fc.Arbitrary<FuzzCommand> {
  return defineFuzzCommand({
    name: 'IdentityPolicy',
    input: fc.record({ who: fc.nat(), deny: fc.boolean() }),
    check: (model) => model.principals.some((p) => !p.endsWith(':root')),
    run: (model, cloud, { who, deny }) => {
      const principal = pick(model.principals.filter((p) => !p.endsWith(':root')), who);
      if (principal === undefined) return;
      if (deny) {
        control(model, cloud, 'cloud.iam.putPrincipalPolicy', (c) => c.iam.putPrincipalPolicy(principal, { ...denyCreateEndpoint, Statement: [...denyCreateEndpoint.Statement] }));
        model.deniedPrincipals.add(principal);
      } else {
        control(model, cloud, 'cloud.iam.deletePrincipalPolicy', (c) => c.iam.deletePrincipalPolicy(principal));
        model.deniedPrincipals.delete(principal);
      }
    },
  });
}
