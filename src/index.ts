/**
 * privatelink-model: a deterministic, in-memory model of AWS PrivateLink endpoint services.
 *
 * @example
 * import { createCloud } from 'privatelink-model';
 * const cloud = createCloud({ seed: 42 });
 * cloud.ec2({ accountId: '111111111111', region: 'us-east-1' }).describeAvailabilityZones();
 *
 * @module privatelink-model
 */
export { createCloud } from './cloud.js';
export type { Cloud, CloudListener, FaultControls } from './cloud.js';
export type { AccountOptions, CloudOptions } from './world/create-world.js';
export { CloudError, isCloudError } from './core/errors.js';
export type { CloudErrorCode } from './core/errors.js';
export type { Identity, Caller } from './core/identity.js';
export type { SimulatedClock, Timings, EpochMs } from './core/clock.js';
export { INSTANT_TIMINGS, REALISTIC_TIMINGS, DEFAULT_START_TIME, MAX_EPOCH_MS } from './core/clock.js';
export { parseArn, formatArn, parsePrincipal, accountRootArn } from './core/arn.js';
export type { Arn, Principal, PrincipalType } from './core/arn.js';
export type { Tag, TagToDelete } from './core/tags.js';
export { MAX_TAGS_PER_RESOURCE, MAX_TAG_KEY_LENGTH, MAX_TAG_VALUE_LENGTH } from './core/tags.js';
export type { Quotas, QuotaName, QuotaSettings, AccountUsage } from './quotas/model.js';
export { DEFAULT_QUOTAS, UNLIMITED_QUOTAS, QUOTA_NAMES } from './quotas/defaults.js';
export { quotasOf } from './quotas/resolve.js';
export type { Filter } from './core/params.js';
export { REGIONS, PARTITIONS, findRegion, partitionOf, regionNames } from './geo/regions.js';
export type { Partition, RegionInfo } from './geo/regions.js';
export { accountZones, accountZoneIds, commonZoneIds, zoneIdOfName, zoneNameOfId } from './geo/zones.js';
export type { AccountZone } from './geo/zones.js';
export type {
  AvailabilityZone,
  DescribeAvailabilityZonesRequest,
  DescribeAvailabilityZonesResult,
} from './geo/describe-availability-zones.js';
export type { CreateVpcEndpointRequest, CreateVpcEndpointResult, VpcEndpointType } from './endpoints/actions/create-vpc-endpoint.js';
export type { DescribeVpcEndpointsRequest, DescribeVpcEndpointsResult } from './endpoints/actions/describe-vpc-endpoints.js';
export type { ModifyVpcEndpointRequest, ModifyVpcEndpointResult } from './endpoints/actions/modify-vpc-endpoint.js';
export type { DeleteVpcEndpointsRequest, DeleteVpcEndpointsResult } from './endpoints/actions/delete-vpc-endpoints.js';
export type { VpcEndpoint } from './endpoints/render.js';
export type { DnsEntry, ParsedEndpointDnsName } from './endpoints/dns-entries.js';
export { parseEndpointDnsName } from './endpoints/dns-entries.js';
export type { CreateVpcEndpointServiceConfigurationRequest, CreateVpcEndpointServiceConfigurationResult } from './endpoint-services/actions/create-vpc-endpoint-service-configuration.js';
export type { ModifyVpcEndpointServiceConfigurationRequest, ModifyVpcEndpointServiceConfigurationResult } from './endpoint-services/actions/modify-vpc-endpoint-service-configuration.js';
export type { DeleteVpcEndpointServiceConfigurationsRequest, DeleteVpcEndpointServiceConfigurationsResult } from './endpoint-services/actions/delete-vpc-endpoint-service-configurations.js';
export type { DescribeVpcEndpointServiceConfigurationsRequest, DescribeVpcEndpointServiceConfigurationsResult } from './endpoint-services/actions/describe-vpc-endpoint-service-configurations.js';
export type { ModifyVpcEndpointServicePermissionsRequest, ModifyVpcEndpointServicePermissionsResult } from './endpoint-services/actions/modify-vpc-endpoint-service-permissions.js';
export type { DescribeVpcEndpointServicePermissionsRequest, DescribeVpcEndpointServicePermissionsResult } from './endpoint-services/actions/describe-vpc-endpoint-service-permissions.js';
export type { DescribeVpcEndpointServicesRequest, DescribeVpcEndpointServicesResult } from './endpoint-services/actions/describe-vpc-endpoint-services.js';
export type { AcceptVpcEndpointConnectionsRequest, AcceptVpcEndpointConnectionsResult } from './endpoint-services/actions/accept-vpc-endpoint-connections.js';
export type { RejectVpcEndpointConnectionsRequest, RejectVpcEndpointConnectionsResult } from './endpoint-services/actions/reject-vpc-endpoint-connections.js';
export type { DescribeVpcEndpointConnectionsRequest, DescribeVpcEndpointConnectionsResult } from './endpoint-services/actions/describe-vpc-endpoint-connections.js';
export type { StartVpcEndpointServicePrivateDnsVerificationRequest, StartVpcEndpointServicePrivateDnsVerificationResult } from './endpoint-services/actions/start-vpc-endpoint-service-private-dns-verification.js';
export type { CreateVpcEndpointConnectionNotificationRequest, CreateVpcEndpointConnectionNotificationResult } from './endpoint-services/actions/create-vpc-endpoint-connection-notification.js';
export type { DescribeVpcEndpointConnectionNotificationsRequest, DescribeVpcEndpointConnectionNotificationsResult } from './endpoint-services/actions/describe-vpc-endpoint-connection-notifications.js';
export type { ModifyVpcEndpointConnectionNotificationRequest, ModifyVpcEndpointConnectionNotificationResult } from './endpoint-services/actions/modify-vpc-endpoint-connection-notification.js';
export type { DeleteVpcEndpointConnectionNotificationsRequest, DeleteVpcEndpointConnectionNotificationsResult } from './endpoint-services/actions/delete-vpc-endpoint-connection-notifications.js';
export type { ModifyVpcEndpointServicePayerResponsibilityRequest, ModifyVpcEndpointServicePayerResponsibilityResult } from './endpoint-services/actions/modify-vpc-endpoint-service-payer-responsibility.js';
export type { ServiceConfiguration, ServiceDetail, ServiceTypeDetail, PrivateDnsNameConfiguration } from './endpoint-services/render.js';
export type { VpcEndpointConnection } from './endpoint-services/connections.js';
export type { AllowedPrincipal } from './endpoint-services/permissions.js';
export type { ConnectionNotification } from './endpoint-services/notifications.js';
export type { UnsuccessfulItem } from './endpoint-services/unsuccessful.js';
export type { CreateVpcRequest, CreateVpcResult } from './network/actions/create-vpc.js';
export type { DescribeVpcsRequest, DescribeVpcsResult } from './network/actions/describe-vpcs.js';
export type { DescribeRouteTablesRequest, DescribeRouteTablesResult } from './network/actions/describe-route-tables.js';
export type { Route, RouteTable, RouteTableAssociation } from './network/route-tables.js';
export type { DescribePrefixListsRequest, DescribePrefixListsResult, PrefixList } from './aws-services/actions/describe-prefix-lists.js';
export { AWS_SERVICES, type AwsServiceEntry, type AwsServiceType } from './aws-services/catalogue.js';
export type { DeleteVpcRequest, DeleteVpcResult } from './network/actions/delete-vpc.js';
export type { ModifyVpcAttributeRequest, ModifyVpcAttributeResult, AttributeBooleanValue } from './network/actions/modify-vpc-attribute.js';
export type { DescribeVpcAttributeRequest, DescribeVpcAttributeResult } from './network/actions/describe-vpc-attribute.js';
export type { CreateSubnetRequest, CreateSubnetResult } from './network/actions/create-subnet.js';
export type { DescribeSubnetsRequest, DescribeSubnetsResult } from './network/actions/describe-subnets.js';
export type { DeleteSubnetRequest, DeleteSubnetResult } from './network/actions/delete-subnet.js';
export type { CreateSecurityGroupRequest, CreateSecurityGroupResult } from './network/actions/create-security-group.js';
export type { DescribeSecurityGroupsRequest, DescribeSecurityGroupsResult } from './network/actions/describe-security-groups.js';
export type { AuthorizeSecurityGroupIngressRequest, AuthorizeSecurityGroupIngressResult, IpPermissionInput } from './network/actions/authorize-security-group-ingress.js';
export type { RevokeSecurityGroupIngressRequest, RevokeSecurityGroupIngressResult, RevokedSecurityGroupRule } from './network/actions/revoke-security-group-ingress.js';
export type { DeleteSecurityGroupRequest, DeleteSecurityGroupResult } from './network/actions/delete-security-group.js';
export type { CreateVpcPeeringConnectionRequest, CreateVpcPeeringConnectionResult } from './network/actions/create-vpc-peering-connection.js';
export type { AcceptVpcPeeringConnectionRequest, AcceptVpcPeeringConnectionResult } from './network/actions/accept-vpc-peering-connection.js';
export type { RejectVpcPeeringConnectionRequest, RejectVpcPeeringConnectionResult } from './network/actions/reject-vpc-peering-connection.js';
export type { DeleteVpcPeeringConnectionRequest, DeleteVpcPeeringConnectionResult } from './network/actions/delete-vpc-peering-connection.js';
export type { DescribeVpcPeeringConnectionsRequest, DescribeVpcPeeringConnectionsResult } from './network/actions/describe-vpc-peering-connections.js';
export type { DescribeNetworkInterfacesRequest, DescribeNetworkInterfacesResult } from './network/actions/describe-network-interfaces.js';
export type { DeleteNetworkInterfaceRequest, DeleteNetworkInterfaceResult } from './network/actions/delete-network-interface.js';
export type { NetworkInterface, NetworkInterfaceAttachment, NetworkInterfacePrivateIpAddress, GroupIdentifier } from './network/interface-render.js';
export type { CreateTagsRequest, CreateTagsResult } from './tagging/actions/create-tags.js';
export type { DeleteTagsRequest, DeleteTagsResult } from './tagging/actions/delete-tags.js';
export type { DescribeTagsRequest, DescribeTagsResult, TagDescription } from './tagging/actions/describe-tags.js';
export type { TaggableResourceType } from './tagging/kinds.js';
export type { Vpc, Subnet } from './network/render.js';
export type { SecurityGroup, IpPermission, SecurityGroupRuleResponse } from './network/security-group-render.js';
export type { VpcPeeringConnection, VpcPeeringConnectionVpcInfo, VpcPeeringConnectionOptionsDescription } from './network/peering-render.js';
export type { VpcAttributeName } from './network/vpc-attributes.js';
export type { NetworkControls, AttachOnPremisesNetworkInput, AttachOnPremisesNetworkOutput, DetachOnPremisesNetworkInput } from './network/on-premises.js';
export type { VpcReachability, NetworkSource } from './network/reachability.js';
export type { SecurityGroupSource } from './network/security-group-admits.js';
export type { Ec2Facade, Elbv2Facade, Facade, FacadeMethod } from './facade/facade.js';
export { ec2Actions, elbv2Actions } from './registry.js';
export type { World, RegionState, AccountRecord, PublicDnsRecord } from './world/world.js';
export type { DomainEvent } from './world/events.js';
export type { PublicDns } from './controls/public-dns.js';
export type { IamControl } from './controls/iam.js';
export type { PolicyDocument, PolicyStatement, ConditionOperator } from './iam/policy.js';
export type * from './network/model.js';
export type * from './load-balancers/model.js';
export type { TargetRef, SettableTargetHealth } from './load-balancers/target-health-control.js';
export type * from './endpoint-services/model.js';
export type * from './endpoints/model.js';
export type { Timer, TimerQueue } from './world/timers.js';
export type { Table, TableBranch, TableLeaf, TableNode } from './core/table.js';
export type {
  Connection,
  ConnectionFilter,
  ConnectionPath,
  ConnectionSource,
  ConnectionTarget,
  ConnectFailureReason,
  ConnectRequest,
  ConnectResult,
  DataTransferSummary,
  OnPremisesSource,
  SubnetSource,
} from './data-plane/types.js';
export type { DataPlane, DataPlaneOptions } from './data-plane/engine.js';
export type { ActionDefinition, WorldContext } from './core/action.js';
export type { PortAllocator } from './data-plane/port-allocator.js';
export type { PortKeyHandle, PortTable, PortTableShape } from './data-plane/port-table.js';
export type { DnsOptionsSpecification, EndpointOptions, IpAddressType } from './endpoints/actions/endpoint-options.js';
export type { SecurityGroupIdentifier } from './endpoints/render.js';
export type { BaseConditionOperator } from './iam/policy.js';
export type { AddTagsInput, AddTagsOutput } from './load-balancers/actions/add-tags.js';
export type { CreateListenerInput, CreateListenerOutput } from './load-balancers/actions/create-listener.js';
export type { CreateLoadBalancerInput, CreateLoadBalancerOutput } from './load-balancers/actions/create-load-balancer.js';
export type { CreateTargetGroupInput, CreateTargetGroupOutput } from './load-balancers/actions/create-target-group.js';
export type { DeleteListenerInput, DeleteListenerOutput } from './load-balancers/actions/delete-listener.js';
export type { DeleteLoadBalancerInput, DeleteLoadBalancerOutput } from './load-balancers/actions/delete-load-balancer.js';
export type { DeleteTargetGroupInput, DeleteTargetGroupOutput } from './load-balancers/actions/delete-target-group.js';
export type { DeregisterTargetsInput, DeregisterTargetsOutput } from './load-balancers/actions/deregister-targets.js';
export type { DescribeListenersInput, DescribeListenersOutput } from './load-balancers/actions/describe-listeners.js';
export type { DescribeLoadBalancerAttributesInput, DescribeLoadBalancerAttributesOutput } from './load-balancers/actions/describe-load-balancer-attributes.js';
export type { DescribeLoadBalancersInput, DescribeLoadBalancersOutput } from './load-balancers/actions/describe-load-balancers.js';
export type { DescribeTagsInput, DescribeTagsOutput } from './load-balancers/actions/describe-tags.js';
export type { DescribeTargetGroupAttributesInput, TargetGroupAttributesOutput } from './load-balancers/actions/describe-target-group-attributes.js';
export type { DescribeTargetGroupsInput, DescribeTargetGroupsOutput } from './load-balancers/actions/describe-target-groups.js';
export type { DescribeTargetHealthInput, DescribeTargetHealthOutput } from './load-balancers/actions/describe-target-health.js';
export type { ModifyLoadBalancerAttributesInput, ModifyLoadBalancerAttributesOutput } from './load-balancers/actions/modify-load-balancer-attributes.js';
export type { ModifyTargetGroupAttributesInput } from './load-balancers/actions/modify-target-group-attributes.js';
export type { RegisterTargetsInput, RegisterTargetsOutput } from './load-balancers/actions/register-targets.js';
export type { RemoveTagsInput, RemoveTagsOutput } from './load-balancers/actions/remove-tags.js';
export type { SetSubnetsInput, SetSubnetsOutput } from './load-balancers/actions/set-subnets.js';
export type { SetSecurityGroupsInput, SetSecurityGroupsOutput } from './load-balancers/actions/set-security-groups.js';
export type { HealthCheckSettings } from './load-balancers/health-check.js';
export type { SubnetRequest } from './load-balancers/nodes.js';
export type { TargetInput } from './load-balancers/targets.js';
export type { AddressBook } from './network/address-book.js';
export type { RuleSpec } from './network/security-group-rules.js';
export type { Paging } from './queries/paginate.js';
export type { ConnectionNotificationEvent, DataPathCutEvent, EndpointStateChangedEvent, ResourceLifecycleEvent } from './world/events.js';
export type { ActionContext, Api } from './core/action.js';
export type { Params } from './core/params.js';
export type { PortAllocatorStats } from './data-plane/port-allocator.js';
export type { PortKey } from './data-plane/port-key-index.js';
export type { ConsumerPorts } from './data-plane/consumer-ports.js';
export type { DnsRecordIpType } from './endpoints/actions/endpoint-options.js';
export type { AuthorizationRequest } from './iam/evaluate.js';
export type { TargetHealthDescription } from './load-balancers/actions/describe-target-health.js';
export type { Listener, TargetGroup } from './load-balancers/render-target-group.js';
export type { LoadBalancer, LoadBalancerAvailabilityZone } from './load-balancers/render.js';
export type { ParamStyle } from './core/params.js';
export type { ForwardAction } from './load-balancers/render-target-group.js';
export type { LoadBalancerAddress } from './load-balancers/render.js';
export type { TargetHealth } from './load-balancers/target-health.js';
export { toMermaid } from './diagram/to-mermaid.js';
export type { ToMermaidOptions } from './diagram/to-mermaid.js';
export { lifecycleDiagram } from './diagram/lifecycle.js';
export type { LifecycleDiagramOptions } from './diagram/lifecycle.js';
export { endpointConnectionMachine, initialEndpointState } from './machines/endpoint-connection.js';
export type { EndpointConnectionEvent } from './machines/endpoint-connection.js';
export { endpointServiceMachine } from './machines/endpoint-service.js';
export type { EndpointServiceEvent } from './machines/endpoint-service.js';
export { loadBalancerMachine } from './machines/load-balancer.js';
export type { LoadBalancerLifecycleEvent } from './machines/load-balancer.js';
export { privateDnsVerificationMachine } from './machines/private-dns-verification.js';
export type { PrivateDnsVerificationEvent } from './machines/private-dns-verification.js';
