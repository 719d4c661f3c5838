import { describe, expectTypeOf, it } from 'vitest';
import type {
  CreateTagsCommandOutput,
  CreateTagsRequest as SdkCreateTagsRequest,
  DeleteTagsCommandOutput,
  DeleteTagsRequest as SdkDeleteTagsRequest,
  DescribeTagsRequest as SdkDescribeTagsRequest,
  DescribeTagsResult as SdkDescribeTagsResult,
  ResourceType,
} from '@aws-sdk/client-ec2';
import type { CreateTagsRequest, CreateTagsResult, DeleteTagsRequest, DeleteTagsResult, DescribeTagsRequest, DescribeTagsResult, TaggableResourceType } from '../../src/index.js';

type NoFilters<T> = Omit<T, 'Filters'>;
type Output<T> = Omit<T, '$metadata'>;

describe('tagging shapes against @aws-sdk/client-ec2', () => {
  it('SDK inputs are accepted as they are (filters aside: the SDK lets Name be undefined)', () => {
    expectTypeOf<SdkCreateTagsRequest>().toExtend<CreateTagsRequest>();
    expectTypeOf<SdkDeleteTagsRequest>().toExtend<DeleteTagsRequest>();
    expectTypeOf<NoFilters<SdkDescribeTagsRequest>>().toExtend<NoFilters<DescribeTagsRequest>>();
  });

  it('answers are SDK outputs', () => {
    expectTypeOf<DescribeTagsResult>().toExtend<SdkDescribeTagsResult>();
    expectTypeOf<CreateTagsResult>().toExtend<Output<CreateTagsCommandOutput>>();
    expectTypeOf<DeleteTagsResult>().toExtend<Output<DeleteTagsCommandOutput>>();
    expectTypeOf<TaggableResourceType>().toExtend<ResourceType>();
  });

  it('the model needs what AWS requires', () => {
    // @ts-expect-error Resources is required
    const _noResources: CreateTagsRequest = { Tags: [] };
    // @ts-expect-error Tags is required by CreateTags
    const _noTags: CreateTagsRequest = { Resources: [] };
    expectTypeOf({ Resources: ['vpc-0123456789abcdef0'] }).toExtend<DeleteTagsRequest>();
  });
});
