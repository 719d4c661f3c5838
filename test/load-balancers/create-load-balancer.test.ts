import { addressHolder } from '../../src/network/address-book.js';
import { describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../src/index.js';
import { getRow } from '../../src/core/table.js';
import { regionOf } from '../../src/world/world.js';
import { parseCidr, parseIpv4, cidrContainsIp } from '../../src/network/cidr.js';
import { expectFailure, providerWorld, PROVIDER, REGION, withNlb } from './fixtures.js';

const ARN = /^arn:aws:elasticloadbalancing:us-east-1:111111111111:loadbalancer\/net\/svc-nlb\/[0-9a-f]{16}$/;

describe('CreateLoadBalancer', () => {
  it('creates an internal NLB with a node per AZ, provisioning then active', () => {
    const { cloud, elbv2, lb, lbArn, vpcId, subnetA, subnetB } = withNlb();
    expect(lbArn).toMatch(ARN);
    const hex = lbArn.slice(lbArn.lastIndexOf('/') + 1);
    expect(lb.DNSName).toBe(`svc-nlb-${hex}.elb.us-east-1.amazonaws.com`);
    expect(lb.CanonicalHostedZoneId).toBe('Z26RNL4JYFTOTI');
    expect(lb).toMatchObject({ LoadBalancerName: 'svc-nlb', Scheme: 'internal', Type: 'network', VpcId: vpcId, IpAddressType: 'ipv4' });
    expect(lb.State).toEqual({ Code: 'provisioning' });
    expect(lb.CreatedTime).toBeInstanceOf(Date);
    expect(lb.AvailabilityZones.map((z) => [z.ZoneName, z.SubnetId])).toEqual([
      ['us-east-1a', subnetA],
      ['us-east-1b', subnetB],
    ]);
    expect(lb.SecurityGroups).toBeUndefined();
    expect(elbv2.describeLoadBalancers({ LoadBalancerArns: [lbArn] }).LoadBalancers[0]?.State).toEqual({ Code: 'active' });

    const region = regionOf(cloud.world, REGION);
    const stored = getRow(region.loadBalancers, lbArn);
    expect(stored?.nodes.map((n) => n.AvailabilityZoneId)).toEqual(['use1-az4', 'use1-az6']);
    for (const [i, node] of (stored?.nodes ?? []).entries()) {
      const eni = getRow(region.networkInterfaces, node.NetworkInterfaceId);
      expect(eni).toMatchObject({
        InterfaceType: 'network_load_balancer',
        Description: `ELB net/svc-nlb/${hex}`,
        RequesterManaged: true,
        SubnetId: node.SubnetId,
        PrivateIpAddress: node.PrivateIpAddress,
        OwnerId: PROVIDER,
      });
      const subnet = getRow(region.subnets, node.SubnetId);
      const cidr = parseCidr(subnet?.CidrBlock);
      const ip = parseIpv4(node.PrivateIpAddress);
      expect(cidr !== undefined && ip !== undefined && cidrContainsIp(cidr, ip)).toBe(true);
      expect(subnet && addressHolder(subnet.addresses, node.PrivateIpAddress)).toBe(node.NetworkInterfaceId);
      expect(lb.AvailabilityZones[i]?.LoadBalancerAddresses).toEqual([{ PrivateIPv4Address: node.PrivateIpAddress }]);
    }
  });

  it("defaults to AWS's internet-facing scheme, which lists no private addresses", () => {
    const { elbv2, subnetA } = providerWorld();
    const lb = elbv2.createLoadBalancer({ Name: 'public', Type: 'network', Subnets: [subnetA] }).LoadBalancers[0];
    expect(lb?.Scheme).toBe('internet-facing');
    expect(lb?.AvailabilityZones[0]?.LoadBalancerAddresses).toEqual([]);
  });

  it('uses a private address given in SubnetMappings', () => {
    const { elbv2, subnetA, subnetB } = providerWorld();
    const lb = elbv2.createLoadBalancer({
      Name: 'pinned',
      Type: 'network',
      Scheme: 'internal',
      SubnetMappings: [{ SubnetId: subnetA, PrivateIPv4Address: '10.1.1.100' }, { SubnetId: subnetB }],
    }).LoadBalancers[0];
    expect(lb?.AvailabilityZones[0]?.LoadBalancerAddresses).toEqual([{ PrivateIPv4Address: '10.1.1.100' }]);
  });

  it('attaches security groups of its VPC', () => {
    const { cloud, elbv2, vpcId, subnetA } = providerWorld();
    const groupId = getRow(regionOf(cloud.world, REGION).vpcs, vpcId)?.defaultSecurityGroupId ?? '';
    const lb = elbv2.createLoadBalancer({ Name: 'guarded', Type: 'network', Subnets: [subnetA], SecurityGroups: [groupId] }).LoadBalancers[0];
    expect(lb?.SecurityGroups).toEqual([groupId]);
    expect(lb?.EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic).toBe('on');
  });

  it('emits ResourceCreated', () => {
    const { cloud, elbv2, subnetA } = providerWorld();
    const events: DomainEvent[] = [];
    cloud.subscribe((e) => events.push(e));
    const arn = elbv2.createLoadBalancer({ Name: 'evented', Type: 'network', Subnets: [subnetA] }).LoadBalancers[0]?.LoadBalancerArn;
    expect(events).toContainEqual({ type: 'ResourceCreated', region: REGION, accountId: PROVIDER, resourceType: 'load-balancer', resourceId: arn });
  });

  it('returns the existing load balancer for the same name and settings, changing nothing', () => {
    const { cloud, elbv2, lbArn, subnetA, subnetB } = withNlb();
    const before = cloud.world;
    const again = elbv2.createLoadBalancer({ Name: 'svc-nlb', Type: 'network', Scheme: 'internal', Subnets: [subnetB, subnetA] });
    expect(again.LoadBalancers[0]?.LoadBalancerArn).toBe(lbArn);
    expect(cloud.world).toBe(before);
  });

  it('lets another account use the same name', () => {
    const { cloud, strangerElbv2 } = withNlb();
    const ec2 = cloud.ec2({ accountId: '222222222222', region: REGION });
    const vpc = ec2.createVpc({ CidrBlock: '10.9.0.0/16' }).Vpc.VpcId;
    const subnet = ec2.createSubnet({ VpcId: vpc, CidrBlock: '10.9.1.0/24', AvailabilityZone: 'us-east-1a' }).Subnet.SubnetId;
    const lb = strangerElbv2.createLoadBalancer({ Name: 'svc-nlb', Type: 'network', Subnets: [subnet] }).LoadBalancers[0];
    expect(lb?.LoadBalancerArn).toContain(':222222222222:loadbalancer/net/svc-nlb/');
  });
});

describe('CreateLoadBalancer errors', () => {
  const nameCases: [string, string][] = [
    ['a'.repeat(33), `The load balancer name '${'a'.repeat(33)}' cannot be longer than '32' characters`],
    ['bad_name', "The load balancer name 'bad_name' can only contain characters that are alphanumeric characters and hyphens(-)"],
    ['-lead', "The load balancer name '-lead' cannot begin with a hyphen(-)"],
    ['trail-', "The load balancer name 'trail-' cannot end with a hyphen(-)"],
    ['internal-nlb', "The load balancer name 'internal-nlb' cannot begin with 'internal-'"],
  ];
  it.each(nameCases)('rejects the name %s', (Name, message) => {
    const { cloud, elbv2, subnetA } = providerWorld();
    expectFailure(cloud, () => elbv2.createLoadBalancer({ Name, Type: 'network', Subnets: [subnetA] }), 'ValidationError', message);
  });

  it('requires a name', () => {
    const { cloud, elbv2, subnetA } = providerWorld();
    expectFailure(cloud, () => elbv2.createLoadBalancer({ Name: undefined, Type: 'network', Subnets: [subnetA] }), 'ValidationError', /Value null at 'name'/);
  });

  it.each([['application'], ['gateway']] as const)('refuses Type %s: the model serves NLBs only', (Type) => {
    const { cloud, elbv2, subnetA } = providerWorld();
    expectFailure(cloud, () => elbv2.createLoadBalancer({ Name: 'x', Type, Subnets: [subnetA] }), 'ValidationError', /Network Load Balancers only/);
  });

  it("refuses an omitted Type (AWS's default is application)", () => {
    const { cloud, elbv2, subnetA } = providerWorld();
    expectFailure(cloud, () => elbv2.createLoadBalancer({ Name: 'x', Subnets: [subnetA] }), 'ValidationError', /'application' \(the default when Type is omitted\)/);
  });

  it('refuses unknown enum values and non-IPv4 address types', () => {
    const { cloud, elbv2, subnetA } = providerWorld();
    const bad = { Name: 'x', Type: 'network' as const, Subnets: [subnetA] };
    expectFailure(cloud, () => cloud.dispatch('elbv2', 'CreateLoadBalancer', { accountId: PROVIDER, region: REGION }, { ...bad, Type: 'classic' }), 'ValidationError', /enum value set/);
    expectFailure(cloud, () => cloud.dispatch('elbv2', 'CreateLoadBalancer', { accountId: PROVIDER, region: REGION }, { ...bad, Scheme: 'private' }), 'ValidationError', /enum value set/);
    expectFailure(cloud, () => elbv2.createLoadBalancer({ ...bad, IpAddressType: 'dualstack' }), 'ValidationError', /IPv4 traffic only/);
  });

  it('wants exactly one of Subnets and SubnetMappings', () => {
    const { cloud, elbv2, subnetA } = providerWorld();
    expectFailure(cloud, () => elbv2.createLoadBalancer({ Name: 'x', Type: 'network' }), 'ValidationError', 'You must specify subnets or subnet mappings');
    expectFailure(cloud, () => elbv2.createLoadBalancer({ Name: 'x', Type: 'network', Subnets: [] }), 'ValidationError', 'You must specify subnets or subnet mappings');
    expectFailure(
      cloud,
      () => elbv2.createLoadBalancer({ Name: 'x', Type: 'network', Subnets: [subnetA], SubnetMappings: [{ SubnetId: subnetA }] }),
      'ValidationError',
      'You can specify subnets or subnet mappings, but not both',
    );
  });

  it("answers SubnetNotFound for an unknown or another account's subnet", () => {
    const { cloud, elbv2 } = providerWorld();
    expectFailure(cloud, () => elbv2.createLoadBalancer({ Name: 'x', Type: 'network', Subnets: ['subnet-0123456789abcdef0'] }), 'SubnetNotFound', "The subnet ID 'subnet-0123456789abcdef0' is not valid");
    const ec2 = cloud.ec2({ accountId: '222222222222', region: REGION });
    const vpc = ec2.createVpc({ CidrBlock: '10.9.0.0/16' }).Vpc.VpcId;
    const foreign = ec2.createSubnet({ VpcId: vpc, CidrBlock: '10.9.1.0/24', AvailabilityZone: 'us-east-1a' }).Subnet.SubnetId;
    expectFailure(cloud, () => elbv2.createLoadBalancer({ Name: 'x', Type: 'network', Subnets: [foreign] }), 'SubnetNotFound');
  });

  it('allows one subnet per AZ, all in one VPC', () => {
    const { cloud, ec2, elbv2, subnetA, subnet } = providerWorld();
    const secondA = subnet('10.1.4.0/24', 'us-east-1a');
    expectFailure(
      cloud,
      () => elbv2.createLoadBalancer({ Name: 'x', Type: 'network', Subnets: [subnetA, secondA] }),
      'InvalidConfigurationRequest',
      'A load balancer cannot be attached to multiple subnets in the same Availability Zone',
    );
    const otherVpc = ec2.createVpc({ CidrBlock: '10.2.0.0/16' }).Vpc.VpcId;
    const otherB = ec2.createSubnet({ VpcId: otherVpc, CidrBlock: '10.2.2.0/24', AvailabilityZone: 'us-east-1b' }).Subnet.SubnetId;
    expectFailure(cloud, () => elbv2.createLoadBalancer({ Name: 'x', Type: 'network', Subnets: [subnetA, otherB] }), 'InvalidConfigurationRequest', /^All subnets must belong to the same VPC: 'vpc-/);
  });

  it('refuses a taken name with other settings', () => {
    const { cloud, elbv2, subnetA } = withNlb();
    expectFailure(
      cloud,
      () => elbv2.createLoadBalancer({ Name: 'svc-nlb', Type: 'network', Scheme: 'internal', Subnets: [subnetA] }),
      'DuplicateLoadBalancerName',
      "A load balancer with the same name 'svc-nlb' exists, but with different settings",
    );
  });

  it('refuses a security group it cannot use', () => {
    const { cloud, elbv2, subnetA } = providerWorld();
    expectFailure(cloud, () => elbv2.createLoadBalancer({ Name: 'x', Type: 'network', Subnets: [subnetA], SecurityGroups: ['sg-0123456789abcdef0'] }), 'InvalidSecurityGroup', "Security group 'sg-0123456789abcdef0' does not exist");
  });

  it('checks given private addresses', () => {
    const { cloud, elbv2, lb, subnetA, subnetC } = withNlb();
    const map = (ip: string, scheme: 'internal' | 'internet-facing' = 'internal', SubnetId = subnetC) => () =>
      elbv2.createLoadBalancer({ Name: 'x', Type: 'network', Scheme: scheme, SubnetMappings: [{ SubnetId, PrivateIPv4Address: ip }] });
    expectFailure(cloud, map('10.1.3.50', 'internet-facing'), 'InvalidConfigurationRequest', 'Private IPv4 addresses can only be specified for internal load balancers');
    expectFailure(cloud, map('10.1.9.50'), 'InvalidConfigurationRequest', /is not within the range of subnet/);
    expectFailure(cloud, map('10.1.3.1'), 'InvalidConfigurationRequest', /is reserved by AWS/);
    expectFailure(cloud, map('10.1.3.255'), 'InvalidConfigurationRequest', /is reserved by AWS/);
    const taken = lb.AvailabilityZones[0]?.LoadBalancerAddresses[0]?.PrivateIPv4Address ?? '';
    expectFailure(cloud, map(taken, 'internal', subnetA), 'InvalidConfigurationRequest', /is already in use/);
    expectFailure(cloud, map('10.1.3.999'), 'ValidationError', /privateIPv4Address/);
  });

  it('refuses Elastic IP allocations', () => {
    const { cloud, elbv2, subnetA } = providerWorld();
    expectFailure(cloud, () => elbv2.createLoadBalancer({ Name: 'x', Type: 'network', SubnetMappings: [{ SubnetId: subnetA, AllocationId: 'eipalloc-1' }] }), 'ValidationError', /AllocationId is not supported/);
  });

  it('needs 8 free addresses in a subnet where it picks the address', () => {
    const { cloud, elbv2, subnet } = providerWorld();
    const small = subnet('10.1.200.0/28', 'us-east-1a'); // 11 usable addresses
    for (const name of ['n1', 'n2', 'n3', 'n4']) elbv2.createLoadBalancer({ Name: name, Type: 'network', Subnets: [small] });
    expectFailure(cloud, () => elbv2.createLoadBalancer({ Name: 'n5', Type: 'network', Subnets: [small] }), 'InvalidSubnet', `Not enough IP space available in ${small}. ELB requires at least 8 free IP addresses in each subnet.`);
  });
});
