/**
 * The endpoint-services facade types against the SDK v3 types: every request is a valid SDK
 * input and every response something the SDK declares.
 */
import type {
  CreateVpcEndpointServiceConfigurationRequest as SdkCreateVpcEndpointServiceConfigurationRequest,
  CreateVpcEndpointServiceConfigurationResult as SdkCreateVpcEndpointServiceConfigurationResult,
  ModifyVpcEndpointServiceConfigurationRequest as SdkModifyVpcEndpointServiceConfigurationRequest,
  ModifyVpcEndpointServiceConfigurationResult as SdkModifyVpcEndpointServiceConfigurationResult,
  DeleteVpcEndpointServiceConfigurationsRequest as SdkDeleteVpcEndpointServiceConfigurationsRequest,
  DeleteVpcEndpointServiceConfigurationsResult as SdkDeleteVpcEndpointServiceConfigurationsResult,
  DescribeVpcEndpointServiceConfigurationsRequest as SdkDescribeVpcEndpointServiceConfigurationsRequest,
  DescribeVpcEndpointServiceConfigurationsResult as SdkDescribeVpcEndpointServiceConfigurationsResult,
  ModifyVpcEndpointServicePermissionsRequest as SdkModifyVpcEndpointServicePermissionsRequest,
  ModifyVpcEndpointServicePermissionsResult as SdkModifyVpcEndpointServicePermissionsResult,
  DescribeVpcEndpointServicePermissionsRequest as SdkDescribeVpcEndpointServicePermissionsRequest,
  DescribeVpcEndpointServicePermissionsResult as SdkDescribeVpcEndpointServicePermissionsResult,
  DescribeVpcEndpointServicesRequest as SdkDescribeVpcEndpointServicesRequest,
  DescribeVpcEndpointServicesResult as SdkDescribeVpcEndpointServicesResult,
  AcceptVpcEndpointConnectionsRequest as SdkAcceptVpcEndpointConnectionsRequest,
  AcceptVpcEndpointConnectionsResult as SdkAcceptVpcEndpointConnectionsResult,
  RejectVpcEndpointConnectionsRequest as SdkRejectVpcEndpointConnectionsRequest,
  RejectVpcEndpointConnectionsResult as SdkRejectVpcEndpointConnectionsResult,
  DescribeVpcEndpointConnectionsRequest as SdkDescribeVpcEndpointConnectionsRequest,
  DescribeVpcEndpointConnectionsResult as SdkDescribeVpcEndpointConnectionsResult,
  StartVpcEndpointServicePrivateDnsVerificationRequest as SdkStartVpcEndpointServicePrivateDnsVerificationRequest,
  StartVpcEndpointServicePrivateDnsVerificationResult as SdkStartVpcEndpointServicePrivateDnsVerificationResult,
  CreateVpcEndpointConnectionNotificationRequest as SdkCreateVpcEndpointConnectionNotificationRequest,
  CreateVpcEndpointConnectionNotificationResult as SdkCreateVpcEndpointConnectionNotificationResult,
  DescribeVpcEndpointConnectionNotificationsRequest as SdkDescribeVpcEndpointConnectionNotificationsRequest,
  DescribeVpcEndpointConnectionNotificationsResult as SdkDescribeVpcEndpointConnectionNotificationsResult,
  ModifyVpcEndpointConnectionNotificationRequest as SdkModifyVpcEndpointConnectionNotificationRequest,
  ModifyVpcEndpointConnectionNotificationResult as SdkModifyVpcEndpointConnectionNotificationResult,
  DeleteVpcEndpointConnectionNotificationsRequest as SdkDeleteVpcEndpointConnectionNotificationsRequest,
  DeleteVpcEndpointConnectionNotificationsResult as SdkDeleteVpcEndpointConnectionNotificationsResult,
  ModifyVpcEndpointServicePayerResponsibilityRequest as SdkModifyVpcEndpointServicePayerResponsibilityRequest,
  ModifyVpcEndpointServicePayerResponsibilityResult as SdkModifyVpcEndpointServicePayerResponsibilityResult,
} from '@aws-sdk/client-ec2';
import { describe, expectTypeOf, it } from 'vitest';
import type {
  CreateVpcEndpointServiceConfigurationRequest,
  CreateVpcEndpointServiceConfigurationResult,
  ModifyVpcEndpointServiceConfigurationRequest,
  ModifyVpcEndpointServiceConfigurationResult,
  DeleteVpcEndpointServiceConfigurationsRequest,
  DeleteVpcEndpointServiceConfigurationsResult,
  DescribeVpcEndpointServiceConfigurationsRequest,
  DescribeVpcEndpointServiceConfigurationsResult,
  ModifyVpcEndpointServicePermissionsRequest,
  ModifyVpcEndpointServicePermissionsResult,
  DescribeVpcEndpointServicePermissionsRequest,
  DescribeVpcEndpointServicePermissionsResult,
  DescribeVpcEndpointServicesRequest,
  DescribeVpcEndpointServicesResult,
  AcceptVpcEndpointConnectionsRequest,
  AcceptVpcEndpointConnectionsResult,
  RejectVpcEndpointConnectionsRequest,
  RejectVpcEndpointConnectionsResult,
  DescribeVpcEndpointConnectionsRequest,
  DescribeVpcEndpointConnectionsResult,
  StartVpcEndpointServicePrivateDnsVerificationRequest,
  StartVpcEndpointServicePrivateDnsVerificationResult,
  CreateVpcEndpointConnectionNotificationRequest,
  CreateVpcEndpointConnectionNotificationResult,
  DescribeVpcEndpointConnectionNotificationsRequest,
  DescribeVpcEndpointConnectionNotificationsResult,
  ModifyVpcEndpointConnectionNotificationRequest,
  ModifyVpcEndpointConnectionNotificationResult,
  DeleteVpcEndpointConnectionNotificationsRequest,
  DeleteVpcEndpointConnectionNotificationsResult,
  ModifyVpcEndpointServicePayerResponsibilityRequest,
  ModifyVpcEndpointServicePayerResponsibilityResult,
  VpcEndpointConnection,
} from '../../src/index.js';

