import { describe, expect, it } from 'vitest';
import { getRow } from '../../src/core/table.js';
import { regionForWrite, regionOf } from '../../src/world/world.js';
import type { NetworkInterface } from '../../src/index.js';
import { cloudErrorOf } from '../support/errors.js';
import { buildTopology, CONSUMER, OUTSIDER, PROVIDER, REGION } from '../fixtures/topology.js';
import { addInterface } from './fixtures.js';

const MISSING = 'eni-0123456789abcdef0';

/** The fixture with an available endpoint in the consumer's use1-az2 and use1-az3 subnets. */
function setup() {
  const topology = buildTopology({ acceptanceRequired: false });
  const { cloud, consumer } = topology;
  const c = cloud.ec2(consumer.identity);
  const p = cloud.ec2(topology.provider.identity);
  const endpoint = c.createVpcEndpoint({
    VpcEndpointType: 'Interface',
    VpcId: consumer.vpcId,
    ServiceName: topology.provider.serviceName,
    SubnetIds: [consumer.subnetA, consumer.subnetB],
  }).VpcEndpoint;
  const endpointId = endpoint.VpcEndpointId;
  const eniIds = c.describeVpcEndpoints({ VpcEndpointIds: [endpointId] }).VpcEndpoints[0]?.NetworkInterfaceIds ?? [];
  return { ...topology, c, p, endpointId, eniIds };
}

const ids = (list: readonly NetworkInterface[]) => list.map((n) => n.NetworkInterfaceId).sort();

/** Sets an interface's tags directly (tagging actions for `eni-` are wired elsewhere). */
function tagInterface(cloud: ReturnType<typeof setup>['cloud'], eniId: string, tags: { Key: string; Value: string }[]): void {
  cloud.change((ctx) => {
    const eni = getRow(regionForWrite(ctx.world, REGION).networkInterfaces, eniId);
    if (eni !== undefined) eni.Tags = tags;
  });
}

