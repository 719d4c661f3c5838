import { describe, expect, it } from 'vitest';
import { buildDataPath } from '../data-plane/fixtures.js';
import { cloudErrorOf } from '../support/errors.js';

const message = (v: unknown) => `Value ( ${String(v)} ) for parameter maxResults is invalid. Expecting a value between 5 and 1000.`;

describe("MaxResults and PageSize within each action's documented range", () => {
  const { cloud, provider, consumer } = buildDataPath({ seed: 'pages' });
  const p = cloud.ec2(provider.identity);
  const c = cloud.ec2(consumer.identity);
  const bad = [4, 0, -5, 5.5, Number.NaN, Number.POSITIVE_INFINITY, '10', null, 2 ** 53];

  it('VPCs, subnets, security groups and peering connections: 5 to 1,000, nothing else', () => {
    const calls = [
      (MaxResults: unknown) => c.describeVpcs({ MaxResults } as never),
      (MaxResults: unknown) => c.describeSubnets({ MaxResults } as never),
      (MaxResults: unknown) => c.describeSecurityGroups({ MaxResults } as never),
      (MaxResults: unknown) => c.describeVpcPeeringConnections({ MaxResults } as never),
    ];
    for (const call of calls) {
      for (const v of [...bad, 1001, 2000]) expect(cloudErrorOf(() => call(v))).toMatchObject({ code: 'InvalidParameterValue', message: message(v) });
      call(5);
      call(1000);
    }
  });

  it('endpoints and endpoint services: at least 5; a larger value than 1,000 is cut to 1,000', () => {
    const calls = [
      (MaxResults: unknown) => c.describeVpcEndpoints({ MaxResults } as never),
      (MaxResults: unknown) => c.describeVpcEndpointServices({ MaxResults } as never),
      (MaxResults: unknown) => p.describeVpcEndpointServiceConfigurations({ MaxResults } as never),
      (MaxResults: unknown) => p.describeVpcEndpointServicePermissions({ ServiceId: provider.serviceId, MaxResults } as never),
      (MaxResults: unknown) => p.describeVpcEndpointConnections({ MaxResults } as never),
    ];
    for (const call of calls) {
      for (const v of [...bad, 2 ** 31]) expect(cloudErrorOf(() => call(v))).toMatchObject({ code: 'InvalidParameterValue', message: message(v) });
      for (const v of [5, 1000, 1001, 2 ** 31 - 1]) expect(() => call(v)).not.toThrow();
    }
  });

  it('connection notifications (no documented range): 5 to 1,000', () => {
    expect(cloudErrorOf(() => p.describeVpcEndpointConnectionNotifications({ MaxResults: 1001 })).message).toBe(message(1001));
    p.describeVpcEndpointConnectionNotifications({ MaxResults: 1000 });
  });

  it('ELBv2 PageSize: 1 to 400, worded as AWS validation words it', () => {
    const elbv2 = cloud.elbv2(provider.identity);
    const pages = [
      (PageSize: number) => elbv2.describeLoadBalancers({ PageSize }),
      (PageSize: number) => elbv2.describeTargetGroups({ PageSize }),
      (PageSize: number) => elbv2.describeListeners({ LoadBalancerArn: provider.loadBalancerArn, PageSize }),
    ];
    for (const page of pages) {
      expect(cloudErrorOf(() => page(0))).toMatchObject({
        code: 'ValidationError',
        message: "1 validation error detected: Value '0' at 'pageSize' failed to satisfy constraint: Member must have value greater than or equal to 1",
      });
      expect(cloudErrorOf(() => page(401)).message).toBe(
        "1 validation error detected: Value '401' at 'pageSize' failed to satisfy constraint: Member must have value less than or equal to 400",
      );
      expect(cloudErrorOf(() => page(1.5)).code).toBe('ValidationError');
      page(1);
      page(400);
    }
  });
});
