/**
 * Every action the model implements, by AWS action name, and every timer handler by kind.
 * Rooms define actions; this file only lists them, so adding an action is one line here.
 *
 * @module
 */
import { connectionTimerHandlers } from './connections/transition.js';
import type { TimerHandler } from './core/action.js';
import { describeAvailabilityZones } from './geo/describe-availability-zones.js';
import { createSubnet } from './network/actions/create-subnet.js';
import { createVpc } from './network/actions/create-vpc.js';
import { describeVpcs } from './network/actions/describe-vpcs.js';
import { deleteVpc } from './network/actions/delete-vpc.js';
import { modifyVpcAttribute } from './network/actions/modify-vpc-attribute.js';
import { describeVpcAttribute } from './network/actions/describe-vpc-attribute.js';
import { describeSubnets } from './network/actions/describe-subnets.js';
import { deleteSubnet } from './network/actions/delete-subnet.js';
import { createSecurityGroup } from './network/actions/create-security-group.js';
import { describeSecurityGroups } from './network/actions/describe-security-groups.js';
import { authorizeSecurityGroupIngress } from './network/actions/authorize-security-group-ingress.js';
import { revokeSecurityGroupIngress } from './network/actions/revoke-security-group-ingress.js';
import { deleteSecurityGroup } from './network/actions/delete-security-group.js';
import { createVpcPeeringConnection } from './network/actions/create-vpc-peering-connection.js';
import { acceptVpcPeeringConnection } from './network/actions/accept-vpc-peering-connection.js';
import { rejectVpcPeeringConnection } from './network/actions/reject-vpc-peering-connection.js';
import { deleteVpcPeeringConnection } from './network/actions/delete-vpc-peering-connection.js';
import { describeVpcPeeringConnections } from './network/actions/describe-vpc-peering-connections.js';
import { describeNetworkInterfaces } from './network/actions/describe-network-interfaces.js';
import { deleteNetworkInterface } from './network/actions/delete-network-interface.js';
import { peeringTimerHandlers } from './network/peering-timers.js';
import { createTags } from './tagging/actions/create-tags.js';
import { deleteTags } from './tagging/actions/delete-tags.js';
import { describeTags as describeEc2Tags } from './tagging/actions/describe-tags.js';
import { createVpcEndpointServiceConfiguration } from './endpoint-services/actions/create-vpc-endpoint-service-configuration.js';
import { modifyVpcEndpointServiceConfiguration } from './endpoint-services/actions/modify-vpc-endpoint-service-configuration.js';
import { deleteVpcEndpointServiceConfigurations } from './endpoint-services/actions/delete-vpc-endpoint-service-configurations.js';
import { describeVpcEndpointServiceConfigurations } from './endpoint-services/actions/describe-vpc-endpoint-service-configurations.js';
import { modifyVpcEndpointServicePermissions } from './endpoint-services/actions/modify-vpc-endpoint-service-permissions.js';
import { describeVpcEndpointServicePermissions } from './endpoint-services/actions/describe-vpc-endpoint-service-permissions.js';
import { describeVpcEndpointServices } from './endpoint-services/actions/describe-vpc-endpoint-services.js';
import { acceptVpcEndpointConnections } from './endpoint-services/actions/accept-vpc-endpoint-connections.js';
import { rejectVpcEndpointConnections } from './endpoint-services/actions/reject-vpc-endpoint-connections.js';
import { describeVpcEndpointConnections } from './endpoint-services/actions/describe-vpc-endpoint-connections.js';
import { startVpcEndpointServicePrivateDnsVerification } from './endpoint-services/actions/start-vpc-endpoint-service-private-dns-verification.js';
import { createVpcEndpointConnectionNotification } from './endpoint-services/actions/create-vpc-endpoint-connection-notification.js';
import { describeVpcEndpointConnectionNotifications } from './endpoint-services/actions/describe-vpc-endpoint-connection-notifications.js';
import { modifyVpcEndpointConnectionNotification } from './endpoint-services/actions/modify-vpc-endpoint-connection-notification.js';
import { deleteVpcEndpointConnectionNotifications } from './endpoint-services/actions/delete-vpc-endpoint-connection-notifications.js';
import { modifyVpcEndpointServicePayerResponsibility } from './endpoint-services/actions/modify-vpc-endpoint-service-payer-responsibility.js';
import { endpointServiceTimerHandlers } from './endpoint-services/timers.js';
import { createVpcEndpoint } from './endpoints/actions/create-vpc-endpoint.js';
import { deleteVpcEndpoints } from './endpoints/actions/delete-vpc-endpoints.js';
import { describeVpcEndpoints } from './endpoints/actions/describe-vpc-endpoints.js';
import { modifyVpcEndpoint } from './endpoints/actions/modify-vpc-endpoint.js';
import { createLoadBalancer } from './load-balancers/actions/create-load-balancer.js';
import { describeLoadBalancers } from './load-balancers/actions/describe-load-balancers.js';
import { deleteLoadBalancer } from './load-balancers/actions/delete-load-balancer.js';
import { setSubnets } from './load-balancers/actions/set-subnets.js';
import { setSecurityGroups } from './load-balancers/actions/set-security-groups.js';
import { describeLoadBalancerAttributes } from './load-balancers/actions/describe-load-balancer-attributes.js';
import { modifyLoadBalancerAttributes } from './load-balancers/actions/modify-load-balancer-attributes.js';
import { createTargetGroup } from './load-balancers/actions/create-target-group.js';
import { describeTargetGroups } from './load-balancers/actions/describe-target-groups.js';
import { deleteTargetGroup } from './load-balancers/actions/delete-target-group.js';
import { registerTargets } from './load-balancers/actions/register-targets.js';
import { deregisterTargets } from './load-balancers/actions/deregister-targets.js';
import { describeTargetHealth } from './load-balancers/actions/describe-target-health.js';
import { describeTargetGroupAttributes } from './load-balancers/actions/describe-target-group-attributes.js';
import { modifyTargetGroupAttributes } from './load-balancers/actions/modify-target-group-attributes.js';
import { createListener } from './load-balancers/actions/create-listener.js';
import { describeListeners } from './load-balancers/actions/describe-listeners.js';
import { deleteListener } from './load-balancers/actions/delete-listener.js';
import { addTags } from './load-balancers/actions/add-tags.js';
import { removeTags } from './load-balancers/actions/remove-tags.js';
import { describeTags } from './load-balancers/actions/describe-tags.js';
import { loadBalancerTimerHandlers } from './load-balancers/lifecycle.js';
import { describeRouteTables } from './network/actions/describe-route-tables.js';
import { describePrefixLists } from './aws-services/actions/describe-prefix-lists.js';

