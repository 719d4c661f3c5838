import { describe, expectTypeOf, it } from 'vitest';
import type {
  AcceptVpcPeeringConnectionRequest as SdkAcceptRequest,
  AcceptVpcPeeringConnectionResult as SdkAcceptResult,
  AuthorizeSecurityGroupIngressRequest as SdkAuthorizeRequest,
  AuthorizeSecurityGroupIngressResult as SdkAuthorizeResult,
  CreateSecurityGroupRequest as SdkCreateSecurityGroupRequest,
  CreateSecurityGroupResult as SdkCreateSecurityGroupResult,
  CreateVpcPeeringConnectionRequest as SdkCreatePeeringRequest,
  CreateVpcPeeringConnectionResult as SdkCreatePeeringResult,
  DeleteSecurityGroupRequest as SdkDeleteSecurityGroupRequest,
  DeleteSecurityGroupResult as SdkDeleteSecurityGroupResult,
  DeleteNetworkInterfaceRequest as SdkDeleteNetworkInterfaceRequest,
  DeleteSubnetRequest as SdkDeleteSubnetRequest,
  DeleteVpcPeeringConnectionRequest as SdkDeletePeeringRequest,
  DeleteVpcPeeringConnectionResult as SdkDeletePeeringResult,
  DeleteVpcRequest as SdkDeleteVpcRequest,
  DescribeNetworkInterfacesRequest as SdkDescribeNetworkInterfacesRequest,
  DescribeNetworkInterfacesResult as SdkDescribeNetworkInterfacesResult,
  DescribeSecurityGroupsRequest as SdkDescribeSecurityGroupsRequest,
  DescribeSecurityGroupsResult as SdkDescribeSecurityGroupsResult,
  DescribeSubnetsRequest as SdkDescribeSubnetsRequest,
  DescribeSubnetsResult as SdkDescribeSubnetsResult,
  DescribeVpcAttributeRequest as SdkDescribeVpcAttributeRequest,
  DescribeVpcAttributeResult as SdkDescribeVpcAttributeResult,
  DescribeVpcPeeringConnectionsRequest as SdkDescribePeeringRequest,
  DescribeVpcPeeringConnectionsResult as SdkDescribePeeringResult,
  DescribeVpcsRequest as SdkDescribeVpcsRequest,
  DescribeVpcsResult as SdkDescribeVpcsResult,
  ModifyVpcAttributeRequest as SdkModifyVpcAttributeRequest,
  NetworkInterface as SdkNetworkInterface,
  RejectVpcPeeringConnectionRequest as SdkRejectRequest,
  RejectVpcPeeringConnectionResult as SdkRejectResult,
  RevokeSecurityGroupIngressRequest as SdkRevokeRequest,
  RevokeSecurityGroupIngressResult as SdkRevokeResult,
} from '@aws-sdk/client-ec2';
import type { AcceptVpcPeeringConnectionRequest, AcceptVpcPeeringConnectionResult } from '../../src/network/actions/accept-vpc-peering-connection.js';
import type { AuthorizeSecurityGroupIngressRequest, AuthorizeSecurityGroupIngressResult } from '../../src/network/actions/authorize-security-group-ingress.js';
import type { CreateSecurityGroupRequest, CreateSecurityGroupResult } from '../../src/network/actions/create-security-group.js';
import type { CreateVpcPeeringConnectionRequest, CreateVpcPeeringConnectionResult } from '../../src/network/actions/create-vpc-peering-connection.js';
import type { DeleteSecurityGroupRequest, DeleteSecurityGroupResult } from '../../src/network/actions/delete-security-group.js';
import type { DeleteSubnetRequest } from '../../src/network/actions/delete-subnet.js';
import type { DeleteNetworkInterfaceRequest, DeleteNetworkInterfaceResult } from '../../src/network/actions/delete-network-interface.js';
import type { DescribeNetworkInterfacesRequest, DescribeNetworkInterfacesResult } from '../../src/network/actions/describe-network-interfaces.js';
import type { NetworkInterface } from '../../src/network/interface-render.js';
import type { DeleteVpcPeeringConnectionRequest, DeleteVpcPeeringConnectionResult } from '../../src/network/actions/delete-vpc-peering-connection.js';
import type { DeleteVpcRequest } from '../../src/network/actions/delete-vpc.js';
import type { DescribeSecurityGroupsRequest, DescribeSecurityGroupsResult } from '../../src/network/actions/describe-security-groups.js';
import type { DescribeSubnetsRequest, DescribeSubnetsResult } from '../../src/network/actions/describe-subnets.js';
import type { DescribeVpcAttributeRequest, DescribeVpcAttributeResult } from '../../src/network/actions/describe-vpc-attribute.js';
import type { DescribeVpcPeeringConnectionsRequest, DescribeVpcPeeringConnectionsResult } from '../../src/network/actions/describe-vpc-peering-connections.js';
import type { DescribeVpcsRequest, DescribeVpcsResult } from '../../src/network/actions/describe-vpcs.js';
import type { ModifyVpcAttributeRequest } from '../../src/network/actions/modify-vpc-attribute.js';
import type { RejectVpcPeeringConnectionRequest, RejectVpcPeeringConnectionResult } from '../../src/network/actions/reject-vpc-peering-connection.js';
import type { RevokeSecurityGroupIngressRequest, RevokeSecurityGroupIngressResult } from '../../src/network/actions/revoke-security-group-ingress.js';

