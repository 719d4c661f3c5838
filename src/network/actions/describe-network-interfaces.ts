/**
 * EC2 `DescribeNetworkInterfaces`: the caller's network interfaces, by id and filters, paged.
 * Every interface the model creates is requester-managed: one per AZ of an interface
 * endpoint (owned by the endpoint's account) and one per AZ of a Network Load Balancer
 * (owned by the load balancer's account). `MaxResults` (5 to 1,000) cannot be sent with
 * `NetworkInterfaceIds`, as on AWS (`InvalidParameterCombination`).
 *
 * @module
 */
import { defineAction } from '../../core/action.js';
import { errors } from '../../core/errors.js';
import type { Filter } from '../../core/params.js';
import { rows } from '../../core/table.js';
import { compileEarlyFilters, compileFilters, type FilterFields } from '../../queries/filters.js';
import { paginateViews, readEc2Paging } from '../../queries/paginate.js';
import { readIdList } from '../id-params.js';
import { renderNetworkInterface, type NetworkInterface } from '../interface-render.js';
import { requireNetworkInterface } from '../lookup.js';
import type { NetworkInterfaceRecord } from '../model.js';

/** SDK v3 `DescribeNetworkInterfacesRequest`. */
export interface DescribeNetworkInterfacesRequest {
  NetworkInterfaceIds?: string[] | undefined;
  Filters?: Filter[] | undefined;
  MaxResults?: number | undefined;
  NextToken?: string | undefined;
  /** Accepted; the model hides no managed interface, so every one is listed either way. */
  IncludeManagedResources?: boolean | undefined;
  DryRun?: boolean | undefined;
}

/** SDK v3 `DescribeNetworkInterfacesResult`. */
export interface DescribeNetworkInterfacesResult {
  NetworkInterfaces: NetworkInterface[];
  NextToken?: string;
}

const attachment = <T>(pick: (a: NonNullable<NetworkInterface['Attachment']>) => T) => (n: NetworkInterface) =>
  n.Attachment === undefined ? undefined : pick(n.Attachment);
const addresses = (n: NetworkInterface) => n.PrivateIpAddresses.map((a) => a.PrivateIpAddress);
const none = () => undefined;

/**
 * The filters `DescribeNetworkInterfaces` supports, as AWS documents them (`group-name`
 * too, which AWS still answers). Fields of features the model does not have (Elastic IPs,
 * IPv6, instances, operators) match nothing.
 */
const FILTERS: FilterFields<NetworkInterface> = {
  'addresses.primary': (n) => n.PrivateIpAddresses.map((a) => String(a.Primary)),
  'addresses.private-ip-address': addresses,
  'addresses.association.owner-id': none,
  'addresses.association.public-ip': none,
  'association.allocation-id': none,
  'association.association-id': none,
  'association.ip-owner-id': none,
  'association.public-ip': none,
  'association.public-dns-name': none,
  'attachment.attach-time': none,
  'attachment.attachment-id': attachment((a) => a.AttachmentId),
  'attachment.delete-on-termination': attachment((a) => a.DeleteOnTermination),
  'attachment.device-index': attachment((a) => a.DeviceIndex),
  'attachment.instance-id': none,
  'attachment.instance-owner-id': attachment((a) => a.InstanceOwnerId),
  'attachment.status': attachment((a) => a.Status),
  'availability-zone': (n) => n.AvailabilityZone,
  'availability-zone-id': (n) => n.AvailabilityZoneId,
  description: (n) => n.Description,
  'group-id': (n) => n.Groups.map((g) => g.GroupId),
  'group-name': (n) => n.Groups.map((g) => g.GroupName),
  'interface-type': (n) => n.InterfaceType,
  'ipv6-addresses.ipv6-address': none,
  'mac-address': (n) => n.MacAddress,
  'network-interface-id': (n) => n.NetworkInterfaceId,
  'operator.managed': none,
  'operator.principal': none,
  'owner-id': (n) => n.OwnerId,
  'private-dns-name': (n) => n.PrivateDnsName,
  'private-ip-address': addresses,
  'requester-id': (n) => n.RequesterId,
  'requester-managed': (n) => n.RequesterManaged,
  'source-dest-check': (n) => n.SourceDestCheck,
  status: (n) => n.Status,
  'subnet-id': (n) => n.SubnetId,
  'vpc-id': (n) => n.VpcId,
};

/**
 * Filters read from the stored interface before it is rendered: the same values the rendered
 * fields carry, so an interface they refuse is never rendered (a filter by VPC or subnet over
 * an account's 20,000 endpoint interfaces renders fifty, not all of them).
 */
const EARLY_FILTERS: FilterFields<NetworkInterfaceRecord> = {
  'availability-zone-id': (n) => n.AvailabilityZoneId,
  description: (n) => n.Description,
  'group-id': (n) => n.Groups,
  'interface-type': (n) => n.InterfaceType,
  'network-interface-id': (n) => n.NetworkInterfaceId,
  'owner-id': (n) => n.OwnerId,
  'private-ip-address': (n) => n.PrivateIpAddress,
  'requester-managed': (n) => n.RequesterManaged,
  'subnet-id': (n) => n.SubnetId,
  'vpc-id': (n) => n.VpcId,
};

/**
 * `DescribeNetworkInterfaces`.
 *
 * @example
 * const { NetworkInterfaceIds } = ec2.describeVpcEndpoints({ VpcEndpointIds: [endpointId] }).VpcEndpoints[0];
 * ec2.describeNetworkInterfaces({ NetworkInterfaceIds }).NetworkInterfaces.map((n) => n.PrivateIpAddress);
 */
export const describeNetworkInterfaces = defineAction<DescribeNetworkInterfacesRequest, DescribeNetworkInterfacesResult>()({
  name: 'DescribeNetworkInterfaces',
  api: 'ec2',
  readOnly: true,
  parse: (p) => {
    const ids = readIdList(p, 'NetworkInterfaceIds', 'eni');
    const filters = p.filters();
    const paging = readEc2Paging(p);
    p.optionalBoolean('IncludeManagedResources');
    if (ids.length > 0 && paging.limit !== undefined) throw errors.networkInterfaceIdsWithMaxResults();
    return { ids, filters, paging };
  },
  apply: (ctx, { ids, filters, paging }) => {
    const { accountId, region } = ctx.caller;
    const keep = compileFilters(filters, FILTERS, { tags: (n) => n.TagSet });
    const early = compileEarlyFilters(filters, EARLY_FILTERS);
    const records: NetworkInterfaceRecord[] = [];
    if (ids.length > 0) {
      for (const id of ids) {
        const n = requireNetworkInterface(ctx.region, accountId, id);
        if (early(n)) records.push(n);
      }
    } else {
      for (const n of rows(ctx.region.networkInterfaces)) if (n.OwnerId === accountId && early(n)) records.push(n);
    }
    // Filters read the rendered interface: render in page order, only until the page is full.
    const view = (n: NetworkInterfaceRecord) => {
      const rendered = renderNetworkInterface(ctx.world, region, ctx.region, n);
      return keep(rendered) ? { view: rendered } : undefined;
    };
    const page = paginateViews(records, (n) => n.NetworkInterfaceId, view, paging, ctx.world.seed, `DescribeNetworkInterfaces/${accountId}`);
    return { NetworkInterfaces: page.items, ...(page.nextToken !== undefined ? { NextToken: page.nextToken } : {}) };
  },
});
