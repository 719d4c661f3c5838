import { describe, expect, it } from 'vitest';
import { cloudErrorOf } from '../support/errors.js';
import { buildTopology, enableConsumerDnsHostnames, verifyPrivateDnsName } from '../fixtures/topology.js';

function setup(options: { verified?: boolean; hostnames?: boolean } = {}) {
  const topology = buildTopology();
  if (options.verified ?? true) verifyPrivateDnsName(topology, 'api.example.com');
  if (options.hostnames ?? true) enableConsumerDnsHostnames(topology);
  const { cloud, provider, consumer } = topology;
  const ec2 = cloud.ec2(consumer.identity);
  const base = { VpcEndpointType: 'Interface' as const, VpcId: consumer.vpcId, ServiceName: provider.serviceName, SubnetIds: [consumer.subnetA] };
  return { ...topology, ec2, base };
}

describe('private DNS of interface endpoints', () => {
  it('is on by default for a verified name and adds the name with a private hosted zone', () => {
    const { ec2, base } = setup();
    const { VpcEndpoint } = ec2.createVpcEndpoint(base);
    expect(VpcEndpoint.PrivateDnsEnabled).toBe(true);
    const last = VpcEndpoint.DnsEntries[VpcEndpoint.DnsEntries.length - 1];
    expect(last?.DnsName).toBe('api.example.com');
    expect(last?.HostedZoneId).toMatch(/^Z[A-Z0-9]{21}$/);
    expect(VpcEndpoint.DnsEntries).toHaveLength(3);
  });

  it('needs enableDnsSupport and enableDnsHostnames, even when on by default', () => {
    const { cloud, ec2, base, consumer } = setup({ hostnames: false });
    const before = cloud.world;
    for (const request of [base, { ...base, PrivateDnsEnabled: true }]) {
      expect(cloudErrorOf(() => ec2.createVpcEndpoint(request))).toMatchObject({
        code: 'InvalidParameter',
        message: `Enabling private DNS requires both enableDnsSupport and enableDnsHostnames VPC attributes set to true for ${consumer.vpcId}`,
      });
    }
    expect(cloud.world).toBe(before);
    expect(ec2.createVpcEndpoint({ ...base, PrivateDnsEnabled: false }).VpcEndpoint.DnsEntries).toHaveLength(2);
  });

  it('is off by default while the name is not verified, and cannot be turned on', () => {
    const topology = setup({ verified: false });
    const { cloud, ec2, base, provider } = topology;
    cloud.ec2(provider.identity).modifyVpcEndpointServiceConfiguration({ ServiceId: provider.serviceId, PrivateDnsName: 'api.example.com' });
    const before = cloud.world;
    expect(cloudErrorOf(() => ec2.createVpcEndpoint({ ...base, PrivateDnsEnabled: true }))).toMatchObject({
      code: 'InvalidParameter',
      message: `Private DNS can't be enabled because the service ${provider.serviceName} does not provide a private DNS name.`,
    });
    expect(cloud.world).toBe(before);
    expect(ec2.createVpcEndpoint(base).VpcEndpoint.PrivateDnsEnabled).toBe(false);
  });

  it('refuses a second endpoint serving the same name in the VPC', () => {
    const { cloud, ec2, base, consumer } = setup();
    ec2.createVpcEndpoint(base);
    const before = cloud.world;
    expect(cloudErrorOf(() => ec2.createVpcEndpoint({ ...base, SubnetIds: [consumer.subnetB] }))).toMatchObject({
      code: 'InvalidParameter',
      message: `private-dns-enabled cannot be set because there is already a conflicting DNS domain for api.example.com in the VPC ${consumer.vpcId}`,
    });
    expect(cloud.world).toBe(before);
    expect(ec2.createVpcEndpoint({ ...base, SubnetIds: [consumer.subnetB], PrivateDnsEnabled: false }).VpcEndpoint.PrivateDnsEnabled).toBe(false);
  });

  it('is released by a deleted endpoint', () => {
    const { ec2, base } = setup();
    const first = ec2.createVpcEndpoint(base).VpcEndpoint.VpcEndpointId;
    ec2.deleteVpcEndpoints({ VpcEndpointIds: [first] });
    expect(ec2.createVpcEndpoint(base).VpcEndpoint.PrivateDnsEnabled).toBe(true);
  });

  it('can be turned off and on again with ModifyVpcEndpoint, under the same checks', () => {
    const { cloud, ec2, base, consumer } = setup();
    const id = ec2.createVpcEndpoint(base).VpcEndpoint.VpcEndpointId;
    const entries = () => ec2.describeVpcEndpoints({ VpcEndpointIds: [id] }).VpcEndpoints[0]?.DnsEntries.map((e) => e.DnsName) ?? [];
    expect(ec2.modifyVpcEndpoint({ VpcEndpointId: id, PrivateDnsEnabled: false })).toEqual({ Return: true });
    expect(entries()).not.toContain('api.example.com');
    const other = ec2.createVpcEndpoint({ ...base, SubnetIds: [consumer.subnetB] }).VpcEndpoint.VpcEndpointId;
    const before = cloud.world;
    expect(cloudErrorOf(() => ec2.modifyVpcEndpoint({ VpcEndpointId: id, PrivateDnsEnabled: true })).message).toBe(
      `private-dns-enabled cannot be set because there is already a conflicting DNS domain for api.example.com in the VPC ${consumer.vpcId}`,
    );
    expect(cloud.world).toBe(before);
    ec2.modifyVpcEndpoint({ VpcEndpointId: other, PrivateDnsEnabled: false });
    ec2.modifyVpcEndpoint({ VpcEndpointId: id, PrivateDnsEnabled: true });
    expect(entries()).toContain('api.example.com');
  });
});