type NoTags<T> = Omit<T, 'TagSpecifications'>;
type NoFilters<T> = Omit<T, 'Filters'>;

describe('network shapes against @aws-sdk/client-ec2', () => {
  it('answers are SDK outputs', () => {
    expectTypeOf<DescribeVpcsResult>().toExtend<SdkDescribeVpcsResult>();
    expectTypeOf<DescribeSubnetsResult>().toExtend<SdkDescribeSubnetsResult>();
    expectTypeOf<DescribeVpcAttributeResult>().toExtend<SdkDescribeVpcAttributeResult>();
    expectTypeOf<CreateSecurityGroupResult>().toExtend<SdkCreateSecurityGroupResult>();
    expectTypeOf<DescribeSecurityGroupsResult>().toExtend<SdkDescribeSecurityGroupsResult>();
    expectTypeOf<AuthorizeSecurityGroupIngressResult>().toExtend<SdkAuthorizeResult>();
    expectTypeOf<RevokeSecurityGroupIngressResult>().toExtend<SdkRevokeResult>();
    expectTypeOf<DeleteSecurityGroupResult>().toExtend<SdkDeleteSecurityGroupResult>();
    expectTypeOf<CreateVpcPeeringConnectionResult>().toExtend<SdkCreatePeeringResult>();
    expectTypeOf<AcceptVpcPeeringConnectionResult>().toExtend<SdkAcceptResult>();
    expectTypeOf<DescribeVpcPeeringConnectionsResult>().toExtend<SdkDescribePeeringResult>();
    expectTypeOf<RejectVpcPeeringConnectionResult>().toExtend<SdkRejectResult>();
    expectTypeOf<DeleteVpcPeeringConnectionResult>().toExtend<SdkDeletePeeringResult>();
    expectTypeOf<DescribeNetworkInterfacesResult>().toExtend<SdkDescribeNetworkInterfacesResult>();
    expectTypeOf<NetworkInterface>().toExtend<SdkNetworkInterface>();
    expectTypeOf<DeleteNetworkInterfaceResult>().toExtend<Record<string, never>>();
  });

  it('SDK inputs are accepted as they are (tags and filters aside: the SDK lets Key and Name be undefined)', () => {
    expectTypeOf<NoFilters<SdkDescribeVpcsRequest>>().toExtend<NoFilters<DescribeVpcsRequest>>();
    expectTypeOf<SdkDeleteVpcRequest>().toExtend<DeleteVpcRequest>();
    expectTypeOf<SdkModifyVpcAttributeRequest>().toExtend<ModifyVpcAttributeRequest>();
    expectTypeOf<SdkDescribeVpcAttributeRequest>().toExtend<DescribeVpcAttributeRequest>();
    expectTypeOf<NoFilters<SdkDescribeSubnetsRequest>>().toExtend<NoFilters<DescribeSubnetsRequest>>();
    expectTypeOf<SdkDeleteSubnetRequest>().toExtend<DeleteSubnetRequest>();
    expectTypeOf<NoTags<SdkCreateSecurityGroupRequest>>().toExtend<NoTags<CreateSecurityGroupRequest>>();
    expectTypeOf<NoFilters<SdkDescribeSecurityGroupsRequest>>().toExtend<NoFilters<DescribeSecurityGroupsRequest>>();
    expectTypeOf<NoTags<SdkAuthorizeRequest>>().toExtend<NoTags<AuthorizeSecurityGroupIngressRequest>>();
    expectTypeOf<SdkRevokeRequest>().toExtend<RevokeSecurityGroupIngressRequest>();
    expectTypeOf<SdkDeleteSecurityGroupRequest>().toExtend<DeleteSecurityGroupRequest>();
    expectTypeOf<NoTags<SdkCreatePeeringRequest>>().toExtend<NoTags<CreateVpcPeeringConnectionRequest>>();
    expectTypeOf<SdkAcceptRequest>().toExtend<AcceptVpcPeeringConnectionRequest>();
    expectTypeOf<SdkRejectRequest>().toExtend<RejectVpcPeeringConnectionRequest>();
    expectTypeOf<SdkDeletePeeringRequest>().toExtend<DeleteVpcPeeringConnectionRequest>();
    expectTypeOf<NoFilters<SdkDescribePeeringRequest>>().toExtend<NoFilters<DescribeVpcPeeringConnectionsRequest>>();
    expectTypeOf<NoFilters<SdkDescribeNetworkInterfacesRequest>>().toExtend<NoFilters<DescribeNetworkInterfacesRequest>>();
    expectTypeOf<SdkDeleteNetworkInterfaceRequest>().toExtend<DeleteNetworkInterfaceRequest>();
  });
});
