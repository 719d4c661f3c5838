import { describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../src/index.js';
import { cloudErrorOf } from '../support/errors.js';
import { CONSUMER, createService, REGION, requestEndpoint, seedEndpoint, setup } from './fixtures.js';
import { rowCount } from '../../src/core/table.js';

const unknown = 'vpce-svc-0123456789abcdef0';

describe('DeleteVpcEndpointServiceConfigurations', () => {
  it('deletes the service (Deleting -> Deleted), frees its NLB and cleans the private DNS index', () => {
    const env = setup();
    const { ServiceId } = createService(env, { PrivateDnsName: 'api.example.com' });
    const events: DomainEvent[] = [];
    env.cloud.subscribe((e) => events.push(e));
    expect(env.ec2.deleteVpcEndpointServiceConfigurations({ ServiceIds: [ServiceId] })).toEqual({ Unsuccessful: [] });
    expect(env.ec2.describeVpcEndpointServiceConfigurations().ServiceConfigurations).toEqual([]);
    expect(cloudErrorOf(() => env.ec2.describeVpcEndpointServiceConfigurations({ ServiceIds: [ServiceId] })).code).toBe('InvalidVpcEndpointServiceId.NotFound');
    expect(rowCount(env.cloud.world.regions[REGION]?.privateDnsNames ?? {})).toBe(0);
    expect(events).toContainEqual({ type: 'ResourceDeleted', region: REGION, accountId: '111111111111', resourceType: 'vpc-endpoint-service', resourceId: ServiceId });
    // the NLB can now front another service, and be deleted
    expect(createService(env).NetworkLoadBalancerArns).toEqual([env.nlbArn]);
  });

  it('with realistic timings the service shows Deleting until serviceProvisioningMs has passed', () => {
    const env = setup({ timing: { serviceProvisioningMs: 10_000 } });
    const { ServiceId } = createService(env);
    env.cloud.clock.advance(10_000);
    env.ec2.deleteVpcEndpointServiceConfigurations({ ServiceIds: [ServiceId] });
    expect(env.ec2.describeVpcEndpointServiceConfigurations().ServiceConfigurations.map((c) => c.ServiceState)).toEqual(['Deleting']);
    // deleting again: the machine does not accept `delete` in Deleting
    expect(env.ec2.deleteVpcEndpointServiceConfigurations({ ServiceIds: [ServiceId] }).Unsuccessful).toEqual([
      { ResourceId: ServiceId, Error: { Code: 'IncorrectState', Message: `The VPC Endpoint Service ${ServiceId} is in state 'Deleting' and cannot be changed` } },
    ]);
    env.cloud.clock.advance(10_000);
    expect(env.ec2.describeVpcEndpointServiceConfigurations().ServiceConfigurations).toEqual([]);
  });

  it('reports unknown, foreign and in-use services per item; the call succeeds and deletes the others', () => {
    const env = setup();
    const used = createService(env);
    env.ec2.modifyVpcEndpointServicePermissions({ ServiceId: used.ServiceId, AddAllowedPrincipals: [`arn:aws:iam::${CONSUMER}:root`] });
    requestEndpoint(env, used.ServiceName);
    const free = env.ec2.createVpcEndpointServiceConfiguration({ NetworkLoadBalancerArns: [env.nlb('free', [env.subnetC])] }).ServiceConfiguration;
    const out = env.ec2.deleteVpcEndpointServiceConfigurations({ ServiceIds: [unknown, used.ServiceId, free.ServiceId] });
    expect(out.Unsuccessful).toEqual([
      { ResourceId: unknown, Error: { Code: 'InvalidVpcEndpointService.NotFound', Message: `The VpcEndpointService Id '${unknown}' does not exist` } },
      {
        ResourceId: used.ServiceId,
        Error: { Code: 'ExistingVpcEndpointConnections', Message: `Service ${used.ServiceId} has existing active VPC Endpoint connections!` },
      },
    ]);
    expect(env.ec2.describeVpcEndpointServiceConfigurations().ServiceConfigurations.map((c) => c.ServiceId)).toEqual([used.ServiceId]);
    const foreign = env.consumerEc2.deleteVpcEndpointServiceConfigurations({ ServiceIds: [used.ServiceId] });
    expect(foreign.Unsuccessful[0]?.Error.Code).toBe('InvalidVpcEndpointService.NotFound');
  });

  it('available and pendingAcceptance connections block; rejected, deleted, expired, failed do not', () => {
    for (const [state, blocks] of [
      ['available', true],
      ['pendingAcceptance', true],
      ['rejected', false],
      ['deleted', false],
      ['expired', false],
      ['failed', false],
    ] as const) {
      const env = setup();
      const { ServiceId } = createService(env);
      seedEndpoint(env.cloud, ServiceId, state, 'vpce-0000000000000000e');
      const out = env.ec2.deleteVpcEndpointServiceConfigurations({ ServiceIds: [ServiceId] });
      expect(out.Unsuccessful.map((u) => u.Error.Code), state).toEqual(blocks ? ['ExistingVpcEndpointConnections'] : []);
    }
  });

  it('rejecting the connections first lets the provider delete the service', () => {
    const env = setup();
    const config = createService(env);
    env.ec2.modifyVpcEndpointServicePermissions({ ServiceId: config.ServiceId, AddAllowedPrincipals: ['*'] });
    const endpointId = requestEndpoint(env, config.ServiceName);
    env.ec2.acceptVpcEndpointConnections({ ServiceId: config.ServiceId, VpcEndpointIds: [endpointId] });
    env.ec2.rejectVpcEndpointConnections({ ServiceId: config.ServiceId, VpcEndpointIds: [endpointId] });
    expect(env.ec2.deleteVpcEndpointServiceConfigurations({ ServiceIds: [config.ServiceId] }).Unsuccessful).toEqual([]);
  });

  it('an NLB used by a service cannot be deleted (ResourceInUse), and can once the service is gone', () => {
    const env = setup();
    const { ServiceId } = createService(env);
    const before = env.cloud.world;
    expect(cloudErrorOf(() => env.elbv2.deleteLoadBalancer({ LoadBalancerArn: env.nlbArn }))).toMatchObject({
      code: 'ResourceInUse',
      message: `Load balancer '${env.nlbArn}' cannot be deleted because it is currently associated with another service`,
    });
    expect(env.cloud.world).toBe(before);
    env.ec2.deleteVpcEndpointServiceConfigurations({ ServiceIds: [ServiceId] });
    expect(() => env.elbv2.deleteLoadBalancer({ LoadBalancerArn: env.nlbArn })).not.toThrow();
  });

  it('an NLB removed from a service can be deleted', () => {
    const env = setup();
    const { ServiceId } = createService(env);
    const second = env.nlb('second', [env.subnetC]);
    env.ec2.modifyVpcEndpointServiceConfiguration({ ServiceId, AddNetworkLoadBalancerArns: [second], RemoveNetworkLoadBalancerArns: [env.nlbArn] });
    expect(() => env.elbv2.deleteLoadBalancer({ LoadBalancerArn: env.nlbArn })).not.toThrow();
    expect(cloudErrorOf(() => env.elbv2.deleteLoadBalancer({ LoadBalancerArn: second })).code).toBe('ResourceInUse');
  });

  it('missing ServiceIds is MissingParameter, nothing changed', () => {
    const env = setup();
    const before = env.cloud.world;
    expect(cloudErrorOf(() => env.ec2.deleteVpcEndpointServiceConfigurations({ ServiceIds: [] }))).toMatchObject({
      code: 'MissingParameter',
      message: 'The request must contain the parameter ServiceIds',
    });
    expect(env.cloud.world).toBe(before);
  });
});

describe('batch deletes in a region the caller never used', () => {
  it('report every item and leave the world reference-equal', () => {
    const env = setup();
    const west = env.cloud.ec2({ accountId: '111111111111', region: 'us-west-2' });
    const before = env.cloud.world;
    expect(west.deleteVpcEndpointServiceConfigurations({ ServiceIds: [unknown] }).Unsuccessful[0]?.Error.Code).toBe('InvalidVpcEndpointService.NotFound');
    expect(west.deleteVpcEndpointConnectionNotifications({ ConnectionNotificationIds: ['vpce-nfn-0123456789abcdef0'] }).Unsuccessful[0]?.Error.Code).toBe(
      'InvalidConnectionNotification',
    );
    expect(env.cloud.world).toBe(before);
  });
});