/** EC2 actions served by `cloud.ec2(identity)`. */
export const ec2Actions = {
  DescribeAvailabilityZones: describeAvailabilityZones,
  CreateVpc: createVpc,
  CreateSubnet: createSubnet,
  DescribeVpcs: describeVpcs,
  DeleteVpc: deleteVpc,
  ModifyVpcAttribute: modifyVpcAttribute,
  DescribeVpcAttribute: describeVpcAttribute,
  DescribeSubnets: describeSubnets,
  DeleteSubnet: deleteSubnet,
  CreateSecurityGroup: createSecurityGroup,
  DescribeSecurityGroups: describeSecurityGroups,
  AuthorizeSecurityGroupIngress: authorizeSecurityGroupIngress,
  RevokeSecurityGroupIngress: revokeSecurityGroupIngress,
  DeleteSecurityGroup: deleteSecurityGroup,
  CreateVpcPeeringConnection: createVpcPeeringConnection,
  AcceptVpcPeeringConnection: acceptVpcPeeringConnection,
  RejectVpcPeeringConnection: rejectVpcPeeringConnection,
  DeleteVpcPeeringConnection: deleteVpcPeeringConnection,
  DescribeVpcPeeringConnections: describeVpcPeeringConnections,
  DescribeNetworkInterfaces: describeNetworkInterfaces,
  DeleteNetworkInterface: deleteNetworkInterface,
  CreateTags: createTags,
  DeleteTags: deleteTags,
  DescribeTags: describeEc2Tags,
  CreateVpcEndpoint: createVpcEndpoint,
  DescribeVpcEndpoints: describeVpcEndpoints,
  ModifyVpcEndpoint: modifyVpcEndpoint,
  DeleteVpcEndpoints: deleteVpcEndpoints,
  CreateVpcEndpointServiceConfiguration: createVpcEndpointServiceConfiguration,
  ModifyVpcEndpointServiceConfiguration: modifyVpcEndpointServiceConfiguration,
  DeleteVpcEndpointServiceConfigurations: deleteVpcEndpointServiceConfigurations,
  DescribeVpcEndpointServiceConfigurations: describeVpcEndpointServiceConfigurations,
  ModifyVpcEndpointServicePermissions: modifyVpcEndpointServicePermissions,
  DescribeVpcEndpointServicePermissions: describeVpcEndpointServicePermissions,
  DescribeVpcEndpointServices: describeVpcEndpointServices,
  AcceptVpcEndpointConnections: acceptVpcEndpointConnections,
  RejectVpcEndpointConnections: rejectVpcEndpointConnections,
  DescribeVpcEndpointConnections: describeVpcEndpointConnections,
  StartVpcEndpointServicePrivateDnsVerification: startVpcEndpointServicePrivateDnsVerification,
  CreateVpcEndpointConnectionNotification: createVpcEndpointConnectionNotification,
  DescribeVpcEndpointConnectionNotifications: describeVpcEndpointConnectionNotifications,
  ModifyVpcEndpointConnectionNotification: modifyVpcEndpointConnectionNotification,
  DeleteVpcEndpointConnectionNotifications: deleteVpcEndpointConnectionNotifications,
  ModifyVpcEndpointServicePayerResponsibility: modifyVpcEndpointServicePayerResponsibility,
  DescribeRouteTables: describeRouteTables,
  DescribePrefixLists: describePrefixLists,
} as const;

