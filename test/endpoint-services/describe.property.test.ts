import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { CONSUMER, PROVIDER, setup } from './fixtures.js';

/** Walks every page of a describe, returning the keys in the order served. */
function walk<T>(page: (token: string | undefined) => { items: T[]; next: string | undefined }, key: (t: T) => string, max: number): string[] {
  const keys: string[] = [];
  let token: string | undefined;
  do {
    const p = page(token);
    expect(p.items.length).toBeLessThanOrEqual(max);
    keys.push(...p.items.map(key));
    token = p.next;
  } while (token !== undefined);
  return keys;
}

test.prop([fc.integer({ min: 0, max: 14 }), fc.integer({ min: 5, max: 12 }), fc.integer({ min: 0, max: 6 })], { numRuns: 25 })(
  'describe results are stable-ordered and paginate without loss or repetition',
  (services, maxResults, endpoints) => {
    const env = setup();
    const ids: string[] = [];
    for (let i = 0; i < services; i++) {
      const subnet = [env.subnetA, env.subnetB, env.subnetC][i % 3] ?? env.subnetA;
      const arn = env.nlb(`n${i}`, [subnet]);
      const config = env.ec2.createVpcEndpointServiceConfiguration({ NetworkLoadBalancerArns: [arn] }).ServiceConfiguration;
      env.ec2.modifyVpcEndpointServicePermissions({ ServiceId: config.ServiceId, AddAllowedPrincipals: [`arn:aws:iam::${CONSUMER}:root`] });
      ids.push(config.ServiceId);
    }
    const configs = walk(
      (t) => {
        const r = env.ec2.describeVpcEndpointServiceConfigurations({ MaxResults: maxResults, ...(t ? { NextToken: t } : {}) });
        return { items: r.ServiceConfigurations, next: r.NextToken };
      },
      (c) => c.ServiceId,
      maxResults,
    );
    expect([...configs].sort()).toEqual([...ids].sort());
    expect(configs).toEqual([...configs].sort());
    // the same listing again comes back in the same order
    const all = env.ec2.describeVpcEndpointServiceConfigurations().ServiceConfigurations.map((c) => c.ServiceId);
    expect(all).toEqual(configs);

    const names = walk(
      (t) => {
        const r = env.consumerEc2.describeVpcEndpointServices({ MaxResults: maxResults, Filters: [{ Name: 'owner', Values: [PROVIDER] }], ...(t ? { NextToken: t } : {}) });
        expect(r.ServiceNames).toEqual(r.ServiceDetails.map((d) => d.ServiceName));
        return { items: r.ServiceDetails, next: r.NextToken };
      },
      (d) => d.ServiceName,
      maxResults,
    );
    expect(new Set(names).size).toBe(names.length);
    expect(names.length).toBe(ids.length);

    const first = ids[0];
    if (first === undefined) return;
    const serviceName = `com.amazonaws.vpce.us-east-1.${first}`;
    const consumer = env.consumerEc2;
    const vpcId = consumer.createVpc({ CidrBlock: '10.9.0.0/16' }).Vpc.VpcId;
    const subnetId = consumer.createSubnet({ VpcId: vpcId, CidrBlock: '10.9.1.0/24', AvailabilityZone: 'us-east-1c' }).Subnet.SubnetId;
    const endpointIds: string[] = [];
    for (let i = 0; i < endpoints; i++) {
      endpointIds.push(consumer.createVpcEndpoint({ VpcEndpointType: 'Interface', VpcId: vpcId, ServiceName: serviceName, SubnetIds: [subnetId] }).VpcEndpoint.VpcEndpointId);
    }
    const connections = walk(
      (t) => {
        const r = env.ec2.describeVpcEndpointConnections({ MaxResults: maxResults, ...(t ? { NextToken: t } : {}) });
        return { items: r.VpcEndpointConnections, next: r.NextToken };
      },
      (c) => c.VpcEndpointId,
      maxResults,
    );
    expect([...connections].sort()).toEqual([...endpointIds].sort());
    expect(connections).toEqual([...connections].sort());
  },
);

test.prop([fc.integer({ min: 6, max: 14 }), fc.integer({ min: 5, max: 6 })], { numRuns: 10 })(
  'a service created between pages is neither lost from the remaining pages nor repeated',
  (services, maxResults) => {
    const env = setup();
    const create = (i: number) =>
      env.ec2.createVpcEndpointServiceConfiguration({ NetworkLoadBalancerArns: [env.nlb(`m${i}`, [env.subnetA])] }).ServiceConfiguration.ServiceId;
    for (let i = 0; i < services; i++) create(i);
    const first = env.ec2.describeVpcEndpointServiceConfigurations({ MaxResults: maxResults });
    const seen = first.ServiceConfigurations.map((c) => c.ServiceId);
    const added = create(100);
    let token = first.NextToken;
    while (token !== undefined) {
      const r = env.ec2.describeVpcEndpointServiceConfigurations({ MaxResults: maxResults, NextToken: token });
      seen.push(...r.ServiceConfigurations.map((c) => c.ServiceId));
      token = r.NextToken;
    }
    expect(new Set(seen).size).toBe(seen.length);
    const last = first.ServiceConfigurations[first.ServiceConfigurations.length - 1]?.ServiceId ?? '';
    expect(seen.includes(added)).toBe(added > last);
  },
);
