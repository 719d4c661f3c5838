/**
 * The tag rules through real SDK v3 clients: EC2 errors named by their code; ELBv2's
 * `TooManyTags` and `DuplicateTagKeys` as the SDK's exception classes, its length and
 * prefix rules as `ValidationError`. The world is unchanged after each.
 */
import { CreateVpcCommand, EC2ServiceException } from '@aws-sdk/client-ec2';
import {
  AddTagsCommand,
  CreateTargetGroupCommand,
  DuplicateTagKeysException,
  ElasticLoadBalancingV2ServiceException,
  TooManyTagsException,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { describe, expect, it } from 'vitest';
import { attachClient } from '../../src/aws-sdk/index.js';
import { createCloud, type Cloud } from '../../src/index.js';
import { isolatedEc2Client, isolatedElbv2Client, sdkError } from '../aws-sdk/support.js';

const ME = { accountId: '111111111111', region: 'us-east-1' };
const tags = (n: number, prefix = 'k') => Array.from({ length: n }, (_, i) => ({ Key: `${prefix}${i}`, Value: '' }));

async function unchanged<T>(cloud: Cloud, run: () => Promise<T>): Promise<T> {
  const before = cloud.world;
  const result = await run();
  expect(cloud.world).toBe(before);
  return result;
}

describe('tag rules through @aws-sdk/client-ec2', () => {
  it('TagLimitExceeded, InvalidParameterValue (duplicate key, lengths), InvalidTagKey.Malformed', async () => {
    const cloud = createCloud({ seed: 1 });
    const ec2 = attachClient(isolatedEc2Client(), cloud, { accountId: ME.accountId });
    const create = (Tags: { Key: string; Value: string }[]) => ec2.send(new CreateVpcCommand({ CidrBlock: '10.0.0.0/16', TagSpecifications: [{ ResourceType: 'vpc', Tags }] }));
    for (const [Tags, code] of [
      [tags(51), 'TagLimitExceeded'],
      [[{ Key: 'a', Value: '1' }, { Key: 'a', Value: '2' }], 'InvalidParameterValue'],
      [[{ Key: 'x'.repeat(129), Value: '' }], 'InvalidParameterValue'],
      [[{ Key: 'k', Value: 'x'.repeat(257) }], 'InvalidParameterValue'],
      [[{ Key: 'aws:owner', Value: '' }], 'InvalidTagKey.Malformed'],
    ] as const) {
      const error = await unchanged(cloud, () => sdkError(create([...Tags]), EC2ServiceException, code));
      expect(error.$metadata.httpStatusCode).toBe(400);
    }
    expect((await create(tags(50))).Vpc?.Tags).toHaveLength(50);
  });
});

describe('tag rules through @aws-sdk/client-elastic-load-balancing-v2', () => {
  it('TooManyTagsException, DuplicateTagKeysException, ValidationError', async () => {
    const cloud = createCloud({ seed: 1 });
    const VpcId = cloud.ec2(ME).createVpc({ CidrBlock: '10.0.0.0/16' }).Vpc.VpcId;
    const elbv2 = attachClient(isolatedElbv2Client(), cloud, { accountId: ME.accountId });
    const create = (Tags: { Key: string; Value: string }[]) => elbv2.send(new CreateTargetGroupCommand({ Name: 'tg', Protocol: 'TCP', Port: 80, VpcId, TargetType: 'ip', Tags }));
    const many = await unchanged(cloud, () => sdkError(create(tags(51)), TooManyTagsException, 'TooManyTagsException'));
    expect(many).toMatchObject({ Code: 'TooManyTags' });
    const dup = await unchanged(cloud, () => sdkError(create([{ Key: 'a', Value: '' }, { Key: 'a', Value: '' }]), DuplicateTagKeysException, 'DuplicateTagKeysException'));
    expect(dup).toMatchObject({ Code: 'DuplicateTagKeys' });
    const reserved = await unchanged(cloud, () => sdkError(create([{ Key: 'aws:x', Value: '' }]), ElasticLoadBalancingV2ServiceException, 'ValidationError'));
    expect(reserved.message).toBe("Tag key 'aws:x' cannot start with 'aws:'");

    const arn = (await create(tags(50))).TargetGroups?.[0]?.TargetGroupArn ?? '';
    const full = await unchanged(cloud, () => sdkError(elbv2.send(new AddTagsCommand({ ResourceArns: [arn], Tags: [{ Key: 'more', Value: '' }] })), TooManyTagsException, 'TooManyTagsException'));
    expect(full.message).toContain(arn);
  });
});
