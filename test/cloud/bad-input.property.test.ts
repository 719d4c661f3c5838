import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { createCloud, ec2Actions, elbv2Actions, isCloudError } from '../../src/index.js';

/** Field names the EC2 and ELBv2 actions read; each may be replaced by anything. */
const FIELDS = [
  'VpcId', 'SubnetId', 'SubnetIds', 'CidrBlock', 'AvailabilityZone', 'AvailabilityZoneId', 'ZoneNames', 'ZoneIds',
  'Filters', 'MaxResults', 'NextToken', 'DryRun', 'TagSpecifications', 'ServiceName', 'ServiceId', 'ServiceIds',
  'VpcEndpointId', 'VpcEndpointIds', 'NetworkLoadBalancerArns', 'AcceptanceRequired', 'PrivateDnsName',
  'AddAllowedPrincipals', 'RemoveAllowedPrincipals', 'SecurityGroupIds', 'PrivateDnsEnabled', 'VpcEndpointType',
  'Name', 'Type', 'Scheme', 'Subnets', 'SubnetMappings', 'LoadBalancerArn', 'LoadBalancerArns', 'Names',
  'TargetGroupArn', 'Targets', 'Protocol', 'Port', 'Attributes', 'DefaultActions', 'ClientToken', 'GroupName',
  'Description', 'GroupId', 'EnableDnsSupport', 'EnableDnsHostnames', 'Attribute', 'PeerVpcId', 'Marker', 'PageSize',
];

const badInput = fc.oneof(
  fc.anything(),
  fc.dictionary(fc.constantFrom(...FIELDS), fc.anything(), { maxKeys: 4 }),
);

const names = (registry: object): string[] => Object.keys(registry);
const actions = [
  ...names(ec2Actions).map((name) => ['ec2', name] as const),
  ...names(elbv2Actions).map((name) => ['elbv2', name] as const),
];

test.prop([fc.constantFrom(...actions), badInput], { numRuns: 400 })(
  'random bad input to any action gives a CloudError (or a success) and a failure changes nothing',
  ([api, name], input) => {
    const cloud = createCloud({ seed: 9 });
    const identity = { accountId: '111111111111', region: 'us-east-1' };
    const { Vpc } = cloud.ec2(identity).createVpc({ CidrBlock: '10.0.0.0/16' });
    cloud.ec2(identity).createSubnet({ VpcId: Vpc.VpcId, CidrBlock: '10.0.1.0/24' });
    const before = cloud.world;
    const frozen = JSON.stringify(before);
    try {
      cloud.dispatch(api, name, identity, input);
    } catch (error) {
      expect(isCloudError(error), `${name} threw ${String(error)}`).toBe(true);
      expect(cloud.world).toBe(before);
    }
    expect(JSON.stringify(before)).toBe(frozen);
  },
);
