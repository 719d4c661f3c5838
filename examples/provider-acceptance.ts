/**
 * The provider's steps from the PrivateLink guide, end to end:
 *
 * 1. create the Network Load Balancer (one node per AZ where the service should be offered),
 * 2. create the endpoint service configuration in front of it (acceptance required),
 * 3. grant a consumer account permission to connect,
 * 4. (the consumer requests a connection: an interface endpoint),
 * 5. see the pending request, and accept it.
 *
 * Run: npx tsx examples/provider-acceptance.ts
 */
import { pathToFileURL } from 'node:url';
import { createCloud, type World } from '../src/index.js';

const REGION = 'us-east-1';
const PROVIDER = '111111111111';
const CONSUMER = '222222222222';

/** Runs the scenario, printing each step; returns the moments the docs draw. */
export function main(print: (line: string) => void = console.log): Record<string, World> {
  const cloud = createCloud({
    seed: 42,
    accounts: {
      [PROVIDER]: { zones: { [REGION]: ['use1-az4', 'use1-az6', 'use1-az1'] } },
      [CONSUMER]: { zones: { [REGION]: ['use1-az1', 'use1-az2', 'use1-az4'] } },
    },
  });
  const provider = cloud.ec2({ accountId: PROVIDER, region: REGION });
  const elbv2 = cloud.elbv2({ accountId: PROVIDER, region: REGION });
  const consumer = cloud.ec2({ accountId: CONSUMER, region: REGION });
  const step = (n: number, text: string) => print(`\n${n}. ${text}`);

  // Everything the consumer's connection goes through shows up as domain events.
  cloud.subscribe((event) => {
    if (event.type === 'EndpointStateChanged') print(`   [event] ${event.endpointId}: ${event.from ?? '(new)'} -> ${event.to}`);
  });

  step(1, 'The provider creates an internal Network Load Balancer in two of its AZs');
  const vpcId = provider.createVpc({ CidrBlock: '10.2.0.0/16' }).Vpc.VpcId;
  const subnets = ['us-east-1a', 'us-east-1b'].map(
    (zone, i) => provider.createSubnet({ VpcId: vpcId, CidrBlock: `10.2.${i + 1}.0/24`, AvailabilityZone: zone }).Subnet.SubnetId,
  );
  const nlb = elbv2.createLoadBalancer({ Name: 'svc-nlb', Type: 'network', Scheme: 'internal', Subnets: subnets }).LoadBalancers[0];
  if (nlb === undefined) throw new Error('the load balancer was not created');
  print(`   ${nlb.LoadBalancerArn}`);

  step(2, 'The provider creates the endpoint service configuration (acceptance required)');
  const service = provider.createVpcEndpointServiceConfiguration({
    NetworkLoadBalancerArns: [nlb.LoadBalancerArn],
    AcceptanceRequired: true,
  }).ServiceConfiguration;
  print(`   ${service.ServiceId} is ${service.ServiceState}`);
  print(`   name:  ${service.ServiceName}`);
  print(`   AZs (provider's names): ${service.AvailabilityZones.join(', ')}`);

  step(3, 'The provider grants the consumer account');
  const granted = provider.modifyVpcEndpointServicePermissions({
    ServiceId: service.ServiceId,
    AddAllowedPrincipals: [`arn:aws:iam::${CONSUMER}:root`],
  });
  for (const p of granted.AddedPrincipals ?? []) print(`   ${p.PrincipalType} ${p.Principal} (${p.ServicePermissionId})`);

  step(4, 'The consumer sees the service in the AZs both accounts share, and requests a connection');
  const seen = consumer.describeVpcEndpointServices({ ServiceNames: [service.ServiceName] }).ServiceDetails[0];
  print(`   AZs (consumer's names): ${seen?.AvailabilityZones.join(', ')}`);
  const consumerVpc = consumer.createVpc({ CidrBlock: '10.1.0.0/16' }).Vpc.VpcId;
  const zone = seen?.AvailabilityZones[0] ?? 'us-east-1a';
  const consumerSubnet = consumer.createSubnet({ VpcId: consumerVpc, CidrBlock: '10.1.1.0/24', AvailabilityZone: zone }).Subnet.SubnetId;
  const endpoint = consumer.createVpcEndpoint({
    VpcEndpointType: 'Interface',
    VpcId: consumerVpc,
    ServiceName: service.ServiceName,
    SubnetIds: [consumerSubnet],
  }).VpcEndpoint;
  print(`   ${endpoint.VpcEndpointId} is ${endpoint.State}`);

  step(5, 'The provider sees the pending request and accepts it');
  const pending = provider.describeVpcEndpointConnections({
    Filters: [{ Name: 'vpc-endpoint-state', Values: ['pendingAcceptance'] }],
  }).VpcEndpointConnections;
  for (const c of pending) print(`   pending: ${c.VpcEndpointId} from account ${c.VpcEndpointOwner}`);
  const { Unsuccessful } = provider.acceptVpcEndpointConnections({
    ServiceId: service.ServiceId,
    VpcEndpointIds: pending.map((c) => c.VpcEndpointId),
  });
  print(`   unsuccessful: ${Unsuccessful.length === 0 ? 'none' : JSON.stringify(Unsuccessful)}`);
  const [connection] = provider.describeVpcEndpointConnections().VpcEndpointConnections;
  print(`   ${connection?.VpcEndpointId} is now ${connection?.VpcEndpointState}`);
  return { "After the provider accepted the consumer's request": cloud.world };
}

// Runs when executed (npx tsx examples/provider-acceptance.ts); the tests and the docs import `main`.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