describe('DescribeNetworkInterfaces', () => {
  it("shows an endpoint's interfaces to its consumer as AWS writes them", () => {
    const { c, consumer, endpointId, eniIds } = setup();
    expect(eniIds).toHaveLength(2);
    const [first] = c.describeNetworkInterfaces({ NetworkInterfaceIds: [eniIds[0] ?? ''] }).NetworkInterfaces;
    const ip = first?.PrivateIpAddress ?? '';
    expect(ip).toMatch(/^10\.1\.[12]\.\d+$/);
    const dns = `ip-${ip.replaceAll('.', '-')}.ec2.internal`;
    expect(first).toEqual({
      Attachment: {
        AttachmentId: expect.stringMatching(/^ela-attach-[0-9a-f]{17}$/) as string,
        DeleteOnTermination: false,
        DeviceIndex: 1,
        InstanceOwnerId: 'amazon-aws',
        Status: 'attached',
      },
      AvailabilityZone: 'us-east-1a',
      AvailabilityZoneId: 'use1-az2',
      Description: `VPC Endpoint Interface ${endpointId}`,
      Groups: [{ GroupId: consumer.defaultSecurityGroupId, GroupName: 'default' }],
      InterfaceType: 'vpc_endpoint',
      Ipv6Addresses: [],
      MacAddress: expect.stringMatching(/^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/) as string,
      NetworkInterfaceId: eniIds[0],
      OwnerId: CONSUMER,
      PrivateDnsName: dns,
      PrivateIpAddress: ip,
      PrivateIpAddresses: [{ Primary: true, PrivateDnsName: dns, PrivateIpAddress: ip }],
      RequesterId: '727180483921',
      RequesterManaged: true,
      SourceDestCheck: true,
      Status: 'in-use',
      SubnetId: consumer.subnetA,
      TagSet: [],
      VpcId: consumer.vpcId,
    });
  });

  it("agrees with DescribeVpcEndpoints: the endpoint's ids are its subnets' interfaces, with its groups", () => {
    const { c, consumer, endpointId, eniIds } = setup();
    const group = c.createSecurityGroup({ VpcId: consumer.vpcId, GroupName: 'app', Description: 'app' }).GroupId;
    c.modifyVpcEndpoint({ VpcEndpointId: endpointId, AddSecurityGroupIds: [group] });
    const endpoint = c.describeVpcEndpoints({ VpcEndpointIds: [endpointId] }).VpcEndpoints[0];
    const enis = c.describeNetworkInterfaces({ NetworkInterfaceIds: endpoint?.NetworkInterfaceIds ?? [] }).NetworkInterfaces;
    expect(ids(enis)).toEqual([...eniIds].sort());
    expect(enis.map((n) => n.SubnetId).sort()).toEqual([...(endpoint?.SubnetIds ?? [])].sort());
    for (const eni of enis) {
      expect(eni.Groups).toEqual([{ GroupId: consumer.defaultSecurityGroupId, GroupName: 'default' }, { GroupId: group, GroupName: 'app' }]);
    }
    // Each subnet's interface is in that subnet's AZ, named as the consumer names it.
    expect(enis.map((n) => `${n.SubnetId} ${n.AvailabilityZone} ${n.AvailabilityZoneId}`).sort()).toEqual(
      [`${consumer.subnetA} us-east-1a use1-az2`, `${consumer.subnetB} us-east-1b use1-az3`].sort(),
    );
  });

  it("shows a Network Load Balancer's node interfaces to the load balancer's owner, with its security groups", () => {
    const { cloud, provider, p } = setup();
    const arnSuffix = provider.loadBalancerArn.slice(provider.loadBalancerArn.indexOf('/net/') + 1);
    const nodes = p.describeNetworkInterfaces().NetworkInterfaces;
    expect(nodes).toHaveLength(2);
    expect(nodes.map((n) => n.SubnetId).sort()).toEqual([...provider.subnetIds].sort());
    for (const node of nodes) {
      expect(node).toMatchObject({
        Description: `ELB ${arnSuffix}`,
        InterfaceType: 'network_load_balancer',
        RequesterId: 'amazon-elb',
        RequesterManaged: true,
        OwnerId: PROVIDER,
        Status: 'in-use',
        Groups: [],
        Attachment: { InstanceOwnerId: 'amazon-elb', DeviceIndex: 1, Status: 'attached', DeleteOnTermination: false },
      });
    }
    // The provider names use1-az2 `us-east-1b`.
    expect(nodes.find((n) => n.AvailabilityZoneId === 'use1-az2')?.AvailabilityZone).toBe('us-east-1b');
    const group = p.createSecurityGroup({ VpcId: provider.vpcId, GroupName: 'nlb', Description: 'nlb' }).GroupId;
    const lb = cloud.elbv2(provider.identity).createLoadBalancer({ Name: 'guarded', Type: 'network', Scheme: 'internal', Subnets: [provider.subnetIds[0]], SecurityGroups: [group] });
    const arn = lb.LoadBalancers[0]?.LoadBalancerArn ?? '';
    const guarded = p.describeNetworkInterfaces({ Filters: [{ Name: 'description', Values: [`ELB ${arn.slice(arn.indexOf('/net/') + 1)}`] }] }).NetworkInterfaces;
    expect(guarded.map((n) => n.Groups)).toEqual([[{ GroupId: group, GroupName: 'nlb' }]]);
  });

  it("lists only the caller's own interfaces; another account's id is not found", () => {
    const { cloud, c, p, eniIds } = setup();
    const providerIds = ids(p.describeNetworkInterfaces().NetworkInterfaces);
    expect(ids(c.describeNetworkInterfaces().NetworkInterfaces)).toEqual([...eniIds].sort());
    expect(providerIds.some((id) => eniIds.includes(id))).toBe(false);
    const before = cloud.world;
    expect(cloudErrorOf(() => p.describeNetworkInterfaces({ NetworkInterfaceIds: [eniIds[0] ?? ''] }))).toMatchObject({
      code: 'InvalidNetworkInterfaceID.NotFound',
      message: `The networkInterface ID '${eniIds[0] ?? ''}' does not exist`,
    });
    expect(cloudErrorOf(() => c.describeNetworkInterfaces({ NetworkInterfaceIds: [providerIds[0] ?? ''] })).code).toBe('InvalidNetworkInterfaceID.NotFound');
    expect(cloud.ec2({ accountId: OUTSIDER, region: REGION }).describeNetworkInterfaces().NetworkInterfaces).toEqual([]);
    expect(cloud.ec2({ accountId: CONSUMER, region: 'us-west-2' }).describeNetworkInterfaces().NetworkInterfaces).toEqual([]);
    expect(cloud.world).toBe(before);
  });

  it('refuses unknown, malformed ids, MaxResults with ids, MaxResults out of range, bad filters and tokens', () => {
    const { cloud, c, eniIds } = setup();
    const before = cloud.world;
    expect(cloudErrorOf(() => c.describeNetworkInterfaces({ NetworkInterfaceIds: [eniIds[0] ?? '', MISSING] }))).toMatchObject({
      code: 'InvalidNetworkInterfaceID.NotFound',
      message: `The networkInterface ID '${MISSING}' does not exist`,
    });
    expect(cloudErrorOf(() => c.describeNetworkInterfaces({ NetworkInterfaceIds: ['eni-1'] }))).toMatchObject({
      code: 'InvalidNetworkInterfaceId.Malformed',
      message: 'Invalid id: "eni-1" (expecting "eni-...")',
    });
    expect(cloudErrorOf(() => c.describeNetworkInterfaces({ NetworkInterfaceIds: ['vpc-0123456789abcdef0'] })).code).toBe('InvalidNetworkInterfaceId.Malformed');
    expect(cloudErrorOf(() => c.describeNetworkInterfaces({ NetworkInterfaceIds: eniIds, MaxResults: 5 }))).toMatchObject({
      code: 'InvalidParameterCombination',
      message: 'The parameter NetworkInterfaceIds cannot be used with the parameter MaxResults',
    });
    expect(cloudErrorOf(() => c.describeNetworkInterfaces({ MaxResults: 4 }))).toMatchObject({
      code: 'InvalidParameterValue',
      message: 'Value ( 4 ) for parameter maxResults is invalid. Expecting a value between 5 and 1000.',
    });
    expect(cloudErrorOf(() => c.describeNetworkInterfaces({ MaxResults: 1001 })).code).toBe('InvalidParameterValue');
    expect(cloudErrorOf(() => c.describeNetworkInterfaces({ Filters: [{ Name: 'instance-id', Values: ['i-1'] }] }))).toMatchObject({
      code: 'InvalidFilter',
      message: "The filter 'instance-id' is invalid",
    });
    expect(cloudErrorOf(() => c.describeNetworkInterfaces({ MaxResults: 5, NextToken: 'nope' }))).toMatchObject({ code: 'InvalidNextToken' });
    expect(cloud.world).toBe(before);
    // An empty id list is no list: MaxResults is fine with it.
    expect(ids(c.describeNetworkInterfaces({ NetworkInterfaceIds: [], MaxResults: 5 }).NetworkInterfaces)).toEqual([...eniIds].sort());
    expect(c.describeNetworkInterfaces({ IncludeManagedResources: false }).NetworkInterfaces).toHaveLength(2);
  });

  it('filters by every field AWS documents for these interfaces, tags included', () => {
    const { cloud, c, consumer, endpointId, eniIds } = setup();
    const [a = '', b = ''] = eniIds;
    const first = c.describeNetworkInterfaces({ NetworkInterfaceIds: [a] }).NetworkInterfaces[0];
    tagInterface(cloud, a, [{ Key: 'team', Value: 'blue' }]);
    const match = (Name: string, Values: string[]) => ids(c.describeNetworkInterfaces({ Filters: [{ Name, Values }] }).NetworkInterfaces);
    const both = [a, b].sort();
    expect(match('network-interface-id', [a])).toEqual([a]);
    expect(match('vpc-id', [consumer.vpcId])).toEqual(both);
    expect(match('vpc-id', ['vpc-0123456789abcdef0'])).toEqual([]);
    expect(match('subnet-id', [consumer.subnetA])).toEqual([a]);
    expect(match('group-id', [consumer.defaultSecurityGroupId])).toEqual(both);
    expect(match('group-name', ['default'])).toEqual(both);
    expect(match('group-name', ['other'])).toEqual([]);
    expect(match('availability-zone', ['us-east-1b'])).toEqual([b]);
    expect(match('availability-zone-id', ['use1-az2'])).toEqual([a]);
    expect(match('interface-type', ['vpc_endpoint'])).toEqual(both);
    expect(match('interface-type', ['network_load_balancer'])).toEqual([]);
    expect(match('requester-managed', ['true'])).toEqual(both);
    expect(match('requester-managed', ['false'])).toEqual([]);
    expect(match('requester-id', ['727180483921'])).toEqual(both);
    expect(match('owner-id', [CONSUMER])).toEqual(both);
    expect(match('private-ip-address', [first?.PrivateIpAddress ?? ''])).toEqual([a]);
    expect(match('addresses.private-ip-address', [first?.PrivateIpAddress ?? ''])).toEqual([a]);
    expect(match('addresses.primary', ['true'])).toEqual(both);
    expect(match('private-dns-name', [first?.PrivateDnsName ?? ''])).toEqual([a]);
    expect(match('mac-address', [first?.MacAddress ?? ''])).toEqual([a]);
    expect(match('description', [`VPC Endpoint Interface ${endpointId}`])).toEqual(both);
    expect(match('description', ['VPC Endpoint Interface *'])).toEqual(both);
    expect(match('status', ['in-use'])).toEqual(both);
    expect(match('status', ['available'])).toEqual([]);
    expect(match('source-dest-check', ['true'])).toEqual(both);
    expect(match('attachment.instance-owner-id', ['amazon-aws'])).toEqual(both);
    expect(match('attachment.status', ['attached'])).toEqual(both);
    expect(match('attachment.attachment-id', [first?.Attachment?.AttachmentId ?? ''])).toEqual([a]);
    expect(match('attachment.device-index', ['1'])).toEqual(both);
    expect(match('attachment.instance-id', ['*'])).toEqual([]);
    expect(match('association.public-ip', ['*'])).toEqual([]);
    expect(match('tag:team', ['blue'])).toEqual([a]);
    expect(match('tag:team', ['red'])).toEqual([]);
    expect(match('tag-key', ['team'])).toEqual([a]);
    expect(c.describeNetworkInterfaces({ NetworkInterfaceIds: [a] }).NetworkInterfaces[0]?.TagSet).toEqual([{ Key: 'team', Value: 'blue' }]);
    // Filters are AND-ed; values of one filter OR-ed.
    expect(ids(c.describeNetworkInterfaces({ Filters: [{ Name: 'subnet-id', Values: [consumer.subnetA, consumer.subnetB] }, { Name: 'tag-key', Values: ['team'] }] }).NetworkInterfaces)).toEqual([a]);
    // Filters apply to the interfaces named by id too.
    expect(ids(c.describeNetworkInterfaces({ NetworkInterfaceIds: [a, b], Filters: [{ Name: 'subnet-id', Values: [consumer.subnetB] }] }).NetworkInterfaces)).toEqual([b]);
  });

  it('pages with MaxResults and NextToken, losing and repeating nothing', () => {
    const { cloud, c, consumer, provider } = setup();
    for (let i = 0; i < 5; i++) {
      c.createVpcEndpoint({ VpcEndpointType: 'Interface', VpcId: consumer.vpcId, ServiceName: provider.serviceName, SubnetIds: [consumer.subnetA, consumer.subnetB] });
    }
    const all = ids(c.describeNetworkInterfaces().NetworkInterfaces);
    expect(all).toHaveLength(12);
    const seen: string[] = [];
    let NextToken: string | undefined;
    let pages = 0;
    do {
      const page = c.describeNetworkInterfaces({ MaxResults: 5, ...(NextToken === undefined ? {} : { NextToken }) });
      expect(page.NetworkInterfaces.length).toBeLessThanOrEqual(5);
      seen.push(...page.NetworkInterfaces.map((n) => n.NetworkInterfaceId));
      NextToken = page.NextToken;
      pages++;
    } while (NextToken !== undefined);
    expect(pages).toBe(3);
    expect([...seen].sort()).toEqual(all);
    // A token of another action is not one of this action's.
    const subnetsToken = cloud.ec2(consumer.identity).describeSubnets({ MaxResults: 5 }).NextToken;
    if (subnetsToken !== undefined) expect(cloudErrorOf(() => c.describeNetworkInterfaces({ MaxResults: 5, NextToken: subnetsToken })).code).toBe('InvalidNextToken');
  });

  it('names addresses ip-....ec2.internal in us-east-1 and ip-....<region>.compute.internal elsewhere', () => {
    const cloud = buildTopology().cloud;
    const who = { accountId: PROVIDER, region: 'eu-west-1' };
    const ec2 = cloud.ec2(who);
    const vpc = ec2.createVpc({ CidrBlock: '10.4.0.0/16' }).Vpc.VpcId;
    const subnet = ec2.createSubnet({ VpcId: vpc, CidrBlock: '10.4.1.0/24', AvailabilityZoneId: 'euw1-az1' }).Subnet.SubnetId;
    cloud.elbv2(who).createLoadBalancer({ Name: 'eu-nlb', Type: 'network', Scheme: 'internal', Subnets: [subnet] });
    const [node] = ec2.describeNetworkInterfaces().NetworkInterfaces;
    const host = `ip-${(node?.PrivateIpAddress ?? '').replaceAll('.', '-')}`;
    expect(node?.PrivateDnsName).toBe(`${host}.eu-west-1.compute.internal`);
    expect(node?.AvailabilityZoneId).toBe('euw1-az1');
    expect(cloud.ec2({ accountId: PROVIDER, region: REGION }).describeNetworkInterfaces().NetworkInterfaces[0]?.PrivateDnsName).toMatch(/^ip-10-0-[12]-\d+\.ec2\.internal$/);
  });

  it('derives MAC addresses from the seed: stable, distinct, locally administered and unicast', () => {
    const macs = (seed: number) => buildTopology({ seed }).cloud.ec2({ accountId: PROVIDER, region: REGION }).describeNetworkInterfaces().NetworkInterfaces.map((n) => n.MacAddress);
    const one = macs(1);
    expect(macs(1)).toEqual(one);
    expect(new Set(one).size).toBe(one.length);
    for (const mac of one) expect(Number.parseInt(mac.slice(0, 2), 16) & 0x03).toBe(0x02);
    expect(macs(2)).not.toEqual(one);
  });

  it('forgets the interfaces of a deleted endpoint, a removed subnet, and a deleted load balancer', () => {
    const { cloud, c, p, consumer, endpointId, eniIds, provider } = setup();
    c.modifyVpcEndpoint({ VpcEndpointId: endpointId, RemoveSubnetIds: [consumer.subnetB] });
    const kept = c.describeVpcEndpoints({ VpcEndpointIds: [endpointId] }).VpcEndpoints[0]?.NetworkInterfaceIds ?? [];
    expect(kept).toHaveLength(1);
    expect(ids(c.describeNetworkInterfaces().NetworkInterfaces)).toEqual(kept);
    const gone = eniIds.find((id) => !kept.includes(id)) ?? '';
    expect(cloudErrorOf(() => c.describeNetworkInterfaces({ NetworkInterfaceIds: [gone] })).code).toBe('InvalidNetworkInterfaceID.NotFound');
    c.deleteVpcEndpoints({ VpcEndpointIds: [endpointId] });
    expect(c.describeNetworkInterfaces().NetworkInterfaces).toEqual([]);
    p.deleteVpcEndpointServiceConfigurations({ ServiceIds: [provider.serviceId] });
    cloud.elbv2(provider.identity).deleteLoadBalancer({ LoadBalancerArn: provider.loadBalancerArn });
    expect(p.describeNetworkInterfaces().NetworkInterfaces).toEqual([]);
    expect(regionOf(cloud.world, REGION).networkInterfaces.count).toBe(0);
  });
});

