import { describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../src/index.js';
import { cloudErrorOf } from '../support/errors.js';
import { CONSUMER, createService, REGION, requestEndpoint, seedEndpoint, setup } from './fixtures.js';

const consumerRoot = `arn:aws:iam::${CONSUMER}:root`;

function granted(acceptanceRequired = true) {
  const env = setup();
  const config = createService(env, { AcceptanceRequired: acceptanceRequired });
  env.ec2.modifyVpcEndpointServicePermissions({ ServiceId: config.ServiceId, AddAllowedPrincipals: [consumerRoot] });
  return { env, serviceId: config.ServiceId, serviceName: config.ServiceName };
}

const stateOf = (env: ReturnType<typeof setup>, endpointId: string) =>
  env.ec2.describeVpcEndpointConnections({ Filters: [{ Name: 'vpc-endpoint-id', Values: [endpointId] }] }).VpcEndpointConnections[0]?.VpcEndpointState;

describe('AcceptVpcEndpointConnections / RejectVpcEndpointConnections / DescribeVpcEndpointConnections', () => {
  it('the provider sees the pending request, accepts it, and it becomes available', () => {
    const { env, serviceId } = granted();
    const endpointId = requestEndpoint(env, `com.amazonaws.vpce.${REGION}.${serviceId}`);
    const [connection] = env.ec2.describeVpcEndpointConnections().VpcEndpointConnections;
    expect(connection).toMatchObject({
      ServiceId: serviceId,
      VpcEndpointId: endpointId,
      VpcEndpointOwner: CONSUMER,
      VpcEndpointState: 'pendingAcceptance',
      NetworkLoadBalancerArns: [env.nlbArn],
      IpAddressType: 'ipv4',
      VpcEndpointRegion: REGION,
    });
    expect(connection?.CreationTimestamp).toBeInstanceOf(Date);
    expect(connection?.DnsEntries.length).toBeGreaterThan(0);
    const events: DomainEvent[] = [];
    env.cloud.subscribe((e) => events.push(e));
    expect(env.ec2.acceptVpcEndpointConnections({ ServiceId: serviceId, VpcEndpointIds: [endpointId] })).toEqual({ Unsuccessful: [] });
    expect(stateOf(env, endpointId)).toBe('available');
    const changes = events.flatMap((e) => (e.type === 'EndpointStateChanged' ? [`${e.from}->${e.to}`] : []));
    expect(changes).toEqual(['pendingAcceptance->pending', 'pending->available']);
  });

  it('reject cuts an available connection; rejecting again is IncorrectState in Unsuccessful', () => {
    const { env, serviceId, serviceName } = granted();
    const endpointId = requestEndpoint(env, serviceName);
    env.ec2.acceptVpcEndpointConnections({ ServiceId: serviceId, VpcEndpointIds: [endpointId] });
    const events: DomainEvent[] = [];
    env.cloud.subscribe((e) => events.push(e));
    expect(env.ec2.rejectVpcEndpointConnections({ ServiceId: serviceId, VpcEndpointIds: [endpointId] }).Unsuccessful).toEqual([]);
    expect(stateOf(env, endpointId)).toBe('rejected');
    expect(events.some((e) => e.type === 'DataPathCut')).toBe(true);
    expect(env.ec2.rejectVpcEndpointConnections({ ServiceId: serviceId, VpcEndpointIds: [endpointId] }).Unsuccessful).toEqual([
      { ResourceId: endpointId, Error: { Code: 'IncorrectState', Message: `The VPC Endpoint ${endpointId} is in state 'rejected' and cannot be rejected` } },
    ]);
  });

  it('accepting an available or rejected connection is IncorrectState; other items still go through', () => {
    const { env, serviceId, serviceName } = granted();
    const a = requestEndpoint(env, serviceName);
    seedEndpoint(env.cloud, serviceId, 'rejected', 'vpce-0000000000000000b');
    const unknown = 'vpce-0123456789abcdef0';
    const out = env.ec2.acceptVpcEndpointConnections({ ServiceId: serviceId, VpcEndpointIds: ['vpce-0000000000000000b', a, unknown] });
    expect(out.Unsuccessful).toEqual([
      {
        ResourceId: 'vpce-0000000000000000b',
        Error: { Code: 'IncorrectState', Message: "The VPC Endpoint vpce-0000000000000000b is in state 'rejected' and cannot be accepted" },
      },
      { ResourceId: unknown, Error: { Code: 'InvalidVpcEndpointId.NotFound', Message: `The Vpc Endpoint Id '${unknown}' does not exist` } },
    ]);
    expect(stateOf(env, a)).toBe('available');
    expect(env.ec2.acceptVpcEndpointConnections({ ServiceId: serviceId, VpcEndpointIds: [a] }).Unsuccessful[0]?.Error.Code).toBe('IncorrectState');
  });

  it('an endpoint of another service is InvalidVpcEndpointId.NotFound', () => {
    const { env, serviceId } = granted();
    const other = env.ec2.createVpcEndpointServiceConfiguration({ NetworkLoadBalancerArns: [env.nlb('other', [env.subnetC])] }).ServiceConfiguration;
    env.ec2.modifyVpcEndpointServicePermissions({ ServiceId: other.ServiceId, AddAllowedPrincipals: ['*'] });
    seedEndpoint(env.cloud, other.ServiceId, 'pendingAcceptance', 'vpce-0000000000000000c');
    const out = env.ec2.acceptVpcEndpointConnections({ ServiceId: serviceId, VpcEndpointIds: ['vpce-0000000000000000c'] });
    expect(out.Unsuccessful[0]?.Error.Code).toBe('InvalidVpcEndpointId.NotFound');
  });

  it('only the owner answers: another account gets InvalidVpcEndpointServiceId.NotFound and changes nothing', () => {
    const { env, serviceId, serviceName } = granted();
    const endpointId = requestEndpoint(env, serviceName);
    const before = env.cloud.world;
    for (const call of [
      () => env.consumerEc2.acceptVpcEndpointConnections({ ServiceId: serviceId, VpcEndpointIds: [endpointId] }),
      () => env.consumerEc2.rejectVpcEndpointConnections({ ServiceId: serviceId, VpcEndpointIds: [endpointId] }),
      () => env.outsiderEc2.acceptVpcEndpointConnections({ ServiceId: serviceId, VpcEndpointIds: [endpointId] }),
    ]) {
      expect(cloudErrorOf(call)).toMatchObject({ code: 'InvalidVpcEndpointServiceId.NotFound', message: `The VpcEndpointService Id '${serviceId}' does not exist` });
    }
    expect(env.cloud.world).toBe(before);
    expect(env.consumerEc2.describeVpcEndpointConnections().VpcEndpointConnections).toEqual([]);
    expect(env.outsiderEc2.describeVpcEndpointConnections().VpcEndpointConnections).toEqual([]);
  });

  it('removing the principal or turning acceptance off does not touch existing connections', () => {
    const { env, serviceId, serviceName } = granted();
    const live = requestEndpoint(env, serviceName);
    env.ec2.acceptVpcEndpointConnections({ ServiceId: serviceId, VpcEndpointIds: [live] });
    const waiting = requestEndpoint(env, serviceName);
    env.ec2.modifyVpcEndpointServicePermissions({ ServiceId: serviceId, RemoveAllowedPrincipals: [consumerRoot] });
    env.ec2.modifyVpcEndpointServiceConfiguration({ ServiceId: serviceId, AcceptanceRequired: false });
    expect(stateOf(env, live)).toBe('available');
    expect(stateOf(env, waiting)).toBe('pendingAcceptance');
    // future requests are refused: the consumer no longer sees the service
    expect(cloudErrorOf(() => requestEndpoint(env, serviceName)).code).toBe('InvalidServiceName');
    // the waiting request can still be answered
    expect(env.ec2.acceptVpcEndpointConnections({ ServiceId: serviceId, VpcEndpointIds: [waiting] }).Unsuccessful).toEqual([]);
  });

  it('describe filters by state, owner and service; a bad filter is InvalidFilter', () => {
    const { env, serviceId, serviceName } = granted();
    const a = requestEndpoint(env, serviceName);
    seedEndpoint(env.cloud, serviceId, 'rejected', 'vpce-0000000000000000d');
    const by = (Name: string, Values: string[]) =>
      env.ec2.describeVpcEndpointConnections({ Filters: [{ Name, Values }] }).VpcEndpointConnections.map((c) => c.VpcEndpointId);
    expect(by('vpc-endpoint-state', ['pendingAcceptance'])).toEqual([a]);
    expect(by('vpc-endpoint-state', ['rejected'])).toEqual(['vpce-0000000000000000d']);
    expect(by('vpc-endpoint-owner', [CONSUMER]).sort()).toEqual([a, 'vpce-0000000000000000d'].sort());
    expect(by('service-id', ['vpce-svc-0123456789abcdef0'])).toEqual([]);
    expect(by('service-id', [serviceId]).sort()).toEqual([a, 'vpce-0000000000000000d'].sort());
    expect(by('vpc-endpoint-id', [a])).toEqual([a]);
    expect(by('vpc-endpoint-id', ['vpce-0000000000000000?'])).toEqual(['vpce-0000000000000000d']);
    expect(cloudErrorOf(() => by('state', ['x']))).toMatchObject({ code: 'InvalidFilter', message: "The filter 'state' is invalid" });
    // A filter read early still leaves a bad name to the full check.
    expect(cloudErrorOf(() => env.ec2.describeVpcEndpointConnections({ Filters: [{ Name: 'vpc-endpoint-id', Values: [a] }, { Name: 'state', Values: ['x'] }] })).code).toBe('InvalidFilter');
  });

  describe('errors (world unchanged)', () => {
    it('unknown service, missing ids', () => {
      const { env, serviceId } = granted();
      const before = env.cloud.world;
      expect(cloudErrorOf(() => env.ec2.acceptVpcEndpointConnections({ ServiceId: 'vpce-svc-0123456789abcdef0', VpcEndpointIds: ['vpce-0123456789abcdef0'] })).code).toBe(
        'InvalidVpcEndpointServiceId.NotFound',
      );
      expect(cloudErrorOf(() => env.ec2.rejectVpcEndpointConnections({ ServiceId: serviceId, VpcEndpointIds: [] }))).toMatchObject({
        code: 'MissingParameter',
        message: 'The request must contain the parameter VpcEndpointIds',
      });
      expect(cloudErrorOf(() => env.ec2.describeVpcEndpointConnections({ MaxResults: 4 })).code).toBe('InvalidParameterValue');
      // "larger than 1,000, only 1,000 results are returned" (API reference): cut, not refused.
      env.ec2.describeVpcEndpointConnections({ MaxResults: 1001 });
      expect(env.cloud.world).toBe(before);
    });
  });
});
