import { describe, expect, it } from 'vitest';
import { getRow } from '../../src/core/table.js';
import { DEFAULT_ENDPOINT_POLICY } from '../../src/endpoints/policy.js';
import type { DomainEvent } from '../../src/index.js';
import { regionOf } from '../../src/world/world.js';
import { cloudErrorOf } from '../support/errors.js';
import { buildTopology, CONSUMER, OUTSIDER, PROVIDER, REGION } from '../fixtures/topology.js';

const HEX17 = /^vpce-[0-9a-f]{17}$/;

describe('CreateVpcEndpoint (interface)', () => {
  it('creates a pendingAcceptance endpoint with one interface per AZ, wired to the service NLB', () => {
    const { cloud, provider, consumer } = buildTopology();
    const events: DomainEvent[] = [];
    cloud.subscribe((e) => events.push(e));
    const { VpcEndpoint } = cloud.ec2(consumer.identity).createVpcEndpoint({
      VpcEndpointType: 'Interface',
      VpcId: consumer.vpcId,
      ServiceName: provider.serviceName,
      SubnetIds: [consumer.subnetA, consumer.subnetB],
      TagSpecifications: [{ ResourceType: 'vpc-endpoint', Tags: [{ Key: 'Name', Value: 'to-provider' }] }],
    });
    expect(VpcEndpoint.VpcEndpointId).toMatch(HEX17);
    expect(VpcEndpoint).toMatchObject({
      VpcEndpointType: 'Interface',
      VpcId: consumer.vpcId,
      ServiceName: provider.serviceName,
      State: 'pendingAcceptance',
      PolicyDocument: DEFAULT_ENDPOINT_POLICY,
      RouteTableIds: [],
      SubnetIds: [consumer.subnetA, consumer.subnetB],
      Groups: [{ GroupId: consumer.defaultSecurityGroupId, GroupName: 'default' }],
      IpAddressType: 'ipv4',
      DnsOptions: { DnsRecordIpType: 'ipv4' },
      PrivateDnsEnabled: false,
      RequesterManaged: false,
      Tags: [{ Key: 'Name', Value: 'to-provider' }],
      OwnerId: CONSUMER,
      ServiceRegion: REGION,
    });
    expect(VpcEndpoint.CreationTimestamp).toEqual(new Date(cloud.clock.now()));
    expect(VpcEndpoint.NetworkInterfaceIds).toHaveLength(2);

    const state = regionOf(cloud.world, REGION);
    const record = getRow(state.vpcEndpoints, VpcEndpoint.VpcEndpointId);
    expect(record?.zones.map((z) => [z.AvailabilityZoneId, z.LoadBalancerArn])).toEqual([
      ['use1-az2', provider.loadBalancerArn],
      ['use1-az3', provider.loadBalancerArn],
    ]);
    for (const [i, eniId] of VpcEndpoint.NetworkInterfaceIds.entries()) {
      const eni = getRow(state.networkInterfaces, eniId);
      expect(eni).toMatchObject({
        OwnerId: CONSUMER,
        SubnetId: [consumer.subnetA, consumer.subnetB][i],
        InterfaceType: 'vpc_endpoint',
        RequesterManaged: true,
        Description: `VPC Endpoint Interface ${VpcEndpoint.VpcEndpointId}`,
        Groups: [consumer.defaultSecurityGroupId],
      });
      expect(record?.zones[i]?.PrivateIpAddress).toBe(eni?.PrivateIpAddress);
    }
    expect(getRow(getRow(state.endpointServices, provider.serviceId)?.connections ?? {}, VpcEndpoint.VpcEndpointId)).toBe(CONSUMER);
    expect(events.filter((e) => e.type === 'EndpointStateChanged')).toEqual([
      expect.objectContaining({ endpointId: VpcEndpoint.VpcEndpointId, from: undefined, to: 'pendingAcceptance', providerAccountId: PROVIDER }),
    ]);
  });

  it('names the DNS entries with the consumer AZ names and the region hosted zone', () => {
    const { cloud, provider, consumer } = buildTopology();
    const { VpcEndpoint } = cloud.ec2(consumer.identity).createVpcEndpoint({
      VpcEndpointType: 'Interface',
      VpcId: consumer.vpcId,
      ServiceName: provider.serviceName,
      SubnetIds: [consumer.subnetB, consumer.subnetA],
    });
    const id = VpcEndpoint.VpcEndpointId;
    const names = VpcEndpoint.DnsEntries.map((e) => e.DnsName);
    const suffix = /^vpce-[0-9a-f]{17}-([a-z0-9]{8})\./.exec(names[0] ?? '')?.[1];
    expect(suffix).toMatch(/^[a-z0-9]{8}$/);
    const base = `${provider.serviceId}.${REGION}.vpce.amazonaws.com`;
    // use1-az2 is the consumer's us-east-1a (the provider's us-east-1b); use1-az3 its us-east-1b
    expect(names).toEqual([`${id}-${suffix}.${base}`, `${id}-${suffix}-us-east-1a.${base}`, `${id}-${suffix}-us-east-1b.${base}`]);
    expect(new Set(VpcEndpoint.DnsEntries.map((e) => e.HostedZoneId))).toEqual(new Set(['Z7HUB22UULQXV']));
  });

  it('starts pending and becomes available at once when the service accepts automatically', () => {
    const { cloud, provider, consumer } = buildTopology({ acceptanceRequired: false });
    const ec2 = cloud.ec2(consumer.identity);
    const { VpcEndpoint } = ec2.createVpcEndpoint({ VpcEndpointType: 'Interface', VpcId: consumer.vpcId, ServiceName: provider.serviceName, SubnetIds: [consumer.subnetA] });
    expect(VpcEndpoint.State).toBe('pending');
    expect(ec2.describeVpcEndpoints({ VpcEndpointIds: [VpcEndpoint.VpcEndpointId] }).VpcEndpoints[0]?.State).toBe('available');
  });

  it('stays pending for the provisioning time with realistic timings', () => {
    const { cloud, provider, consumer } = buildTopology({ acceptanceRequired: false, timing: { endpointProvisioningMs: 90_000 } });
    const ec2 = cloud.ec2(consumer.identity);
    const id = ec2.createVpcEndpoint({ VpcEndpointType: 'Interface', VpcId: consumer.vpcId, ServiceName: provider.serviceName }).VpcEndpoint.VpcEndpointId;
    const state = () => ec2.describeVpcEndpoints({ VpcEndpointIds: [id] }).VpcEndpoints[0]?.State;
    cloud.clock.advance(89_999);
    expect(state()).toBe('pending');
    cloud.clock.advance(1);
    expect(state()).toBe('available');
  });

  it('allows a role only when granted itself or through its account root', () => {
    const role = `arn:aws:iam::${CONSUMER}:role/app`;
    const other = `arn:aws:iam::${CONSUMER}:role/other`;
    const { cloud, provider, consumer } = buildTopology({ allowedPrincipals: [role] });
    const request = { VpcEndpointType: 'Interface' as const, VpcId: consumer.vpcId, ServiceName: provider.serviceName };
    expect(cloud.ec2({ ...consumer.identity, principalArn: role }).createVpcEndpoint(request).VpcEndpoint.State).toBe('pendingAcceptance');
    const before = cloud.world;
    for (const identity of [{ ...consumer.identity, principalArn: other }, consumer.identity]) {
      expect(cloudErrorOf(() => cloud.ec2(identity).createVpcEndpoint(request))).toMatchObject({
        code: 'InvalidServiceName',
        message: `The Vpc Endpoint Service '${provider.serviceName}' does not exist`,
      });
    }
    expect(cloud.world).toBe(before);
    cloud.ec2(provider.identity).modifyVpcEndpointServicePermissions({ ServiceId: provider.serviceId, AddAllowedPrincipals: [`arn:aws:iam::${CONSUMER}:root`] });
    expect(() => cloud.ec2({ ...consumer.identity, principalArn: other }).createVpcEndpoint(request)).not.toThrow();
  });

  it('lets everyone in with `*`, and never an account that is not granted', () => {
    const { cloud, provider, consumer } = buildTopology({ allowedPrincipals: [] });
    const outsider = { accountId: OUTSIDER, region: REGION };
    const vpc = cloud.ec2(outsider).createVpc({ CidrBlock: '10.9.0.0/16' }).Vpc.VpcId;
    const request = { VpcEndpointType: 'Interface' as const, VpcId: vpc, ServiceName: provider.serviceName };
    const before = cloud.world;
    expect(cloudErrorOf(() => cloud.ec2(outsider).createVpcEndpoint(request)).code).toBe('InvalidServiceName');
    expect(cloud.world).toBe(before);
    cloud.ec2(provider.identity).modifyVpcEndpointServicePermissions({ ServiceId: provider.serviceId, AddAllowedPrincipals: ['*'] });
    expect(cloud.ec2(outsider).createVpcEndpoint(request).VpcEndpoint.OwnerId).toBe(OUTSIDER);
    expect(() => cloud.ec2(consumer.identity).createVpcEndpoint({ ...request, VpcId: consumer.vpcId })).not.toThrow();
  });

  it('lets the provider connect to its own service without a grant', () => {
    const { cloud, provider } = buildTopology({ allowedPrincipals: [] });
    const { VpcEndpoint } = cloud.ec2(provider.identity).createVpcEndpoint({
      VpcEndpointType: 'Interface',
      VpcId: provider.vpcId,
      ServiceName: provider.serviceName,
      SubnetIds: [provider.subnetIds[0]],
    });
    expect(VpcEndpoint.OwnerId).toBe(PROVIDER);
  });

  it('replays a ClientToken and refuses it with other parameters', () => {
    const { cloud, provider, consumer } = buildTopology();
    const ec2 = cloud.ec2(consumer.identity);
    const request = { VpcEndpointType: 'Interface' as const, VpcId: consumer.vpcId, ServiceName: provider.serviceName, ClientToken: 'tok-1' };
    const first = ec2.createVpcEndpoint(request);
    expect(first.ClientToken).toBe('tok-1');
    const before = cloud.world;
    expect(ec2.createVpcEndpoint(request).VpcEndpoint.VpcEndpointId).toBe(first.VpcEndpoint.VpcEndpointId);
    expect(cloud.world).toBe(before);
    expect(cloudErrorOf(() => ec2.createVpcEndpoint({ ...request, SubnetIds: [consumer.subnetA] }))).toMatchObject({
      code: 'IdempotentParameterMismatch',
    });
    expect(ec2.describeVpcEndpoints().VpcEndpoints).toHaveLength(1);
  });

  it('stores a given policy and security groups', () => {
    const { cloud, provider, consumer } = buildTopology();
    const policy = '{"Statement":[{"Effect":"Allow","Principal":"*","Action":"*","Resource":"*"}]}';
    const { VpcEndpoint } = cloud.ec2(consumer.identity).createVpcEndpoint({
      VpcEndpointType: 'Interface',
      VpcId: consumer.vpcId,
      ServiceName: provider.serviceName,
      PolicyDocument: policy,
      SecurityGroupIds: [consumer.defaultSecurityGroupId],
      IpAddressType: 'ipv4',
      PrivateDnsEnabled: false,
    });
    expect(VpcEndpoint.PolicyDocument).toBe(policy);
    expect(VpcEndpoint.SubnetIds).toEqual([]);
    expect(VpcEndpoint.DnsEntries).toHaveLength(1);
  });
});
