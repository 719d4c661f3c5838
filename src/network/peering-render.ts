/**
 * Renders a stored VPC peering connection as SDK v3 `VpcPeeringConnection`. As on AWS, the
 * accepter's CIDR block appears once the connection was accepted, and `ExpirationTime`
 * only while the request waits for acceptance.
 *
 * @module
 */
import type { Tag } from '../core/tags.js';
import type { PeeringStatus, VpcPeeringConnectionRecord } from './model.js';
import { peeringStatusMessage } from './peering.js';
import { renderTags } from './render.js';

/** SDK v3 `VpcPeeringConnectionOptionsDescription`. */
export interface VpcPeeringConnectionOptionsDescription {
  AllowDnsResolutionFromRemoteVpc: boolean;
  AllowEgressFromLocalClassicLinkToRemoteVpc: boolean;
  AllowEgressFromLocalVpcToRemoteClassicLink: boolean;
}

/** SDK v3 `VpcPeeringConnectionVpcInfo` (IPv4). */
export interface VpcPeeringConnectionVpcInfo {
  CidrBlock?: string;
  CidrBlockSet?: { CidrBlock: string }[];
  OwnerId: string;
  PeeringOptions?: VpcPeeringConnectionOptionsDescription;
  VpcId: string;
  Region: string;
}

/** SDK v3 `VpcPeeringConnection`. */
export interface VpcPeeringConnection {
  AccepterVpcInfo: VpcPeeringConnectionVpcInfo;
  ExpirationTime?: Date;
  RequesterVpcInfo: VpcPeeringConnectionVpcInfo;
  Status: { Code: PeeringStatus; Message: string };
  Tags: Tag[];
  VpcPeeringConnectionId: string;
}

const options = (): VpcPeeringConnectionOptionsDescription => ({
  AllowDnsResolutionFromRemoteVpc: false,
  AllowEgressFromLocalClassicLinkToRemoteVpc: false,
  AllowEgressFromLocalVpcToRemoteClassicLink: false,
});

function vpcInfo(region: string, vpcId: string, ownerId: string, cidr: string | undefined): VpcPeeringConnectionVpcInfo {
  // Object.assign rather than spreads inside the literal: see `renderNetworkInterface`.
  return Object.assign(cidr !== undefined ? { CidrBlock: cidr, CidrBlockSet: [{ CidrBlock: cidr }], PeeringOptions: options() } : {}, {
    OwnerId: ownerId,
    VpcId: vpcId,
    Region: region,
  });
}

/**
 * Renders a peering connection.
 *
 * @example
 * renderPeering('us-east-1', peering).Status; // { Code: 'pending-acceptance', Message: 'Pending Acceptance by 222222222222' }
 */
export function renderPeering(region: string, peering: VpcPeeringConnectionRecord): VpcPeeringConnection {
  const accepterCidr = peering.accepted ? peering.AccepterCidrBlock : undefined;
  const waiting = peering.Status === 'initiating-request' || peering.Status === 'pending-acceptance';
  return Object.assign(
    { AccepterVpcInfo: vpcInfo(region, peering.AccepterVpcId, peering.AccepterOwnerId, accepterCidr) },
    waiting ? { ExpirationTime: new Date(peering.expiresAt) } : {},
    {
      RequesterVpcInfo: vpcInfo(region, peering.RequesterVpcId, peering.RequesterOwnerId, peering.RequesterCidrBlock),
      Status: { Code: peering.Status, Message: peeringStatusMessage(peering) },
      Tags: renderTags(peering.Tags),
      VpcPeeringConnectionId: peering.VpcPeeringConnectionId,
    },
  );
}
