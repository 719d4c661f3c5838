/**
 * Questions commands ask the reference model: what exists, who may use what, where there
 * is room. Pure reads of the {@link FuzzModel}.
 *
 * @module
 */
import { parseCidr } from '../../network/cidr.js';
import { principalsCover } from '../_internals/principals.js';
import type { FuzzModel, ModelEndpoint, ModelService, ModelSubnet } from './fuzz-model.js';

/**
 * `list[n mod length]`, or `undefined` for an empty list (the command then does not apply).
 *
 * @example
 * pick(model.services, input.service); // undefined when there is none
 */
export function pick<T>(list: readonly T[], n: number): T | undefined {
  return list.length === 0 ? undefined : list[Math.abs(Math.trunc(n)) % list.length];
}

/**
 * The account of a principal ARN (`arn:aws:iam::<account>:...`).
 *
 * @example
 * accountOf('arn:aws:iam::222222222222:role/app'); // '222222222222'
 */
export function accountOf(principalArn: string): string {
  return principalArn.split(':')[4] ?? '';
}

/**
 * The AZ ids `account` has in the model's region, in name order.
 *
 * @example
 * zonesOf(model, '222222222222'); // ['use1-az2', 'use1-az3', 'use1-az4']
 */
export function zonesOf(model: FuzzModel, account: string): readonly string[] {
  return model.topology.plan.accounts[account]?.zones?.[model.region] ?? [];
}

/**
 * The AZ ids a service is offered in: where its load balancers have nodes.
 *
 * @example
 * serviceZones(model, service).has('use1-az2');
 */
export function serviceZones(model: FuzzModel, service: ModelService): Set<string> {
  const zones = new Set<string>();
  for (const arn of service.loadBalancerArns) for (const z of model.loadBalancers.find((lb) => lb.arn === arn)?.zoneIds ?? []) zones.add(z);
  return zones;
}

/**
 * Whether `principalArn` may create endpoints to `service` (owner or allowed).
 *
 * @example
 * mayUse(service, 'arn:aws:iam::222222222222:role/app');
 */
export function mayUse(service: ModelService, principalArn: string): boolean {
  return service.owner === accountOf(principalArn) || principalsCover(service.principals, principalArn);
}

/**
 * Addresses in use in a subnet: NLB nodes and endpoint interfaces not yet deleted.
 *
 * @example
 * usedAddresses(model, subnet.id); // NLB nodes + endpoint interfaces
 */
export function usedAddresses(model: FuzzModel, subnetId: string): number {
  let used = 0;
  for (const lb of model.loadBalancers) used += lb.subnetIds.filter((s) => s === subnetId).length;
  for (const e of model.endpoints) if (e.state !== 'deleted') used += e.zones.filter((z) => z.subnetId === subnetId).length;
  return used;
}

/**
 * Free addresses of a subnet (AWS reserves 5 per subnet).
 *
 * @example
 * freeAddresses(model, subnet) >= 8; // room for an NLB node
 */
export function freeAddresses(model: FuzzModel, subnet: ModelSubnet): number {
  const size = parseCidr(subnet.cidr)?.size ?? 0;
  return size - 5 - usedAddresses(model, subnet.id);
}

const BLOCKING = new Set(['available', 'pendingAcceptance']);

/**
 * Endpoints of a service that block its deletion. AWS: "You can't delete an endpoint service
 * if there are any endpoints connected to the endpoint service that are in the available or
 * pending-acceptance state."
 *
 * @example
 * blockingEndpoints(model, service.id).length > 0; // ExistingVpcEndpointConnections
 */
export function blockingEndpoints(model: FuzzModel, serviceId: string): ModelEndpoint[] {
  return model.endpoints.filter((e) => e.serviceId === serviceId && BLOCKING.has(e.state));
}

/**
 * The model's subnets of a VPC.
 *
 * @example
 * subnetsOf(model, vpc.id).map((s) => s.zoneId);
 */
export function subnetsOf(model: FuzzModel, vpcId: string): ModelSubnet[] {
  return model.subnets.filter((s) => s.vpcId === vpcId);
}

/**
 * The region identity of an account (its root principal).
 *
 * @example
 * cloud.ec2(identityOf(model, '222222222222', 'arn:aws:iam::222222222222:role/app'));
 */
export function identityOf(model: FuzzModel, accountId: string, principalArn?: string): { accountId: string; region: string; principalArn?: string } {
  return principalArn === undefined ? { accountId, region: model.region } : { accountId, region: model.region, principalArn };
}

/**
 * A unique name for a new resource.
 *
 * @example
 * nextName(model, 'fuzz-nlb'); // 'fuzz-nlb-1'
 */
export function nextName(model: FuzzModel, prefix: string): string {
  model.sequence += 1;
  return `${prefix}-${model.sequence}`;
}
