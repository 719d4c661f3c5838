/**
 * Foreign resources for negative tests: an id one account of a realized topology owns, with
 * another account of it as the caller, and the code AWS answers that caller when it asks for
 * the resource by id (exactly as for a resource that does not exist).
 *
 * @module
 */
import fc from 'fast-check';
import type { RealizedTopology } from '../topology/realize.js';

/** Kinds of resource {@link foreignResource} draws from. */
export type ForeignResourceKind = 'vpc' | 'subnet' | 'securityGroup' | 'endpointService' | 'vpcEndpoint' | 'loadBalancer' | 'targetGroup';

/**
 * The code a describe by id answers for another account's resource of each kind
 * (`DescribeVpcs`, `DescribeSubnets`, `DescribeSecurityGroups`,
 * `DescribeVpcEndpointServiceConfigurations`, `DescribeVpcEndpoints`, ELBv2
 * `DescribeLoadBalancers`, `DescribeTargetGroups`).
 *
 * @example
 * FOREIGN_RESOURCE_CODES.endpointService; // 'InvalidVpcEndpointServiceId.NotFound'
 */
export const FOREIGN_RESOURCE_CODES: Readonly<Record<ForeignResourceKind, string>> = Object.freeze({
  vpc: 'InvalidVpcID.NotFound',
  subnet: 'InvalidSubnetID.NotFound',
  securityGroup: 'InvalidGroup.NotFound',
  endpointService: 'InvalidVpcEndpointServiceId.NotFound',
  vpcEndpoint: 'InvalidVpcEndpointId.NotFound',
  loadBalancer: 'LoadBalancerNotFound',
  targetGroup: 'TargetGroupNotFound',
});

/** A resource of one account, asked for by another. */
export interface ForeignResource {
  kind: ForeignResourceKind;
  id: string;
  owner: string;
  /** An account of the topology that does not own it. */
  caller: string;
  expectedCode: string;
}

/**
 * Another account's resource of `topology`, with the caller that must not see it.
 *
 * @example
 * fc.assert(fc.property(foreignResource(topology), ({ kind, id, caller, expectedCode }) => {
 *   if (kind === 'vpc') expect(cloudErrorOf(() => cloud.ec2({ accountId: caller, region }).describeVpcs({ VpcIds: [id] })).code).toBe(expectedCode);
 * }));
 *
 * @remarks Since 0.1.0
 */
export function foreignResource(topology: RealizedTopology): fc.Arbitrary<ForeignResource> {
  const p = topology.provider;
  const owned: [ForeignResourceKind, string, string][] = [
    ['vpc', p.vpcId, p.accountId],
    ...p.subnetIds.map((id): [ForeignResourceKind, string, string] => ['subnet', id, p.accountId]),
    ['securityGroup', p.defaultSecurityGroupId, p.accountId],
    ['endpointService', p.serviceId, p.accountId],
    ...p.loadBalancers.flatMap((lb): [ForeignResourceKind, string, string][] => [['loadBalancer', lb.loadBalancerArn, p.accountId], ['targetGroup', lb.targetGroupArn, p.accountId]]),
    ...topology.consumers.flatMap((c): [ForeignResourceKind, string, string][] => [
      ['vpc', c.vpcId, c.accountId],
      ...c.subnetIds.map((id): [ForeignResourceKind, string, string] => ['subnet', id, c.accountId]),
      ['securityGroup', c.defaultSecurityGroupId, c.accountId],
      ...(c.endpointId === undefined ? [] : [['vpcEndpoint', c.endpointId, c.accountId] as [ForeignResourceKind, string, string]]),
    ]),
  ];
  const accounts = [p.accountId, ...topology.consumers.map((c) => c.accountId)];
  return fc.tuple(fc.constantFrom(...owned), fc.nat()).map(([[kind, id, owner], n]) => {
    const others = accounts.filter((a) => a !== owner);
    return { kind, id, owner, caller: others[n % Math.max(1, others.length)] ?? owner, expectedCode: FOREIGN_RESOURCE_CODES[kind] };
  });
}
