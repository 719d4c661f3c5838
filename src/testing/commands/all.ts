/**
 * Every built-in command, with how often each is drawn: the control-plane actions of both
 * APIs, the data plane, the model controls, describes, and deliberate misuse.
 *
 * @module
 */
import type fc from 'fast-check';
import { awsServiceEndpointCommand } from './aws-service-endpoint.js';
import { describeCommand } from './describe.js';
import type { FuzzCommand } from './define.js';
import { answerConnectionCommand } from './connections.js';
import { advanceClockCommand, identityPolicyCommand, onPremisesCommand } from './controls.js';
import { createEndpointCommand } from './create-endpoint.js';
import { closeCommand, connectCommand } from './data-plane.js';
import { createServiceCommand, deleteServiceCommand, modifyServiceCommand } from './endpoint-service.js';
import { availabilityZoneFaultCommand, targetHealthCommand } from './faults.js';
import { foreignResourceCommand } from './foreign.js';
import { elbTagsCommand } from './elb-tags.js';
import { ec2TagsCommand } from './ec2-tags.js';
import { createListenerCommand, deleteListenerCommand } from './listener.js';
import { createLoadBalancerCommand, deleteLoadBalancerCommand, modifyLoadBalancerAttributesCommand, setSubnetsCommand } from './load-balancer.js';
import { setSecurityGroupsCommand } from './load-balancer-security-groups.js';
import { malformedInputCommand } from './malformed.js';
import { deleteEndpointCommand, modifyEndpointCommand } from './modify-endpoint.js';
import { changeNotificationCommand, createNotificationCommand, payerResponsibilityCommand } from './notifications.js';
import { answerPeeringCommand, createPeeringCommand } from './peering.js';
import { modifyPermissionsCommand } from './permissions.js';
import { deleteNetworkInterfaceCommand, describeNetworkInterfacesCommand } from './network-interface.js';
import { privateDnsCommand } from './private-dns.js';
import { authorizeIngressCommand, createSecurityGroupCommand, deleteSecurityGroupCommand, revokeIngressCommand } from './security-group.js';
import { createSubnetCommand, deleteSubnetCommand } from './subnet.js';
import { createTargetGroupCommand, deleteTargetGroupCommand, deregisterTargetsCommand, modifyTargetGroupAttributesCommand, registerTargetsCommand } from './target-group.js';
import { createVpcCommand, deleteVpcCommand, modifyVpcAttributeCommand } from './vpc.js';

/** A built-in command and how many times more often than the rarest it is drawn. */
export interface WeightedCommand {
  name: string;
  weight: number;
  command: fc.Arbitrary<FuzzCommand>;
}

/**
 * The built-in commands with their weights (PrivateLink and data-plane commands most often).
 *
 * @example
 * builtInCommands().map((c) => `${c.name} x${c.weight}`);
 */
export function builtInCommands(): WeightedCommand[] {
  const w = (name: string, weight: number, command: fc.Arbitrary<FuzzCommand>): WeightedCommand => ({ name, weight, command });
  return [
    w('CreateVpc', 1, createVpcCommand()),
    w('DeleteVpc', 1, deleteVpcCommand()),
    w('ModifyVpcAttribute', 2, modifyVpcAttributeCommand()),
    w('CreateSubnet', 2, createSubnetCommand()),
    w('DeleteSubnet', 1, deleteSubnetCommand()),
    w('CreateSecurityGroup', 1, createSecurityGroupCommand()),
    w('AuthorizeSecurityGroupIngress', 1, authorizeIngressCommand()),
    w('RevokeSecurityGroupIngress', 1, revokeIngressCommand()),
    w('DeleteSecurityGroup', 1, deleteSecurityGroupCommand()),
    w('CreateVpcPeeringConnection', 2, createPeeringCommand()),
    w('AnswerVpcPeeringConnection', 2, answerPeeringCommand()),
    w('CreateLoadBalancer', 2, createLoadBalancerCommand()),
    w('DeleteLoadBalancer', 1, deleteLoadBalancerCommand()),
    w('SetSubnets', 1, setSubnetsCommand()),
    w('SetSecurityGroups', 1, setSecurityGroupsCommand()),
    w('ModifyLoadBalancerAttributes', 1, modifyLoadBalancerAttributesCommand()),
    w('CreateTargetGroup', 1, createTargetGroupCommand()),
    w('RegisterTargets', 2, registerTargetsCommand()),
    w('DeregisterTargets', 1, deregisterTargetsCommand()),
    w('ModifyTargetGroupAttributes', 1, modifyTargetGroupAttributesCommand()),
    w('DeleteTargetGroup', 1, deleteTargetGroupCommand()),
    w('CreateListener', 2, createListenerCommand()),
    w('DeleteListener', 1, deleteListenerCommand()),
    w('ElbTags', 2, elbTagsCommand()),
    w('Ec2Tags', 2, ec2TagsCommand()),
    w('CreateVpcEndpointServiceConfiguration', 2, createServiceCommand()),
    w('ModifyVpcEndpointServiceConfiguration', 2, modifyServiceCommand()),
    w('DeleteVpcEndpointServiceConfigurations', 1, deleteServiceCommand()),
    w('ModifyVpcEndpointServicePermissions', 3, modifyPermissionsCommand()),
    w('AnswerVpcEndpointConnection', 4, answerConnectionCommand()),
    w('PrivateDns', 3, privateDnsCommand()),
    w('CreateVpcEndpointConnectionNotification', 2, createNotificationCommand()),
    w('ChangeVpcEndpointConnectionNotification', 2, changeNotificationCommand()),
    w('ModifyVpcEndpointServicePayerResponsibility', 1, payerResponsibilityCommand()),
    w('CreateVpcEndpoint', 6, createEndpointCommand()),
    w('CreateVpcEndpointToAwsService', 2, awsServiceEndpointCommand()),
    w('ModifyVpcEndpoint', 2, modifyEndpointCommand()),
    w('DeleteVpcEndpoints', 2, deleteEndpointCommand()),
    w('Connect', 14, connectCommand()),
    w('Close', 3, closeCommand()),
    w('AvailabilityZoneFault', 2, availabilityZoneFaultCommand()),
    w('SetTargetHealth', 2, targetHealthCommand()),
    w('AdvanceClock', 2, advanceClockCommand()),
    w('OnPremisesNetwork', 2, onPremisesCommand()),
    w('IdentityPolicy', 1, identityPolicyCommand()),
    w('Describe', 3, describeCommand()),
    w('DescribeNetworkInterfaces', 2, describeNetworkInterfacesCommand()),
    w('DeleteNetworkInterface', 1, deleteNetworkInterfaceCommand()),
    w('ForeignResource', 2, foreignResourceCommand()),
    w('MalformedInput', 2, malformedInputCommand()),
  ];
}