describe('endpoint-services request and response types conform to the SDK', () => {
  it('every action', () => {
    expectTypeOf<CreateVpcEndpointServiceConfigurationRequest>().toExtend<SdkCreateVpcEndpointServiceConfigurationRequest>();
    expectTypeOf<CreateVpcEndpointServiceConfigurationResult>().toExtend<SdkCreateVpcEndpointServiceConfigurationResult>();
    expectTypeOf<ModifyVpcEndpointServiceConfigurationRequest>().toExtend<SdkModifyVpcEndpointServiceConfigurationRequest>();
    expectTypeOf<ModifyVpcEndpointServiceConfigurationResult>().toExtend<SdkModifyVpcEndpointServiceConfigurationResult>();
    expectTypeOf<DeleteVpcEndpointServiceConfigurationsRequest>().toExtend<SdkDeleteVpcEndpointServiceConfigurationsRequest>();
    expectTypeOf<DeleteVpcEndpointServiceConfigurationsResult>().toExtend<SdkDeleteVpcEndpointServiceConfigurationsResult>();
    expectTypeOf<DescribeVpcEndpointServiceConfigurationsRequest>().toExtend<SdkDescribeVpcEndpointServiceConfigurationsRequest>();
    expectTypeOf<DescribeVpcEndpointServiceConfigurationsResult>().toExtend<SdkDescribeVpcEndpointServiceConfigurationsResult>();
    expectTypeOf<ModifyVpcEndpointServicePermissionsRequest>().toExtend<SdkModifyVpcEndpointServicePermissionsRequest>();
    expectTypeOf<ModifyVpcEndpointServicePermissionsResult>().toExtend<SdkModifyVpcEndpointServicePermissionsResult>();
    expectTypeOf<DescribeVpcEndpointServicePermissionsRequest>().toExtend<SdkDescribeVpcEndpointServicePermissionsRequest>();
    expectTypeOf<DescribeVpcEndpointServicePermissionsResult>().toExtend<SdkDescribeVpcEndpointServicePermissionsResult>();
    expectTypeOf<DescribeVpcEndpointServicesRequest>().toExtend<SdkDescribeVpcEndpointServicesRequest>();
    expectTypeOf<DescribeVpcEndpointServicesResult>().toExtend<SdkDescribeVpcEndpointServicesResult>();
    expectTypeOf<AcceptVpcEndpointConnectionsRequest>().toExtend<SdkAcceptVpcEndpointConnectionsRequest>();
    expectTypeOf<AcceptVpcEndpointConnectionsResult>().toExtend<SdkAcceptVpcEndpointConnectionsResult>();
    expectTypeOf<RejectVpcEndpointConnectionsRequest>().toExtend<SdkRejectVpcEndpointConnectionsRequest>();
    expectTypeOf<RejectVpcEndpointConnectionsResult>().toExtend<SdkRejectVpcEndpointConnectionsResult>();
    expectTypeOf<DescribeVpcEndpointConnectionsRequest>().toExtend<SdkDescribeVpcEndpointConnectionsRequest>();
    // VpcEndpointState is lowerCamel on the wire (docs/aws-behaviour.md, States) where the SDK enum is capitalised:
    expectTypeOf<DescribeVpcEndpointConnectionsResult['VpcEndpointConnections'][number]>().toEqualTypeOf<VpcEndpointConnection>();
    expectTypeOf<Omit<VpcEndpointConnection, 'VpcEndpointState'>>().toExtend<NonNullable<SdkDescribeVpcEndpointConnectionsResult['VpcEndpointConnections']>[number]>();
    expectTypeOf<StartVpcEndpointServicePrivateDnsVerificationRequest>().toExtend<SdkStartVpcEndpointServicePrivateDnsVerificationRequest>();
    expectTypeOf<StartVpcEndpointServicePrivateDnsVerificationResult>().toExtend<SdkStartVpcEndpointServicePrivateDnsVerificationResult>();
    expectTypeOf<CreateVpcEndpointConnectionNotificationRequest>().toExtend<SdkCreateVpcEndpointConnectionNotificationRequest>();
    expectTypeOf<CreateVpcEndpointConnectionNotificationResult>().toExtend<SdkCreateVpcEndpointConnectionNotificationResult>();
    expectTypeOf<DescribeVpcEndpointConnectionNotificationsRequest>().toExtend<SdkDescribeVpcEndpointConnectionNotificationsRequest>();
    expectTypeOf<DescribeVpcEndpointConnectionNotificationsResult>().toExtend<SdkDescribeVpcEndpointConnectionNotificationsResult>();
    expectTypeOf<ModifyVpcEndpointConnectionNotificationRequest>().toExtend<SdkModifyVpcEndpointConnectionNotificationRequest>();
    expectTypeOf<ModifyVpcEndpointConnectionNotificationResult>().toExtend<SdkModifyVpcEndpointConnectionNotificationResult>();
    expectTypeOf<DeleteVpcEndpointConnectionNotificationsRequest>().toExtend<SdkDeleteVpcEndpointConnectionNotificationsRequest>();
    expectTypeOf<DeleteVpcEndpointConnectionNotificationsResult>().toExtend<SdkDeleteVpcEndpointConnectionNotificationsResult>();
    expectTypeOf<ModifyVpcEndpointServicePayerResponsibilityRequest>().toExtend<SdkModifyVpcEndpointServicePayerResponsibilityRequest>();
    expectTypeOf<ModifyVpcEndpointServicePayerResponsibilityResult>().toExtend<SdkModifyVpcEndpointServicePayerResponsibilityResult>();
  });
});
