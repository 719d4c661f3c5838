/**
 * Model control (not an AWS action): on-premises networks attached to a VPC through AWS
 * Direct Connect or an AWS Site-to-Site VPN. On AWS this takes a virtual private gateway,
 * a Direct Connect connection or VPN tunnels, and routes; the model keeps only what the
 * data plane needs to decide reachability: a CIDR block that reaches one VPC.
 *
 * Served as `cloud.network.attachOnPremisesNetwork(...)` / `detachOnPremisesNetwork(...)`.
 *
 * @module
 */
import type { WorldContext } from '../core/action.js';
import { describeValue, errors } from '../core/errors.js';
import { isAccountId } from '../core/ids.js';
import { deleteRow, getRow, putRow } from '../core/table.js';
import { findRegion } from '../geo/regions.js';
import { regionForWrite } from '../world/world.js';
import { cidrsOverlap, formatCidr, parseCidr } from './cidr.js';
import { requireVpc } from './lookup.js';
import type { OnPremisesLinkKind, OnPremisesNetworkRecord } from './model.js';

/** Input of `cloud.network.attachOnPremisesNetwork`. */
export interface AttachOnPremisesNetworkInput {
  /** The account owning the VPC. */
  accountId: string;
  region: string;
  vpcId: string;
  /** The on-premises address range; must not overlap the VPC (or another network attached to it). */
  cidrBlock: string;
  link: OnPremisesLinkKind;
}

/** Output of `cloud.network.attachOnPremisesNetwork`. */
export interface AttachOnPremisesNetworkOutput {
  /** The model's id of the attached network (`onprem-` + 17 hex). */
  NetworkId: string;
}

/** Input of `cloud.network.detachOnPremisesNetwork`. */
export interface DetachOnPremisesNetworkInput {
  accountId: string;
  region: string;
  networkId: string;
}

/**
 * `cloud.network`: model-level network controls (not AWS actions).
 *
 * @example
 * const { NetworkId } = cloud.network.attachOnPremisesNetwork({
 *   accountId: '111111111111', region: 'us-east-1', vpcId, cidrBlock: '192.168.0.0/16', link: 'direct-connect',
 * });
 * cloud.network.detachOnPremisesNetwork({ accountId: '111111111111', region: 'us-east-1', networkId: NetworkId });
 */
export interface NetworkControls {
  /** Attaches an on-premises network to a VPC (Direct Connect or Site-to-Site VPN). */
  attachOnPremisesNetwork(input: AttachOnPremisesNetworkInput): AttachOnPremisesNetworkOutput;
  /** Detaches it; connections that came through it are cut. */
  detachOnPremisesNetwork(input: DetachOnPremisesNetworkInput): void;
}

const LINKS: readonly OnPremisesLinkKind[] = ['direct-connect', 'site-to-site-vpn'];

/** Checks the account and region of a control call. */
function checkWhere(input: { accountId?: unknown; region?: unknown }): { accountId: string; region: string } {
  if (!isAccountId(input.accountId)) throw errors.unknownAccount(input.accountId);
  const region = findRegion(input.region);
  if (!region) throw errors.invalidParameterValue('region', input.region, 'Unknown region.');
  return { accountId: input.accountId, region: region.name };
}

/**
 * Checks the input of `attachOnPremisesNetwork` before any change (bad input is a
 * `CloudError`, as for every call).
 *
 * @example
 * checkAttachInput({ accountId, region: 'us-east-1', vpcId, cidrBlock: '192.168.0.0/16', link: 'direct-connect' });
 */
export function checkAttachInput(input: unknown): AttachOnPremisesNetworkInput {
  if (typeof input !== 'object' || input === null) throw errors.invalidParameterValue('input', input, 'Expected an object.');
  const fields = input as Record<string, unknown>;
  const where = checkWhere(fields);
  if (typeof fields.vpcId !== 'string' || fields.vpcId === '') throw errors.missingParameter('vpcId');
  const cidr = parseCidr(fields.cidrBlock);
  if (!cidr) throw errors.invalidCidrBlock(describeValue(fields.cidrBlock));
  if (!LINKS.includes(fields.link as OnPremisesLinkKind)) {
    throw errors.invalidParameterValue('link', fields.link, `Expected one of ${LINKS.join(', ')}.`);
  }
  return { ...where, vpcId: fields.vpcId, cidrBlock: formatCidr(cidr), link: fields.link as OnPremisesLinkKind };
}

/**
 * Checks the input of `detachOnPremisesNetwork`.
 *
 * @example
 * checkDetachInput({ accountId, region: 'us-east-1', networkId });
 */
