/**
 * Who gets in: permissions and acceptance, with several principals.
 *
 * Permissions say who may request a connection; acceptance says whether the provider looks
 * at each request. AWS suggests two ways to combine them, and this example runs both:
 *
 * - `status`: a trusted few are granted (an account, and one role of another account), and
 *   every request is accepted automatically;
 * - `orders`: everyone (`*`) may ask, and the provider accepts or rejects each request.
 *
 * A principal that is not granted does not even see the service: for it, the service name
 * does not exist (`InvalidServiceName`).
 *
 * Run: npx tsx examples/acceptance.ts
 */
import { pathToFileURL } from 'node:url';
import { createCloud, isCloudError, type Identity, type World } from '../src/index.js';

const REGION = 'us-east-1';
const PROVIDER = '111111111111';
const TEAM = '222222222222';
const PARTNER = '333333333333';
const STRANGER = '444444444444';

/** Runs the scenario, printing each step; returns the moments the docs draw. */
export function main(print: (line: string) => void = console.log): Record<string, World> {
  const cloud = createCloud({ seed: 3 });
  const provider = cloud.ec2({ accountId: PROVIDER, region: REGION });
  const elbv2 = cloud.elbv2({ accountId: PROVIDER, region: REGION });

  // One NLB per service, each in the provider's us-east-1a.
  const vpc = provider.createVpc({ CidrBlock: '10.0.0.0/16' }).Vpc.VpcId;
  const subnet = provider.createSubnet({ VpcId: vpc, CidrBlock: '10.0.1.0/24', AvailabilityZone: 'us-east-1a' }).Subnet;
  const zoneId = subnet.AvailabilityZoneId ?? '';
  const service = (name: string, acceptanceRequired: boolean, principals: string[]) => {
    const arn =
      elbv2.createLoadBalancer({ Name: name, Type: 'network', Scheme: 'internal', Subnets: [subnet.SubnetId] }).LoadBalancers[0]
        ?.LoadBalancerArn ?? '';
    const config = provider.createVpcEndpointServiceConfiguration({ NetworkLoadBalancerArns: [arn], AcceptanceRequired: acceptanceRequired })
      .ServiceConfiguration;
    provider.modifyVpcEndpointServicePermissions({ ServiceId: config.ServiceId, AddAllowedPrincipals: principals });
    const granted = provider.describeVpcEndpointServicePermissions({ ServiceId: config.ServiceId }).AllowedPrincipals;
    print(`${name}: ${config.ServiceId}, acceptance ${acceptanceRequired ? 'required' : 'automatic'}`);
    for (const p of granted) print(`  allowed ${p.PrincipalType}: ${p.Principal}`);
    return config;
  };
  print('== Provider: two services, two policies ==');
  const status = service('status', false, [`arn:aws:iam::${TEAM}:root`, `arn:aws:iam::${PARTNER}:role/deployer`]);
  const orders = service('orders', true, ['*']);

  print('');
  print('== Consumers request connections ==');
  const request = (label: string, identity: Identity, serviceName: string, serviceLabel: string): string | undefined => {
    const ec2 = cloud.ec2(identity);
    const zone = ec2.describeAvailabilityZones({ ZoneIds: [zoneId] }).AvailabilityZones[0]?.ZoneName ?? '';
    const consumerVpc =
      ec2.describeVpcs().Vpcs[0]?.VpcId ?? ec2.createVpc({ CidrBlock: '10.9.0.0/16' }).Vpc.VpcId;
    const subnets = ec2.describeSubnets({ Filters: [{ Name: 'vpc-id', Values: [consumerVpc] }] }).Subnets;
    const subnetId =
      subnets[0]?.SubnetId ?? ec2.createSubnet({ VpcId: consumerVpc, CidrBlock: '10.9.1.0/24', AvailabilityZone: zone }).Subnet.SubnetId;
    try {
      const { VpcEndpoint } = ec2.createVpcEndpoint({ VpcEndpointType: 'Interface', VpcId: consumerVpc, ServiceName: serviceName, SubnetIds: [subnetId] });
      const now = ec2.describeVpcEndpoints({ VpcEndpointIds: [VpcEndpoint.VpcEndpointId] }).VpcEndpoints[0]?.State;
      print(`${label.padEnd(34)} -> ${serviceLabel}: ${VpcEndpoint.VpcEndpointId} ${now}`);
      return VpcEndpoint.VpcEndpointId;
    } catch (error) {
      if (!isCloudError(error)) throw error;
      print(`${label.padEnd(34)} -> ${serviceLabel}: ${error.code} (${error.message})`);
      return undefined;
    }
  };
  const deployer = { accountId: PARTNER, region: REGION, principalArn: `arn:aws:iam::${PARTNER}:role/deployer` };
  const intern = { accountId: PARTNER, region: REGION, principalArn: `arn:aws:iam::${PARTNER}:user/intern` };
  request(`account ${TEAM} (root)`, { accountId: TEAM, region: REGION }, status.ServiceName, 'status');
  request(`${PARTNER} role/deployer`, deployer, status.ServiceName, 'status');
  request(`${PARTNER} user/intern`, intern, status.ServiceName, 'status');
  const teamOrders = request(`account ${TEAM} (root)`, { accountId: TEAM, region: REGION }, orders.ServiceName, 'orders');
  const strangerOrders = request(`account ${STRANGER} (root)`, { accountId: STRANGER, region: REGION }, orders.ServiceName, 'orders');

  print('');
  print('== Provider: the requests waiting for a decision ==');
  const waiting = provider.describeVpcEndpointConnections({
    Filters: [{ Name: 'vpc-endpoint-state', Values: ['pendingAcceptance'] }],
  }).VpcEndpointConnections;
  for (const c of waiting) print(`${c.VpcEndpointId} from ${c.VpcEndpointOwner} to ${c.ServiceId}: ${c.VpcEndpointState}`);
  const moments: Record<string, World> = { 'Requests made: automatic acceptance for status, waiting for orders': cloud.world };
  provider.acceptVpcEndpointConnections({ ServiceId: orders.ServiceId, VpcEndpointIds: teamOrders === undefined ? [] : [teamOrders] });
  provider.rejectVpcEndpointConnections({ ServiceId: orders.ServiceId, VpcEndpointIds: strangerOrders === undefined ? [] : [strangerOrders] });
  print(`accepted ${teamOrders}, rejected ${strangerOrders}`);

  print('');
  print('== Provider: every connection now ==');
  for (const c of provider.describeVpcEndpointConnections().VpcEndpointConnections.sort((a, b) => a.VpcEndpointId.localeCompare(b.VpcEndpointId))) {
    const name = c.ServiceId === status.ServiceId ? 'status' : 'orders';
    print(`${c.VpcEndpointId} from ${c.VpcEndpointOwner} to ${name}: ${c.VpcEndpointState}`);
  }
  moments['After the provider accepted one request and rejected the other'] = cloud.world;
  return moments;
}

// Runs when executed (npx tsx examples/acceptance.ts); the tests and the docs import `main`.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