/** ELBv2 actions served by `cloud.elbv2(identity)`. */
export const elbv2Actions = {
  CreateLoadBalancer: createLoadBalancer,
  DescribeLoadBalancers: describeLoadBalancers,
  DeleteLoadBalancer: deleteLoadBalancer,
  SetSubnets: setSubnets,
  SetSecurityGroups: setSecurityGroups,
  DescribeLoadBalancerAttributes: describeLoadBalancerAttributes,
  ModifyLoadBalancerAttributes: modifyLoadBalancerAttributes,
  CreateTargetGroup: createTargetGroup,
  DescribeTargetGroups: describeTargetGroups,
  DeleteTargetGroup: deleteTargetGroup,
  RegisterTargets: registerTargets,
  DeregisterTargets: deregisterTargets,
  DescribeTargetHealth: describeTargetHealth,
  DescribeTargetGroupAttributes: describeTargetGroupAttributes,
  ModifyTargetGroupAttributes: modifyTargetGroupAttributes,
  CreateListener: createListener,
  DescribeListeners: describeListeners,
  DeleteListener: deleteListener,
  AddTags: addTags,
  RemoveTags: removeTags,
  DescribeTags: describeTags,
} as const;

/** Timer handlers by kind (asynchronous lifecycle steps). */
export const timerHandlers: Readonly<Record<string, TimerHandler>> = {
  ...connectionTimerHandlers,
  ...peeringTimerHandlers,
  ...endpointServiceTimerHandlers,
  ...loadBalancerTimerHandlers,
};
