import { describe, expect, it } from 'vitest';
import { MAX_CLIENT_TOKEN_LENGTH } from '../../src/endpoint-services/client-token.js';
import { buildTopology, REGION } from '../fixtures/topology.js';
import { cloudErrorOf } from '../support/errors.js';

describe('ClientToken: at most 64 ASCII characters', () => {
  const { cloud, provider, consumer } = buildTopology({ acceptanceRequired: false });
  const p = cloud.ec2(provider.identity);
  const c = cloud.ec2(consumer.identity);
  const free = cloud.elbv2(provider.identity).createLoadBalancer({ Name: 'free-nlb', Type: 'network', Scheme: 'internal', Subnets: provider.subnetIds });
  const freeArn = free.LoadBalancers[0]?.LoadBalancerArn ?? '';
  const creates = [
    (ClientToken: string) => p.createVpcEndpointServiceConfiguration({ NetworkLoadBalancerArns: [freeArn], ClientToken }),
    (ClientToken: string) =>
      p.createVpcEndpointConnectionNotification({
        ServiceId: provider.serviceId,
        ConnectionNotificationArn: `arn:aws:sns:${REGION}:${provider.identity.accountId}:topic`,
        ConnectionEvents: ['Connect'],
        ClientToken,
      }),
    (ClientToken: string) => c.createVpcEndpoint({ VpcEndpointType: 'Interface', VpcId: consumer.vpcId, ServiceName: provider.serviceName, ClientToken }),
  ];

  it('refuses a longer or non-ASCII token with InvalidParameterValue, changing nothing', () => {
    expect(MAX_CLIENT_TOKEN_LENGTH).toBe(64);
    for (const create of creates) {
      for (const token of ['x'.repeat(65), 'é', 'token-\u{1F600}', 'a'.repeat(100_000)]) {
        const before = cloud.world;
        expect(cloudErrorOf(() => create(token))).toMatchObject({
          code: 'InvalidParameterValue',
          message: `Value (${token}) for parameter clientToken is invalid. The client token must be at most 64 ASCII characters.`,
        });
        expect(cloud.world).toBe(before);
      }
    }
  });

  it('accepts 64 ASCII characters, and replays the call with them', () => {
    for (const [i, create] of creates.entries()) {
      const token = `${i}`.padEnd(64, '~');
      const first = create(token);
      expect(first.ClientToken).toBe(token);
      const again = JSON.stringify(create(token));
      for (const id of JSON.stringify(first).match(/(vpce|vpce-svc|vpce-nfn)-[0-9a-f]{17}/g) ?? []) expect(again).toContain(id);
    }
  });
});