describe('DeleteNetworkInterface', () => {
  it("refuses an endpoint's interface and a load balancer node's as in use, changing nothing", () => {
    const { cloud, c, p, eniIds } = setup();
    const before = cloud.world;
    expect(cloudErrorOf(() => c.deleteNetworkInterface({ NetworkInterfaceId: eniIds[0] }))).toMatchObject({
      code: 'InvalidParameterValue',
      message: `Network interface '${eniIds[0] ?? ''}' is currently in use.`,
    });
    const node = p.describeNetworkInterfaces().NetworkInterfaces[0]?.NetworkInterfaceId ?? '';
    expect(cloudErrorOf(() => p.deleteNetworkInterface({ NetworkInterfaceId: node }))).toMatchObject({
      code: 'InvalidParameterValue',
      message: `Network interface '${node}' is currently in use.`,
    });
    expect(cloud.world).toBe(before);
  });

  it("answers another account's, an unknown, a malformed or a missing id as AWS does", () => {
    const { cloud, c, p, eniIds } = setup();
    const before = cloud.world;
    expect(cloudErrorOf(() => p.deleteNetworkInterface({ NetworkInterfaceId: eniIds[0] }))).toMatchObject({
      code: 'InvalidNetworkInterfaceID.NotFound',
      message: `The networkInterface ID '${eniIds[0] ?? ''}' does not exist`,
    });
    expect(cloudErrorOf(() => c.deleteNetworkInterface({ NetworkInterfaceId: MISSING })).code).toBe('InvalidNetworkInterfaceID.NotFound');
    expect(cloudErrorOf(() => c.deleteNetworkInterface({ NetworkInterfaceId: 'eni-xyz' }))).toMatchObject({
      code: 'InvalidNetworkInterfaceId.Malformed',
      message: 'Invalid id: "eni-xyz" (expecting "eni-...")',
    });
    expect(cloudErrorOf(() => c.deleteNetworkInterface({ NetworkInterfaceId: undefined }))).toMatchObject({
      code: 'MissingParameter',
      message: 'The request must contain the parameter NetworkInterfaceId',
    });
    expect(cloudErrorOf(() => c.deleteNetworkInterface({ NetworkInterfaceId: eniIds[0], DryRun: true })).code).toBe('DryRunOperation');
    expect(cloudErrorOf(() => c.describeNetworkInterfaces({ DryRun: true })).code).toBe('DryRunOperation');
    expect(cloud.world).toBe(before);
  });

  it('deletes an unattached interface (one the model made for itself) and frees its address', () => {
    const { cloud, c, consumer } = setup();
    const free = () => c.describeSubnets({ SubnetIds: [consumer.subnetC] }).Subnets[0]?.AvailableIpAddressCount;
    const start = free();
    const { eniId } = addInterface(cloud, consumer.subnetC, [consumer.defaultSecurityGroupId]);
    expect(free()).toBe((start ?? 0) - 1);
    expect(c.describeNetworkInterfaces({ NetworkInterfaceIds: [eniId] }).NetworkInterfaces[0]).toMatchObject({
      InterfaceType: 'interface',
      RequesterManaged: false,
      Status: 'available',
    });
    expect(c.describeNetworkInterfaces({ NetworkInterfaceIds: [eniId] }).NetworkInterfaces[0]).not.toHaveProperty('Attachment');
    expect(c.describeNetworkInterfaces({ NetworkInterfaceIds: [eniId] }).NetworkInterfaces[0]).not.toHaveProperty('RequesterId');
    expect(c.deleteNetworkInterface({ NetworkInterfaceId: eniId })).toEqual({});
    expect(free()).toBe(start);
    expect(cloudErrorOf(() => c.describeNetworkInterfaces({ NetworkInterfaceIds: [eniId] })).code).toBe('InvalidNetworkInterfaceID.NotFound');
    // The default group is free of it again: only the endpoint holds it now.
    expect(getRow(regionOf(cloud.world, REGION).securityGroups, consumer.defaultSecurityGroupId)?.userCount).toBe(1 + 2);
  });
});