export function checkDetachInput(input: unknown): DetachOnPremisesNetworkInput {
  if (typeof input !== 'object' || input === null) throw errors.invalidParameterValue('input', input, 'Expected an object.');
  const fields = input as Record<string, unknown>;
  const where = checkWhere(fields);
  if (typeof fields.networkId !== 'string' || fields.networkId === '') throw errors.missingParameter('networkId');
  return { ...where, networkId: fields.networkId };
}

/**
 * Attaches an on-premises network to one of the account's VPCs (a change function: run it
 * through `cloud.change` or the `cloud.network` control).
 *
 * @throws CloudError `InvalidVpcID.NotFound` for a VPC the account does not own;
 * `InvalidParameterValue` when the CIDR overlaps the VPC or a network already attached.
 *
 * @example
 * cloud.change((ctx) => attachOnPremisesNetwork(ctx, { accountId, region, vpcId, cidrBlock: '192.168.0.0/16', link: 'site-to-site-vpn' }));
 */
export function attachOnPremisesNetwork(ctx: WorldContext, input: AttachOnPremisesNetworkInput): AttachOnPremisesNetworkOutput {
  const region = regionForWrite(ctx.world, input.region);
  const vpc = requireVpc(region, input.accountId, input.vpcId);
  const block = parseCidr(input.cidrBlock);
  const vpcBlock = parseCidr(vpc.CidrBlock);
  if (!block) throw errors.invalidCidrBlock(input.cidrBlock);
  if (vpcBlock && cidrsOverlap(block, vpcBlock)) throw errors.onPremisesOverlap(input.cidrBlock, `VPC '${vpc.VpcId}'`, vpc.CidrBlock);
  for (const id of vpc.onPremisesNetworkIds) {
    const other = getRow(region.onPremisesNetworks, id);
    const otherBlock = other && parseCidr(other.CidrBlock);
    if (other && otherBlock && cidrsOverlap(block, otherBlock)) {
      throw errors.onPremisesOverlap(input.cidrBlock, `on-premises network '${other.NetworkId}'`, other.CidrBlock);
    }
  }
  const networkId = ctx.mintId('onPremisesNetwork');
  const record: OnPremisesNetworkRecord = {
    NetworkId: networkId,
    OwnerId: input.accountId,
    VpcId: vpc.VpcId,
    CidrBlock: input.cidrBlock,
    Link: input.link,
  };
  putRow(region.onPremisesNetworks, networkId, record);
  vpc.onPremisesNetworkIds.push(networkId);
  ctx.emit({ type: 'ResourceCreated', region: input.region, accountId: input.accountId, resourceType: 'on-premises-network', resourceId: networkId });
  return { NetworkId: networkId };
}

/**
 * Detaches an on-premises network (a change function). Connections through it are cut.
 *
 * @throws CloudError `InvalidParameterValue` for a network the account does not have.
 *
 * @example
 * cloud.change((ctx) => detachOnPremisesNetwork(ctx, { accountId, region, networkId }));
 */
export function detachOnPremisesNetwork(ctx: WorldContext, input: DetachOnPremisesNetworkInput): void {
  const region = regionForWrite(ctx.world, input.region);
  const network = getRow(region.onPremisesNetworks, input.networkId);
  if (network === undefined || network.OwnerId !== input.accountId) throw errors.onPremisesNetworkNotFound(input.networkId);
  const vpc = getRow(region.vpcs, network.VpcId);
  if (vpc !== undefined) vpc.onPremisesNetworkIds = vpc.onPremisesNetworkIds.filter((id) => id !== input.networkId);
  deleteRow(region.onPremisesNetworks, input.networkId);
  ctx.emit({ type: 'ResourceDeleted', region: input.region, accountId: input.accountId, resourceType: 'on-premises-network', resourceId: input.networkId });
  ctx.emit({
    type: 'DataPathCut',
    region: input.region,
    scope: { kind: 'onPremisesNetwork', networkId: input.networkId },
    reason: `On-premises network ${input.networkId} detached from ${network.VpcId}`,
  });
}

/**
 * Builds `cloud.network` over the Cloud's `change` (all-or-nothing, events after commit).
 *
 * @example
 * const network = networkControls((apply) => cloud.change(apply));
 */
export function networkControls(change: (apply: (ctx: WorldContext) => void) => void): NetworkControls {
  return {
    attachOnPremisesNetwork: (input) => {
      const checked = checkAttachInput(input);
      const result: { output?: AttachOnPremisesNetworkOutput } = {};
      change((ctx) => {
        result.output = attachOnPremisesNetwork(ctx, checked);
      });
      // `change` runs the function synchronously or throws; this guards a misbehaving one.
      if (result.output === undefined) throw errors.unsupportedOperation('attachOnPremisesNetwork', 'the change did not run');
      return { NetworkId: result.output.NetworkId };
    },
    detachOnPremisesNetwork: (input) => {
      const checked = checkDetachInput(input);
      change((ctx) => detachOnPremisesNetwork(ctx, checked));
    },
  };
}
