/**
 * Shared set-up for the load-balancers tests: a cloud with an explicit AZ map, a provider
 * VPC with one subnet in each of three AZs, and the facades of the provider and of a
 * stranger account.
 */
import { createCloud, type Cloud, type CloudOptions } from '../../src/index.js';

export { expectFailure } from '../support/errors.js';

export const PROVIDER = '111111111111';
export const STRANGER = '222222222222';
export const REGION = 'us-east-1';

/** The provider's AZ names a, b, c map to these ids. */
export const PROVIDER_ZONES = ['use1-az4', 'use1-az6', 'use1-az1'];

export function providerWorld(options: Partial<CloudOptions> = {}) {
  const cloud: Cloud = createCloud({
    seed: 7,
    accounts: {
      [PROVIDER]: { zones: { [REGION]: PROVIDER_ZONES } },
      [STRANGER]: { zones: { [REGION]: ['use1-az1', 'use1-az4', 'use1-az6'] } },
    },
    ...options,
  });
  const me = { accountId: PROVIDER, region: REGION };
  const ec2 = cloud.ec2(me);
  const elbv2 = cloud.elbv2(me);
  const strangerElbv2 = cloud.elbv2({ accountId: STRANGER, region: REGION });
  const vpcId = ec2.createVpc({ CidrBlock: '10.1.0.0/16' }).Vpc.VpcId;
  const subnet = (cidr: string, zone: string) =>
    ec2.createSubnet({ VpcId: vpcId, CidrBlock: cidr, AvailabilityZone: zone }).Subnet.SubnetId;
  const subnetA = subnet('10.1.1.0/24', 'us-east-1a');
  const subnetB = subnet('10.1.2.0/24', 'us-east-1b');
  const subnetC = subnet('10.1.3.0/24', 'us-east-1c');
  return { cloud, ec2, elbv2, strangerElbv2, vpcId, subnetA, subnetB, subnetC, subnet };
}

/** A provider world with an internal NLB in AZs a and b. */
export function withNlb(options: Partial<CloudOptions> = {}) {
  const env = providerWorld(options);
  const lb = env.elbv2.createLoadBalancer({
    Name: 'svc-nlb',
    Type: 'network',
    Scheme: 'internal',
    Subnets: [env.subnetA, env.subnetB],
  }).LoadBalancers[0];
  if (lb === undefined) throw new Error('no load balancer');
  return { ...env, lb, lbArn: lb.LoadBalancerArn };
}


/** A provider world with an internal NLB, an `ip` target group on port 8080 and a TCP listener on 443. */
export function withListener(options: Partial<CloudOptions> = {}) {
  const env = withNlb(options);
  const tg = env.elbv2.createTargetGroup({ Name: 'svc-targets', Protocol: 'TCP', Port: 8080, VpcId: env.vpcId, TargetType: 'ip' })
    .TargetGroups[0];
  if (tg === undefined) throw new Error('no target group');
  const listener = env.elbv2.createListener({
    LoadBalancerArn: env.lbArn,
    Protocol: 'TCP',
    Port: 443,
    DefaultActions: [{ Type: 'forward', TargetGroupArn: tg.TargetGroupArn }],
  }).Listeners[0];
  if (listener === undefined) throw new Error('no listener');
  return { ...env, tg, tgArn: tg.TargetGroupArn, listener, listenerArn: listener.ListenerArn };
}
