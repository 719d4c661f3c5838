/**
 * Shared set-up for the endpoint-services tests: a provider with a VPC, one subnet in each
 * of its AZs a, b, c and an internal NLB; a consumer and an outsider account. AZ maps are
 * explicit, so the accounts' names certainly disagree:
 *
 * By AZ id:          use1-az1  use1-az2  use1-az3  use1-az4  use1-az5
 * provider's names:  1a        1b        1c        1d        -
 * consumer's names:  1c        -         1a        1b        -
 * outsider's names:  -         1a        1b        -         1c
 */
import { getRow, putRow } from '../../src/core/table.js';
import type { VpcEndpointRecord, VpcEndpointState } from '../../src/endpoints/model.js';
import { createCloud, type Cloud, type CloudOptions } from '../../src/index.js';
import { regionForWrite } from '../../src/world/world.js';

export const PROVIDER = '111111111111';
export const CONSUMER = '222222222222';
export const OUTSIDER = '333333333333';
export const REGION = 'us-east-1';

export const ACCOUNTS: NonNullable<CloudOptions['accounts']> = {
  [PROVIDER]: { zones: { [REGION]: ['use1-az1', 'use1-az2', 'use1-az3', 'use1-az4'] } },
  [CONSUMER]: { zones: { [REGION]: ['use1-az3', 'use1-az4', 'use1-az1'] } },
  [OUTSIDER]: { zones: { [REGION]: ['use1-az2', 'use1-az3', 'use1-az5'] } },
};

export const P = { accountId: PROVIDER, region: REGION } as const;
export const C = { accountId: CONSUMER, region: REGION } as const;
export const O = { accountId: OUTSIDER, region: REGION } as const;

/** A provider world with an internal NLB in its AZs a and b (use1-az1, use1-az2). */
export function setup(options: Partial<CloudOptions> = {}) {
  const cloud: Cloud = createCloud({ seed: 11, accounts: ACCOUNTS, ...options });
  const ec2 = cloud.ec2(P);
  const elbv2 = cloud.elbv2(P);
  const vpcId = ec2.createVpc({ CidrBlock: '10.1.0.0/16' }).Vpc.VpcId;
  const subnet = (cidr: string, zone: string) =>
    ec2.createSubnet({ VpcId: vpcId, CidrBlock: cidr, AvailabilityZone: zone }).Subnet.SubnetId;
  const subnetA = subnet('10.1.1.0/24', 'us-east-1a');
  const subnetB = subnet('10.1.2.0/24', 'us-east-1b');
  const subnetC = subnet('10.1.3.0/24', 'us-east-1c');
  const nlb = (name: string, subnets: string[]) => {
    const lb = elbv2.createLoadBalancer({ Name: name, Type: 'network', Scheme: 'internal', Subnets: subnets }).LoadBalancers[0];
    if (lb === undefined) throw new Error('no load balancer');
    return lb.LoadBalancerArn;
  };
  const nlbArn = nlb('svc-nlb', [subnetA, subnetB]);
  return { cloud, ec2, elbv2, consumerEc2: cloud.ec2(C), outsiderEc2: cloud.ec2(O), vpcId, subnetA, subnetB, subnetC, nlb, nlbArn };
}

export type Env = ReturnType<typeof setup>;

/** Creates a service on the env's NLB and returns its configuration. */
export function createService(env: Env, input: Parameters<Env['ec2']['createVpcEndpointServiceConfiguration']>[0] = {}) {
  return env.ec2.createVpcEndpointServiceConfiguration({ NetworkLoadBalancerArns: [env.nlbArn], ...input }).ServiceConfiguration;
}

/** A consumer VPC with a subnet in the consumer's us-east-1c (use1-az1, the provider's 1a). */
export function consumerNetwork(env: Env, identity: { accountId: string; region: string } = C) {
  const ec2 = env.cloud.ec2(identity);
  const vpcId = ec2.createVpc({ CidrBlock: '10.9.0.0/16' }).Vpc.VpcId;
  const subnetId = ec2.createSubnet({ VpcId: vpcId, CidrBlock: '10.9.1.0/24', AvailabilityZone: 'us-east-1c' }).Subnet.SubnetId;
  return { ec2, vpcId, subnetId };
}

/** The consumer requests an endpoint to `serviceName` through the real `CreateVpcEndpoint`. */
export function requestEndpoint(env: Env, serviceName: string, identity: { accountId: string; region: string } = C): string {
  const { ec2, vpcId, subnetId } = consumerNetwork(env, identity);
  return ec2.createVpcEndpoint({ VpcEndpointType: 'Interface', VpcId: vpcId, ServiceName: serviceName, SubnetIds: [subnetId] }).VpcEndpoint
    .VpcEndpointId;
}

/**
 * Seeds an endpoint record of `serviceId` in any state (for states the public API reaches
 * only slowly), recording the connection on the service as `CreateVpcEndpoint` does.
 */
export function seedEndpoint(cloud: Cloud, serviceId: string, state: VpcEndpointState, endpointId: string, owner = CONSUMER): void {
  cloud.change((ctx) => {
    const region = regionForWrite(ctx.world, REGION);
    const service = getRow(region.endpointServices, serviceId);
    if (!service) throw new Error(`no service ${serviceId}`);
    const record: VpcEndpointRecord = {
      VpcEndpointId: endpointId,
      OwnerId: owner,
      RequesterArn: `arn:aws:iam::${owner}:root`,
      VpcId: 'vpc-0000000000000000a',
      ServiceId: serviceId,
      ServiceName: service.ServiceName,
      ServiceOwnerId: service.OwnerId,
      State: state,
      zones: [],
      Groups: [],
      PrivateDnsEnabled: false,
      dnsSuffix: 'abcd1234',
      privateHostedZoneId: 'Z0000000000000000000000',
      PolicyDocument: '{}',
      Tags: [],
      createdAt: ctx.now,
    };
    putRow(region.vpcEndpoints, endpointId, record);
    putRow(service.connections, endpointId, owner);
  });
}
