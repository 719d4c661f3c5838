import { describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../src/index.js';
import { cloudErrorOf } from '../support/errors.js';
import { emptyTable, rowCount } from '../../src/core/table.js';
import { CONSUMER, createService, PROVIDER, REGION, requestEndpoint, setup } from './fixtures.js';

const topic = (account: string, name = 'endpoint-events') => `arn:aws:sns:${REGION}:${account}:${name}`;

function granted() {
  const env = setup();
  const config = createService(env);
  env.ec2.modifyVpcEndpointServicePermissions({ ServiceId: config.ServiceId, AddAllowedPrincipals: [`arn:aws:iam::${CONSUMER}:root`] });
  return { env, config };
}

describe('connection notifications', () => {
  it('a provider notification on the service is delivered for Connect and Accept with AWS fields', () => {
    const { env, config } = granted();
    const { ConnectionNotification: n } = env.ec2.createVpcEndpointConnectionNotification({
      ServiceId: config.ServiceId,
      ConnectionNotificationArn: topic(PROVIDER),
      ConnectionEvents: ['Connect', 'Accept'],
    });
    expect(n).toEqual({
      ConnectionNotificationId: n.ConnectionNotificationId,
      ServiceId: config.ServiceId,
      ConnectionNotificationType: 'Topic',
      ConnectionNotificationArn: topic(PROVIDER),
      ConnectionEvents: ['Connect', 'Accept'],
      ConnectionNotificationState: 'Enabled',
      ServiceRegion: REGION,
    });
    expect(n.ConnectionNotificationId).toMatch(/^vpce-nfn-[0-9a-f]{17}$/);
    const delivered: DomainEvent[] = [];
    env.cloud.subscribe((e) => {
      if (e.type === 'ConnectionNotification') delivered.push(e);
    });
    const endpointId = requestEndpoint(env, config.ServiceName);
    env.ec2.acceptVpcEndpointConnections({ ServiceId: config.ServiceId, VpcEndpointIds: [endpointId] });
    env.ec2.rejectVpcEndpointConnections({ ServiceId: config.ServiceId, VpcEndpointIds: [endpointId] });
    expect(delivered.map((e) => (e.type === 'ConnectionNotification' ? [e.EventType, e.VpcEndpointId, e.VpcEndpointOwner, e.accountId] : []))).toEqual([
      ['Connect', endpointId, CONSUMER, PROVIDER],
      ['Accept', endpointId, CONSUMER, PROVIDER],
    ]);
  });

  it('a consumer notification on its endpoint; describe, modify, delete', () => {
    const { env, config } = granted();
    const endpointId = requestEndpoint(env, config.ServiceName);
    const created = env.consumerEc2.createVpcEndpointConnectionNotification({
      VpcEndpointId: endpointId,
      ConnectionNotificationArn: topic(CONSUMER),
      ConnectionEvents: ['Accept'],
    }).ConnectionNotification;
    expect(created.VpcEndpointId).toBe(endpointId);
    const delivered: string[] = [];
    env.cloud.subscribe((e) => {
      if (e.type === 'ConnectionNotification') delivered.push(`${e.EventType}:${e.accountId}`);
    });
    env.consumerEc2.modifyVpcEndpointConnectionNotification({ ConnectionNotificationId: created.ConnectionNotificationId, ConnectionEvents: ['Reject'] });
    env.ec2.acceptVpcEndpointConnections({ ServiceId: config.ServiceId, VpcEndpointIds: [endpointId] });
    env.ec2.rejectVpcEndpointConnections({ ServiceId: config.ServiceId, VpcEndpointIds: [endpointId] });
    expect(delivered).toEqual([`Reject:${CONSUMER}`]);

    const set = env.consumerEc2.describeVpcEndpointConnectionNotifications().ConnectionNotificationSet;
    expect(set.map((s) => [s.ConnectionNotificationId, s.ConnectionEvents])).toEqual([[created.ConnectionNotificationId, ['Reject']]]);
    expect(env.ec2.describeVpcEndpointConnectionNotifications().ConnectionNotificationSet).toEqual([]);
    expect(
      env.consumerEc2.describeVpcEndpointConnectionNotifications({ Filters: [{ Name: 'vpc-endpoint-id', Values: [endpointId] }] }).ConnectionNotificationSet,
    ).toHaveLength(1);
    expect(
      env.consumerEc2.describeVpcEndpointConnectionNotifications({ Filters: [{ Name: 'service-id', Values: [config.ServiceId] }] }).ConnectionNotificationSet,
    ).toHaveLength(0);

    const unknown = 'vpce-nfn-0123456789abcdef0';
    expect(env.consumerEc2.deleteVpcEndpointConnectionNotifications({ ConnectionNotificationIds: [created.ConnectionNotificationId, unknown] })).toEqual({
      Unsuccessful: [{ ResourceId: unknown, Error: { Code: 'InvalidConnectionNotification', Message: `The connection notification '${unknown}' does not exist` } }],
    });
    expect(env.consumerEc2.describeVpcEndpointConnectionNotifications().ConnectionNotificationSet).toEqual([]);
    expect(rowCount(env.cloud.world.regions[REGION]?.connectionNotificationsByTarget ?? emptyTable())).toBe(0);
  });

  it('ClientToken makes create idempotent', () => {
    const { env, config } = granted();
    const input = { ServiceId: config.ServiceId, ConnectionNotificationArn: topic(PROVIDER), ConnectionEvents: ['Connect'], ClientToken: 't' };
    const a = env.ec2.createVpcEndpointConnectionNotification(input);
    const b = env.ec2.createVpcEndpointConnectionNotification(input);
    expect(b.ConnectionNotification.ConnectionNotificationId).toBe(a.ConnectionNotification.ConnectionNotificationId);
    expect(cloudErrorOf(() => env.ec2.createVpcEndpointConnectionNotification({ ...input, ConnectionEvents: ['Accept'] })).code).toBe('IdempotentParameterMismatch');
  });

  it('deleting the service removes its notifications', () => {
    const { env, config } = granted();
    env.ec2.createVpcEndpointConnectionNotification({ ServiceId: config.ServiceId, ConnectionNotificationArn: topic(PROVIDER), ConnectionEvents: ['Connect'] });
    env.ec2.deleteVpcEndpointServiceConfigurations({ ServiceIds: [config.ServiceId] });
    expect(env.ec2.describeVpcEndpointConnectionNotifications().ConnectionNotificationSet).toEqual([]);
  });

  describe('errors (world unchanged)', () => {
    it('target, ARN, events, ownership', () => {
      const { env, config } = granted();
      const endpointId = requestEndpoint(env, config.ServiceName);
      const { ConnectionNotification: n } = env.ec2.createVpcEndpointConnectionNotification({
        ServiceId: config.ServiceId,
        ConnectionNotificationArn: topic(PROVIDER),
        ConnectionEvents: ['Connect'],
      });
      const before = env.cloud.world;
      const arn = topic(PROVIDER);
      const cases: [() => unknown, string, string | RegExp][] = [
        [() => env.ec2.createVpcEndpointConnectionNotification({ ConnectionNotificationArn: arn, ConnectionEvents: ['Connect'] }), 'InvalidParameterCombination', 'Exactly one of ServiceId or VpcEndpointId must be specified'],
        [() => env.ec2.createVpcEndpointConnectionNotification({ ServiceId: config.ServiceId, VpcEndpointId: endpointId, ConnectionNotificationArn: arn, ConnectionEvents: ['Connect'] }), 'InvalidParameterCombination', /Exactly one/],
        [() => env.ec2.createVpcEndpointConnectionNotification({ ServiceId: config.ServiceId, ConnectionNotificationArn: 'arn:aws:sqs:us-east-1:111111111111:q', ConnectionEvents: ['Connect'] }), 'InvalidParameter', /is not a valid SNS topic ARN/],
        [() => env.ec2.createVpcEndpointConnectionNotification({ ServiceId: config.ServiceId, ConnectionNotificationArn: arn, ConnectionEvents: ['Explode'] }), 'InvalidParameterValue', /ConnectionEvents/],
        [() => env.ec2.createVpcEndpointConnectionNotification({ ServiceId: config.ServiceId, ConnectionNotificationArn: arn, ConnectionEvents: [] }), 'MissingParameter', 'The request must contain the parameter ConnectionEvents'],
        [() => env.consumerEc2.createVpcEndpointConnectionNotification({ ServiceId: config.ServiceId, ConnectionNotificationArn: arn, ConnectionEvents: ['Connect'] }), 'InvalidVpcEndpointServiceId.NotFound', /does not exist/],
        [() => env.ec2.createVpcEndpointConnectionNotification({ VpcEndpointId: endpointId, ConnectionNotificationArn: arn, ConnectionEvents: ['Connect'] }), 'InvalidVpcEndpointId.NotFound', `The Vpc Endpoint Id '${endpointId}' does not exist`],
        [() => env.consumerEc2.modifyVpcEndpointConnectionNotification({ ConnectionNotificationId: n.ConnectionNotificationId, ConnectionEvents: ['Accept'] }), 'InvalidConnectionNotification', `The connection notification '${n.ConnectionNotificationId}' does not exist`],
        [() => env.consumerEc2.describeVpcEndpointConnectionNotifications({ ConnectionNotificationId: n.ConnectionNotificationId }), 'InvalidConnectionNotification', /does not exist/],
        [() => env.ec2.describeVpcEndpointConnectionNotifications({ Filters: [{ Name: 'owner', Values: ['x'] }] }), 'InvalidFilter', "The filter 'owner' is invalid"],
      ];
      for (const [call, code, message] of cases) {
        const error = cloudErrorOf(call);
        expect(error.code).toBe(code);
        if (typeof message === 'string') expect(error.message).toBe(message);
        else expect(error.message).toMatch(message);
      }
      expect(env.cloud.world).toBe(before);
      expect(env.consumerEc2.deleteVpcEndpointConnectionNotifications({ ConnectionNotificationIds: [n.ConnectionNotificationId] }).Unsuccessful[0]?.Error.Code).toBe(
        'InvalidConnectionNotification',
      );
      expect(env.ec2.describeVpcEndpointConnectionNotifications().ConnectionNotificationSet).toHaveLength(1);
    });
  });
});
