import {
  CreateVpcCommand,
  DescribeAvailabilityZonesCommand,
  EC2,
  EC2Client,
  paginateDescribeVpcEndpoints,
} from '@aws-sdk/client-ec2';
import { DescribeLoadBalancersCommand, ElasticLoadBalancingV2 } from '@aws-sdk/client-elastic-load-balancing-v2';
import { describe, expect, it, vi } from 'vitest';
import { attachClient } from '../../src/aws-sdk/index.js';
import { createCloud } from '../../src/index.js';
import { isolatedEc2Client, isolatedElbv2Client, REQUEST_ID } from './support.js';

const ACCOUNT = '222222222222';
const zones = { [ACCOUNT]: { zones: { 'us-east-1': ['use1-az4', 'use1-az6', 'use1-az1'] } } };

describe('attachClient routing', () => {
  it('answers DescribeAvailabilityZonesCommand with the facade output plus $metadata', async () => {
    const cloud = createCloud({ seed: 1, accounts: zones });
    const ec2 = attachClient(isolatedEc2Client(), cloud, { accountId: ACCOUNT });
    const output = await ec2.send(new DescribeAvailabilityZonesCommand({}));
    const { $metadata, ...rest } = output;
    expect(rest).toEqual(cloud.ec2({ accountId: ACCOUNT, region: 'us-east-1' }).describeAvailabilityZones());
    expect(output.AvailabilityZones?.map((z) => z.ZoneId)).toEqual(['use1-az4', 'use1-az6', 'use1-az1']);
    expect($metadata).toEqual({ httpStatusCode: 200, requestId: expect.stringMatching(REQUEST_ID), attempts: 1, totalRetryDelay: 0 });
  });

  it('returns the very client it was given', () => {
    const client = isolatedEc2Client();
    expect(attachClient(client, createCloud(), { accountId: ACCOUNT })).toBe(client);
  });

  it('serves the client in its own configured region', async () => {
    const ec2 = attachClient(isolatedEc2Client('eu-west-1'), createCloud({ seed: 1 }), { accountId: ACCOUNT });
    const { AvailabilityZones = [] } = await ec2.send(new DescribeAvailabilityZonesCommand({}));
    expect(AvailabilityZones.map((z) => z.RegionName)).toEqual(['eu-west-1', 'eu-west-1', 'eu-west-1']);
  });

  it('derives request ids from the seed and the number of calls, not from the world', async () => {
    const run = async () => {
      const cloud = createCloud({ seed: 7 });
      const ec2 = attachClient(isolatedEc2Client(), cloud, { accountId: ACCOUNT });
      const ids = [];
      for (let i = 0; i < 3; i++) ids.push((await ec2.send(new DescribeAvailabilityZonesCommand({}))).$metadata.requestId);
      return { ids, world: JSON.stringify(cloud.world) };
    };
    const first = await run();
    const second = await run();
    expect(second).toEqual(first);
    expect(new Set(first.ids).size).toBe(3);
    expect(first.world).toBe(JSON.stringify(createCloud({ seed: 7 }).world));
  });

  it('changes the world through the SDK as the facade would', async () => {
    const cloud = createCloud({ seed: 2 });
    const ec2 = attachClient(isolatedEc2Client(), cloud, { accountId: ACCOUNT });
    const { Vpc } = await ec2.send(new CreateVpcCommand({ CidrBlock: '10.0.0.0/16' }));
    expect(Vpc?.VpcId).toMatch(/^vpc-[0-9a-f]{17}$/);
    expect(Vpc?.OwnerId).toBe(ACCOUNT);
  });

  it('serves the aggregated EC2 class', async () => {
    const ec2 = attachClient(
      new EC2({ region: 'us-east-1', credentials: isolatedEc2Client().config.credentials }),
      createCloud({ seed: 1, accounts: zones }),
      { accountId: ACCOUNT },
    );
    const output = await ec2.describeAvailabilityZones({ ZoneNames: ['us-east-1b'] });
    expect(output.AvailabilityZones?.[0]?.ZoneId).toBe('use1-az6');
    expect(output.$metadata.httpStatusCode).toBe(200);
  });

  it('serves ELBv2 clients and the aggregated ElasticLoadBalancingV2 class', async () => {
    const cloud = createCloud({ seed: 1 });
    const client = attachClient(isolatedElbv2Client(), cloud, { accountId: ACCOUNT });
    const viaClient = await client.send(new DescribeLoadBalancersCommand({}));
    expect(viaClient.LoadBalancers).toEqual([]);
    expect(viaClient.$metadata.requestId).toMatch(REQUEST_ID);
    const aggregated = attachClient(new ElasticLoadBalancingV2({ region: 'us-east-1' }), cloud, { accountId: ACCOUNT });
    expect((await aggregated.describeLoadBalancers({})).LoadBalancers).toEqual([]);
  });

  it('lets paginators drive the model (NextToken / MaxResults)', async () => {
    const ec2 = attachClient(isolatedEc2Client(), createCloud({ seed: 1 }), { accountId: ACCOUNT });
    const pages = [];
    for await (const page of paginateDescribeVpcEndpoints({ client: ec2, pageSize: 5 }, {})) pages.push(page);
    expect(pages).toHaveLength(1);
    expect(pages[0]?.VpcEndpoints).toEqual([]);
  });

  it('runs after the SDK logger, which sees the model answer', async () => {
    const logger = { debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    const client = new EC2Client({ region: 'us-east-1', logger, credentials: isolatedEc2Client().config.credentials });
    await attachClient(client, createCloud({ seed: 1 }), { accountId: ACCOUNT }).send(new DescribeAvailabilityZonesCommand({}));
    expect(logger.info).toHaveBeenCalledWith(
      expect.objectContaining({ commandName: 'DescribeAvailabilityZonesCommand', metadata: expect.objectContaining({ httpStatusCode: 200 }) }),
    );
  });
});
