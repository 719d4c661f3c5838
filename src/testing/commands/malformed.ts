/**
 * Deliberately malformed input from the invalid arbitraries: a near-miss account id
 * (`UnknownAccount`), a wrong region (`InvalidParameterValue`), a caller principal of another
 * account (`InvalidParameterValue`), a malformed principal granted or revoked
 * (`InvalidPrincipal`), near-miss VPC, subnet, security group and peering ids (the kind's
 * `.Malformed` code), and well-formed ids that name nothing (`.NotFound`). Nothing changes.
 *
 * @module
 */
import fc from 'fast-check';
import type { Cloud } from '../../cloud.js';
import { fuzzFailure } from '../_internals/failure.js';
import { malformedPrincipal } from '../arbitraries/malformed-principal.js';
import { nearMissAccountId } from '../arbitraries/near-miss-account-id.js';
import { NEAR_MISS_ID_CODES, nearMissResourceId, resourceId } from '../arbitraries/resource-id.js';
import { wrongRegion } from '../arbitraries/wrong-region.js';
import { attempt, expectOutcome } from '../model/attempt.js';
import type { FuzzModel } from '../model/fuzz-model.js';
import { identityOf, pick } from '../model/queries.js';
import { defineFuzzCommand, type FuzzCommand } from './define.js';

interface Bad {
  account: string;
  region: string;
  principal: string;
  vpc: string;
  subnet: string;
  group: string;
  peering: string;
  unknownVpc: string;
  unknownService: string;
}

const bad: fc.Arbitrary<Bad> = fc.record({
  account: nearMissAccountId(),
  region: wrongRegion(),
  principal: malformedPrincipal(),
  vpc: nearMissResourceId('vpc'),
  subnet: nearMissResourceId('subnet'),
  group: nearMissResourceId('securityGroup'),
  peering: nearMissResourceId('vpcPeeringConnection'),
  unknownVpc: resourceId('vpc'),
  unknownService: resourceId('vpcEndpointService'),
});

type Case = [action: string, expected: string, call: (c: Cloud) => unknown];

/** The case of `variant`, or `undefined` when the model lacks what it needs. */
function caseOf(model: FuzzModel, variant: string, b: Bad, n: number): Case | undefined {
  const account = pick(model.accounts, n) ?? '';
  const me = identityOf(model, account);
  const service = pick(model.services, n);
  switch (variant) {
    case 'accountId':
      return ['DescribeVpcs', 'UnknownAccount', (c) => c.ec2({ accountId: b.account, region: model.region }).describeVpcs()];
    case 'region':
      return ['DescribeVpcs', 'InvalidParameterValue', (c) => c.ec2({ accountId: account, region: b.region }).describeVpcs()];
    case 'callerPrincipal': {
      const other = model.accounts.find((a) => a !== account);
      return other === undefined ? undefined : ['DescribeVpcs', 'InvalidParameterValue', (c) => c.ec2({ ...me, principalArn: `arn:aws:iam::${other}:root` }).describeVpcs()];
    }
    case 'grantMalformed':
      return service && ['ModifyVpcEndpointServicePermissions', 'InvalidPrincipal', (c) => c.ec2(identityOf(model, service.owner)).modifyVpcEndpointServicePermissions({ ServiceId: service.id, AddAllowedPrincipals: [b.principal] })];
    case 'revokeMalformed':
      return service && ['ModifyVpcEndpointServicePermissions', 'InvalidPrincipal', (c) => c.ec2(identityOf(model, service.owner)).modifyVpcEndpointServicePermissions({ ServiceId: service.id, RemoveAllowedPrincipals: [b.principal] })];
    case 'vpcId':
      return ['DescribeVpcs', NEAR_MISS_ID_CODES.vpc, (c) => c.ec2(me).describeVpcs({ VpcIds: [b.vpc] })];
    case 'subnetId':
      return ['DescribeSubnets', NEAR_MISS_ID_CODES.subnet, (c) => c.ec2(me).describeSubnets({ SubnetIds: [b.subnet] })];
    case 'groupId':
      return ['DescribeSecurityGroups', NEAR_MISS_ID_CODES.securityGroup, (c) => c.ec2(me).describeSecurityGroups({ GroupIds: [b.group] })];
    case 'peeringId':
      return ['DescribeVpcPeeringConnections', NEAR_MISS_ID_CODES.vpcPeeringConnection, (c) => c.ec2(me).describeVpcPeeringConnections({ VpcPeeringConnectionIds: [b.peering] })];
    case 'unknownVpc':
      return ['DeleteVpc', 'InvalidVpcID.NotFound', (c) => c.ec2(me).deleteVpc({ VpcId: b.unknownVpc })];
    case 'unknownService':
      return ['DescribeVpcEndpointServiceConfigurations', 'InvalidVpcEndpointServiceId.NotFound', (c) => c.ec2(me).describeVpcEndpointServiceConfigurations({ ServiceIds: [b.unknownService] })];
    default:
      return undefined;
  }
}

const VARIANTS = ['accountId', 'region', 'callerPrincipal', 'grantMalformed', 'revokeMalformed', 'vpcId', 'subnetId', 'groupId', 'peeringId', 'unknownVpc', 'unknownService'] as const;

/**
 * One malformed request; it must fail with its code and change nothing.
 *
 * @example
 * const commands = fc.commands([malformedInputCommand()], { maxCommands: 10 });
 */
export function malformedInputCommand(): fc.Arbitrary<FuzzCommand> {
  return defineFuzzCommand({
    name: 'MalformedInput',
    input: fc.record({ variant: fc.constantFrom(...VARIANTS), bad, n: fc.nat() }),
    run: (model, cloud, { variant, bad: b, n }) => {
      const found = caseOf(model, variant, b, n);
      if (found === undefined) return;
      const [action, expected, call] = found;
      const before = cloud.world;
      attempt(model, cloud, action, expectOutcome(expected), call);
      if (cloud.world !== before) throw fuzzFailure(`${action} with malformed input changed the world`);
    },
  });
}
