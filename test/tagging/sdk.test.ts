import { CreateTagsCommand, DeleteTagsCommand, DescribeTagsCommand, EC2Client, paginateDescribeTags, type TagDescription } from '@aws-sdk/client-ec2';
import { DescribeTagsCommand as ElbDescribeTagsCommand, ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { describe, expect, it } from 'vitest';
import { attachClient } from '../../src/aws-sdk/index.js';
import { createCloud } from '../../src/index.js';
import { taggingWorld } from './fixtures.js';

const noCredentials = async (): Promise<never> => {
  throw new Error('credentials were resolved: the model must answer first');
};
const noNetwork = {
  handle: async (): Promise<never> => {
    throw new Error('an HTTP request was sent: the model must answer first');
  },
};
const options = { region: 'us-east-1', credentials: noCredentials, requestHandler: noNetwork, maxAttempts: 1 };

describe('EC2 tagging through @aws-sdk/client-ec2', () => {
  it('CreateTags, DeleteTags and DescribeTags, paged with paginateDescribeTags', async () => {
    const { cloud, ids } = taggingWorld();
    const ec2 = attachClient(new EC2Client(options), cloud, { accountId: '222222222222' });
    const resources = [ids.vpc, ids.subnet, ids.securityGroup, ids.vpcEndpoint, ids.peering];
    const created = await ec2.send(new CreateTagsCommand({ Resources: resources, Tags: [{ Key: 'team', Value: 'blue' }, { Key: 'env' }] }));
    expect(Object.keys(created)).toEqual(['$metadata']);
    await ec2.send(new DeleteTagsCommand({ Resources: [ids.subnet], Tags: [{ Key: 'env', Value: '' }] }));

    const seen: TagDescription[] = [];
    let pages = 0;
    for await (const page of paginateDescribeTags({ client: ec2, pageSize: 5 }, { Filters: [{ Name: 'resource-id', Values: resources }] })) {
      pages++;
      seen.push(...(page.Tags ?? []));
    }
    expect(pages).toBe(2);
    expect(seen).toHaveLength(9);
    expect(seen).toContainEqual({ Key: 'env', ResourceId: ids.vpcEndpoint, ResourceType: 'vpc-endpoint', Value: '' });
    expect(seen.filter((t) => t.ResourceId === ids.subnet)).toEqual([{ Key: 'team', ResourceId: ids.subnet, ResourceType: 'subnet', Value: 'blue' }]);

    const one = await ec2.send(new DescribeTagsCommand({ Filters: [{ Name: 'resource-type', Values: ['vpc-peering-connection'] }, { Name: 'key', Values: ['team'] }] }));
    expect(one.Tags).toEqual([{ Key: 'team', ResourceId: ids.peering, ResourceType: 'vpc-peering-connection', Value: 'blue' }]);
  });

  it("answers AWS's errors as typed exceptions", async () => {
    const { cloud, ids } = taggingWorld();
    const provider = attachClient(new EC2Client(options), cloud, { accountId: '111111111111' });
    const before = cloud.world;
    const notFound = await provider.send(new CreateTagsCommand({ Resources: [ids.vpc], Tags: [{ Key: 'k', Value: 'v' }] })).catch((e: unknown) => e);
    expect(notFound).toMatchObject({ name: 'InvalidVpcID.NotFound', $fault: 'client', message: `The vpc ID '${ids.vpc}' does not exist` });
    const invalid = await provider.send(new DeleteTagsCommand({ Resources: ['nope'] })).catch((e: unknown) => e);
    expect(invalid).toMatchObject({ name: 'InvalidID', message: "The ID 'nope' is not valid" });
    const many = Array.from({ length: 51 }, (_, i) => ({ Key: `k${i}` }));
    const limit = await provider.send(new CreateTagsCommand({ Resources: [ids.service], Tags: many })).catch((e: unknown) => e);
    expect(limit).toMatchObject({ name: 'TagLimitExceeded' });
    expect(cloud.world).toBe(before);
  });

  it('keeps the ELBv2 DescribeTags apart from the EC2 one', async () => {
    const { cloud, provider } = taggingWorld();
    const elbv2 = attachClient(new ElasticLoadBalancingV2Client(options), cloud, { accountId: '111111111111' });
    const out = await elbv2.send(new ElbDescribeTagsCommand({ ResourceArns: [provider.loadBalancerArn] }));
    expect(out.TagDescriptions).toEqual([{ ResourceArn: provider.loadBalancerArn, Tags: [] }]);
  });

  it('runs the example of docs/use-in-your-tests.md ("Tagging after create")', async () => {
    const cloud = createCloud({ seed: 1 });
    const ec2 = attachClient(new EC2Client(options), cloud, { accountId: '222222222222' });
    const { VpcId } = cloud.ec2({ accountId: '222222222222', region: 'us-east-1' }).createVpc({ CidrBlock: '10.0.0.0/16' }).Vpc;
    await ec2.send(new CreateTagsCommand({ Resources: [VpcId], Tags: [{ Key: 'team', Value: 'payments' }, { Key: 'draft' }] }));
    const { Tags } = await ec2.send(new DescribeTagsCommand({ Filters: [{ Name: 'resource-id', Values: [VpcId] }] }));
    expect(Tags).toEqual([
      { Key: 'draft', ResourceId: VpcId, ResourceType: 'vpc', Value: '' },
      { Key: 'team', ResourceId: VpcId, ResourceType: 'vpc', Value: 'payments' },
    ]);
    await ec2.send(new DeleteTagsCommand({ Resources: [VpcId], Tags: [{ Key: 'team', Value: 'search' }] }));
    expect((await ec2.send(new DescribeTagsCommand({}))).Tags).toHaveLength(2);
    await ec2.send(new DeleteTagsCommand({ Resources: [VpcId] }));
    expect((await ec2.send(new DescribeTagsCommand({}))).Tags).toEqual([]);
  });
});
