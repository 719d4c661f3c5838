/**
 * The types of issue 17's AWS-service shapes against the SDK's: route tables, prefix lists,
 * and a service detail of type Gateway.
 */
import type { DescribePrefixListsCommandOutput, DescribeRouteTablesCommandOutput, PrefixList as SdkPrefixList, RouteTable as SdkRouteTable, ServiceDetail as SdkServiceDetail } from '@aws-sdk/client-ec2';
import { describe, expectTypeOf, it } from 'vitest';
import type { DescribePrefixListsResult, PrefixList } from '../../src/aws-services/actions/describe-prefix-lists.js';
import type { DescribeRouteTablesResult } from '../../src/network/actions/describe-route-tables.js';
import type { RouteTable } from '../../src/network/route-tables.js';
import type { ServiceDetail } from '../../src/endpoint-services/render.js';

describe('AWS-service shapes conform to the SDK v3 types', () => {
  it('RouteTable and DescribeRouteTablesResult', () => {
    expectTypeOf<RouteTable>().toExtend<SdkRouteTable>();
    expectTypeOf<DescribeRouteTablesResult>().toExtend<Omit<DescribeRouteTablesCommandOutput, '$metadata'>>();
  });

  it('PrefixList and DescribePrefixListsResult', () => {
    expectTypeOf<PrefixList>().toExtend<SdkPrefixList>();
    expectTypeOf<DescribePrefixListsResult>().toExtend<Omit<DescribePrefixListsCommandOutput, '$metadata'>>();
  });

  it('ServiceDetail, Gateway or Interface, PayerResponsibility optional', () => {
    expectTypeOf<ServiceDetail>().toExtend<SdkServiceDetail>();
    expectTypeOf<ServiceDetail['ServiceType'][number]['ServiceType']>().toEqualTypeOf<'Interface' | 'Gateway'>();
    expectTypeOf<ServiceDetail['PayerResponsibility']>().toEqualTypeOf<'ServiceOwner' | undefined>();
  });
});
