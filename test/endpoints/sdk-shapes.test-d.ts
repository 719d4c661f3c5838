import { describe, expectTypeOf, it } from 'vitest';
import type {
  CreateVpcEndpointRequest as SdkCreateVpcEndpointRequest,
  DeleteVpcEndpointsRequest as SdkDeleteVpcEndpointsRequest,
  DeleteVpcEndpointsResult as SdkDeleteVpcEndpointsResult,
  DescribeVpcEndpointsRequest as SdkDescribeVpcEndpointsRequest,
  DnsEntry as SdkDnsEntry,
  ModifyVpcEndpointRequest as SdkModifyVpcEndpointRequest,
  ModifyVpcEndpointResult as SdkModifyVpcEndpointResult,
  VpcEndpoint as SdkVpcEndpoint,
} from '@aws-sdk/client-ec2';
import type { CreateVpcEndpointRequest } from '../../src/endpoints/actions/create-vpc-endpoint.js';
import type { DeleteVpcEndpointsRequest, DeleteVpcEndpointsResult } from '../../src/endpoints/actions/delete-vpc-endpoints.js';
import type { DescribeVpcEndpointsRequest } from '../../src/endpoints/actions/describe-vpc-endpoints.js';
import type { ModifyVpcEndpointRequest, ModifyVpcEndpointResult } from '../../src/endpoints/actions/modify-vpc-endpoint.js';
import type { DnsEntry } from '../../src/endpoints/dns-entries.js';
import type { VpcEndpoint } from '../../src/endpoints/render.js';

describe('interface endpoint shapes against @aws-sdk/client-ec2', () => {
  it('answers are SDK outputs (State is lowerCamel on the wire, unlike the SDK enum)', () => {
    expectTypeOf<Omit<VpcEndpoint, 'State'>>().toExtend<Omit<SdkVpcEndpoint, 'State'>>();
    expectTypeOf<DnsEntry>().toExtend<SdkDnsEntry>();
    expectTypeOf<DeleteVpcEndpointsResult>().toExtend<SdkDeleteVpcEndpointsResult>();
    expectTypeOf<ModifyVpcEndpointResult>().toExtend<SdkModifyVpcEndpointResult>();
  });

  it('SDK inputs are accepted as they are (tags aside: the SDK lets Key be undefined)', () => {
    expectTypeOf<Omit<SdkCreateVpcEndpointRequest, 'TagSpecifications'>>().toExtend<Omit<CreateVpcEndpointRequest, 'TagSpecifications'>>();
    expectTypeOf<SdkModifyVpcEndpointRequest>().toExtend<ModifyVpcEndpointRequest>();
    expectTypeOf<SdkDeleteVpcEndpointsRequest>().toExtend<DeleteVpcEndpointsRequest>();
    expectTypeOf<Omit<SdkDescribeVpcEndpointsRequest, 'Filters'>>().toExtend<Omit<DescribeVpcEndpointsRequest, 'Filters'>>();
  });
});
