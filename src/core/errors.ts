/**
 * Every error the model raises, in one table: the AWS error code, the HTTP status and the
 * message worded as AWS words it. Rooms never build messages themselves; they call the
 * builder for the code they mean (immer's `utils/errors.ts` taught us this).
 *
 * @module
 */

/** The AWS error codes the model can answer with (EC2 and ELBv2 spellings). */
export type CloudErrorCode =
  // request shape (EC2)
  | 'MissingParameter'
  | 'InvalidParameterValue'
  | 'InvalidParameter'
  | 'InvalidParameterCombination'
  | 'InvalidFilter'
  | 'InvalidNextToken'
  | 'InvalidPaginationToken'
  | 'UnsupportedOperation'
  | 'IdempotentParameterMismatch'
  // authorization
  | 'DryRunOperation'
  | 'UnauthorizedOperation'
  | 'AccessDenied'
  // geography
  | 'InvalidZone.NotFound'
  | 'InvalidAvailabilityZone'
  // network
  | 'InvalidVpcID.NotFound'
  | 'InvalidRouteTableID.NotFound'
  | 'InvalidPrefixListID.NotFound'
  | 'InvalidSubnetID.NotFound'
  | 'InvalidSubnet.Conflict'
  | 'InvalidSubnet.Range'
  | 'InvalidVpc.Range'
  | 'InvalidGroup.NotFound'
  | 'InvalidGroup.Duplicate'
  | 'InvalidVpcPeeringConnectionID.NotFound'
  | 'InvalidStateTransition'
  | 'DependencyViolation'
  | 'InsufficientFreeAddressesInSubnet'
  | 'InvalidVpcID.Malformed'
  | 'InvalidSubnetID.Malformed'
  | 'InvalidGroupId.Malformed'
  | 'InvalidVpcPeeringConnectionId.Malformed'
  | 'InvalidPermission.Duplicate'
  | 'InvalidPermission.NotFound'
  | 'InvalidSecurityGroupRuleId.NotFound'
  | 'InvalidNetworkInterfaceID.NotFound'
  | 'InvalidNetworkInterfaceId.Malformed'
  | 'CannotDelete'
  | 'VPCIdNotSpecified'
  // endpoint services and endpoints
  | 'InvalidVpcEndpointServiceId.NotFound'
  | 'InvalidVpcEndpointService.NotFound'
  | 'InvalidVpcEndpointId.NotFound'
  | 'InvalidVpcEndpoint.NotFound'
  | 'InvalidServiceName'
  | 'DuplicateSubnetsInSameZone'
  | 'InvalidPolicyDocument'
  | 'ExistingVpcEndpointConnections'
  | 'InvalidPrincipal'
  | 'InvalidConnectionNotification'
  | 'IncorrectState'
  | 'InvalidState'
  | 'VpcEndpointServicePrivateDnsVerificationFailed'
  // ELBv2
  | 'ValidationError'
  | 'LoadBalancerNotFound'
  | 'TargetGroupNotFound'
  | 'ListenerNotFound'
  | 'DuplicateLoadBalancerName'
  | 'DuplicateTargetGroupName'
  | 'DuplicateListener'
  | 'InvalidConfigurationRequest'
  | 'InvalidTarget'
  | 'InvalidSubnet'
  | 'SubnetNotFound'
  | 'ResourceInUse'
  | 'OperationNotPermitted'
  | 'UnsupportedProtocol'
  | 'TargetGroupAssociationLimit'
  | 'TooManyTargets'
  | 'InvalidSecurityGroup'
  | 'DuplicateTagKeys'
  | 'TooManyTags'
  | 'TooManyLoadBalancers'
  | 'TooManyListeners'
  | 'TooManyTargetGroups'
  // quotas and tags (EC2)
  | 'VpcLimitExceeded'
  | 'SubnetLimitExceeded'
  | 'SecurityGroupLimitExceeded'
  | 'RulesPerSecurityGroupLimitExceeded'
  | 'SecurityGroupsPerInterfaceLimitExceeded'
  | 'VpcEndpointLimitExceeded'
  | 'ActiveVpcPeeringConnectionPerVpcLimitExceeded'
  | 'OutstandingVpcPeeringConnectionLimitExceeded'
  | 'TagLimitExceeded'
  | 'InvalidID'
  | 'InvalidTagKey.Malformed'
  // model-level controls (not AWS actions)
  | 'UnknownAccount'
  // the model-control JSON API of `privatelink-model serve` (AWS's JSON-protocol codes)
  | 'UnknownOperation'
  | 'MethodNotAllowed'
  | 'SerializationException'
  | 'InternalFailure'
  // the Query protocols over HTTP (privatelink-model/server)
  | 'InvalidAction'
  | 'MissingAction'
  | 'NoSuchVersion'
  | 'UnknownParameter'
  | 'MalformedQueryString'
  | 'IncompleteSignature'
  | 'RequestEntityTooLarge'
  | 'InternalError'
  | 'NotFound';

/**
 * The one error type the model throws: an AWS error as a caller would receive it.
 *
 * @example
 * try { ec2.describeVpcs({ VpcIds: ['vpc-0123456789abcdef0'] }); }
 * catch (e) { if (e instanceof CloudError) console.log(e.code); } // 'InvalidVpcID.NotFound'
 */
export class CloudError extends Error {
  /** The AWS error code, e.g. `InvalidVpcEndpointServiceId.NotFound`. */
  readonly code: CloudErrorCode;
  /** The HTTP status AWS answers with (400 for every client error modelled). */
  readonly httpStatusCode: number;

  constructor(code: CloudErrorCode, message: string, httpStatusCode = 400) {
    super(message);
    this.name = code;
    this.code = code;
    this.httpStatusCode = httpStatusCode;
  }
}

/** True when `value` is a {@link CloudError}; works across bundle copies by duck typing. */
export function isCloudError(value: unknown): value is CloudError {
  return (
    value instanceof CloudError ||
    (value instanceof Error &&
      typeof (value as { code?: unknown }).code === 'string' &&
      typeof (value as { httpStatusCode?: unknown }).httpStatusCode === 'number')
  );
}

const fail = (code: CloudErrorCode, message: string, status = 400): CloudError =>
  new CloudError(code, message, status);

/**
 * One builder per AWS error code. Each returns (never throws) the error, so call sites read
 * `throw errors.vpcNotFound(id)` and TypeScript sees the control flow.
 */
export const errors = {
  missingParameter: (name: string) =>
    fail('MissingParameter', `The request must contain the parameter ${name}`),
  invalidParameterValue: (name: string, value: unknown, why?: string) =>
    fail(
      'InvalidParameterValue',
      `Value (${describeValue(value)}) for parameter ${name} is invalid.${why ? ` ${why}` : ''}`,
    ),
  invalidParameterValueMessage: (message: string) => fail('InvalidParameterValue', message),
  /** Model-level: `createCloud({ from })` refused a snapshot; `path` locates the first bad field. */
  invalidSnapshot: (path: string, why: string) =>
    fail('InvalidParameterValue', `The snapshot is not a privatelink-model world: ${path} ${why}`),
  invalidParameter: (message: string) => fail('InvalidParameter', message),
  invalidParameterCombination: (message: string) => fail('InvalidParameterCombination', message),
  invalidFilter: (name: string) => fail('InvalidFilter', `The filter '${name}' is invalid`),
  invalidNextToken: (token: string) => fail('InvalidNextToken', `The token '${token}' is invalid`),
  invalidMaxResults: (value: unknown, min = 5, max = 1000) =>
    fail(
      'InvalidParameterValue',
      `Value ( ${describeValue(value)} ) for parameter maxResults is invalid. Expecting a value between ${min} and ${max}.`,
    ),
  unsupportedOperation: (action: string, detail?: string) =>
    fail(
      'UnsupportedOperation',
      `The action ${action} is not supported by privatelink-model${detail ? `: ${detail}` : '.'}`,
    ),
  invalidClientToken: (token: string, maxLength: number) =>
    fail(
      'InvalidParameterValue',
      `Value (${token}) for parameter clientToken is invalid. The client token must be at most ${maxLength} ASCII characters.`,
    ),
  idempotentParameterMismatch: (token: string) =>
    fail(
      'IdempotentParameterMismatch',
      `The client token ${token} has already been used with different parameters.`,
    ),
  dryRunOperation: () =>
    fail('DryRunOperation', 'Request would have succeeded, but DryRun flag is set.', 412),
  unauthorizedOperation: (principalArn: string, action: string, resource?: string) =>
    fail(
      'UnauthorizedOperation',
      `You are not authorized to perform this operation. User: ${principalArn} is not authorized to perform: ${action}${resource ? ` on resource: ${resource}` : ''} because no identity-based policy allows the ${action} action`,
      403,
    ),
  accessDenied: (principalArn: string, action: string, resource?: string) =>
    fail(
      'AccessDenied',
      `User: ${principalArn} is not authorized to perform: ${action}${resource ? ` on resource: ${resource}` : ''}`,
      403,
    ),
  zoneNameNotFound: (name: string) =>
    fail('InvalidParameterValue', `Invalid availability zone: [${name}]`),
  zoneIdNotFound: (id: string) => fail('InvalidZone.NotFound', `The zone ID '${id}' does not exist`),
  invalidAvailabilityZone: (name: string) =>
    fail('InvalidAvailabilityZone', `Availability Zone '${name}' is not valid.`),
  vpcNotFound: (id: string) => fail('InvalidVpcID.NotFound', `The vpc ID '${id}' does not exist`),
  routeTableNotFound: (id: string) => fail('InvalidRouteTableID.NotFound', `The routeTable ID '${id}' does not exist`),
  prefixListNotFound: (id: string) => fail('InvalidPrefixListID.NotFound', `The prefix list ID '${id}' does not exist`),
  subnetNotFound: (id: string) =>
    fail('InvalidSubnetID.NotFound', `The subnet ID '${id}' does not exist`),
  subnetConflict: (cidr: string) =>
    fail('InvalidSubnet.Conflict', `The CIDR '${cidr}' conflicts with another subnet`),
  subnetRange: (cidr: string) =>
    fail('InvalidSubnet.Range', `The CIDR '${cidr}' is invalid.`),
  vpcRange: (cidr: string) => fail('InvalidVpc.Range', `The CIDR '${cidr}' is invalid.`),
  invalidCidrBlock: (cidr: string) =>
    fail('InvalidParameterValue', `Value (${cidr}) for parameter cidrBlock is invalid. This is not a valid CIDR block.`),
  subnetZoneInvalid: (parameter: 'availabilityZone' | 'availabilityZoneId', value: string, allowed: readonly string[]) =>
    fail(
      'InvalidParameterValue',
      `Value (${value}) for parameter ${parameter} is invalid. Subnets can currently only be created in the following availability zones: ${allowed.join(', ')}.`,
    ),
  subnetZoneFieldsExclusive: () =>
    fail('InvalidParameterCombination', 'Only one of AvailabilityZone or AvailabilityZoneId may be specified.'),
  malformedVpcId: (id: string) => fail('InvalidVpcID.Malformed', `Invalid id: "${id}" (expecting "vpc-...")`),
  malformedSubnetId: (id: string) => fail('InvalidSubnetID.Malformed', `Invalid id: "${id}" (expecting "subnet-...")`),
  malformedGroupId: (id: string) => fail('InvalidGroupId.Malformed', `Invalid id: "${id}" (expecting "sg-...")`),
  malformedPeeringId: (id: string) =>
    fail('InvalidVpcPeeringConnectionId.Malformed', `Invalid id: "${id}" (expecting "pcx-...")`),
  /** A network interface id that is not `eni-` + 8 or 17 hex (note AWS's `Id`, not `ID`, here). */
  malformedNetworkInterfaceId: (id: string) =>
    fail('InvalidNetworkInterfaceId.Malformed', `Invalid id: "${id}" (expecting "eni-...")`),
  /** An unknown network interface, or another account's. */
  networkInterfaceNotFound: (id: string) =>
    fail('InvalidNetworkInterfaceID.NotFound', `The networkInterface ID '${id}' does not exist`),
  /** `DeleteNetworkInterface` of an attached interface (every requester-managed one is). */
  networkInterfaceInUse: (id: string) =>
    fail('InvalidParameterValue', `Network interface '${id}' is currently in use.`),
  /** `DescribeNetworkInterfaces` with both `NetworkInterfaceIds` and `MaxResults`. */
  networkInterfaceIdsWithMaxResults: () =>
    fail('InvalidParameterCombination', 'The parameter NetworkInterfaceIds cannot be used with the parameter MaxResults'),
  vpcHasDependencies: (vpcId: string) =>
    fail('DependencyViolation', `The vpc '${vpcId}' has dependencies and cannot be deleted.`),
  subnetHasDependencies: (subnetId: string) =>
    fail('DependencyViolation', `The subnet '${subnetId}' has dependencies and cannot be deleted.`),
  securityGroupInUse: (groupId: string) =>
    fail('DependencyViolation', `resource ${groupId} has a dependent object`),
  cannotDeleteDefaultGroup: (groupId: string) =>
    fail('CannotDelete', `the specified group: "${groupId}" name: "default" cannot be deleted by a user`),
  vpcIdNotSpecified: (detail?: string) =>
    fail('VPCIdNotSpecified', `No default VPC for this user${detail ? `. ${detail}` : ''}`),
  vpcAttributeNoneSpecified: () => fail('InvalidParameterCombination', 'No attributes specified.'),
  vpcAttributeMultipleSpecified: (names: readonly string[]) =>
    fail('InvalidParameterCombination', `Fields for multiple attribute types specified: ${names.join(', ')}`),
  vpcDnsHostnamesNeedDnsSupport: () =>
    fail('InvalidParameterValue', "You can only enable DNS hostnames if you've enabled DNS support."),
  unknownIpProtocol: (protocol: string) =>
    fail('InvalidParameterValue', `Invalid value '${protocol}' for IP protocol. Unknown protocol.`),
  portRangeRequired: () =>
    fail('InvalidParameterValue', 'Invalid value for portRange. Must specify both from and to ports with TCP/UDP.'),
  invalidPortRange: (fromPort: number, toPort: number) =>
    fail('InvalidParameterValue', `Invalid value for portRange. The port range ${fromPort}-${toPort} is not valid.`),
  malformedRuleCidr: (cidr: string) => fail('InvalidParameterValue', `CIDR block ${cidr} is malformed`),
  ruleSourceRequired: () =>
    fail('InvalidParameterValue', 'CIDR block, a security group ID or a prefix list has to be specified.'),
  groupsInDifferentNetworks: () =>
    fail('InvalidParameter', 'You have specified two resources that belong to different networks.'),
  permissionDuplicate: (rule: string) =>
    fail('InvalidPermission.Duplicate', `the specified rule "${rule}" already exists`),
  permissionNotFound: () =>
    fail('InvalidPermission.NotFound', 'The specified rule does not exist in this security group.'),
  securityGroupRuleNotFound: (id: string) =>
    fail('InvalidSecurityGroupRuleId.NotFound', `The security group rule ID '${id}' does not exist`),
  peeringStateTransition: (id: string, from: string, to: string) =>
    fail('InvalidStateTransition', `Invalid state transition for ${id}, attempted to transition from ${from} to ${to}`),
  peeringOperationNotPermitted: (accountId: string, id: string, operation: 'accept' | 'reject' | 'delete') =>
    fail('OperationNotPermitted', `User (${accountId}) cannot ${operation} peering ${id}`),
  onPremisesOverlap: (cidr: string, what: string, otherCidr: string) =>
    fail('InvalidParameterValue', `The CIDR '${cidr}' of the on-premises network overlaps ${what} (${otherCidr}).`),
  onPremisesNetworkNotFound: (id: string) =>
    fail('InvalidParameterValue', `The on-premises network '${id}' does not exist`),
  securityGroupNotFound: (id: string) =>
    fail('InvalidGroup.NotFound', `The security group '${id}' does not exist`),
  securityGroupDuplicate: (name: string, vpcId: string) =>
    fail(
      'InvalidGroup.Duplicate',
      `The security group '${name}' already exists for VPC '${vpcId}'`,
    ),
  peeringNotFound: (id: string) =>
    fail(
      'InvalidVpcPeeringConnectionID.NotFound',
      `The vpcPeeringConnection ID '${id}' does not exist`,
    ),
  invalidStateTransition: (message: string) => fail('InvalidStateTransition', message),
  dependencyViolation: (message: string) => fail('DependencyViolation', message),
  insufficientFreeAddresses: (subnetId: string) =>
    fail(
      'InsufficientFreeAddressesInSubnet',
      `There are not enough free addresses in subnet '${subnetId}' to satisfy the requested number of instances.`,
    ),
  serviceIdNotFound: (id: string) =>
    fail('InvalidVpcEndpointServiceId.NotFound', `The VpcEndpointService Id '${id}' does not exist`),
  serviceNotFoundForDelete: (id: string) =>
    fail('InvalidVpcEndpointService.NotFound', `The VpcEndpointService Id '${id}' does not exist`),
  endpointIdNotFound: (id: string) =>
    fail('InvalidVpcEndpointId.NotFound', `The Vpc Endpoint Id '${id}' does not exist`),
  endpointNotFound: (id: string) =>
    fail('InvalidVpcEndpoint.NotFound', `The Vpc Endpoint Id '${id}' does not exist`),
  invalidServiceName: (name: string) =>
    fail('InvalidServiceName', `The Vpc Endpoint Service '${name}' does not exist`),
  duplicateSubnetsInSameZone: (subnetId: string) =>
    fail(
      'DuplicateSubnetsInSameZone',
      `Found another VPC endpoint subnet in the availability zone of ${subnetId}. VPC endpoint subnets should be in different availability zones supported by the VPC endpoint service.`,
    ),
  endpointTypeMismatch: (endpointType: string, available: readonly string[] = ['Interface']) =>
    fail('InvalidParameter', `Endpoint type (${endpointType}) does not match available service types ([${available.join(', ')}]).`),
  gatewayEndpointNotModelled: (serviceName: string) =>
    fail(
      'UnsupportedOperation',
      `The action CreateVpcEndpoint is not supported by privatelink-model: gateway endpoints (VpcEndpointType 'Gateway', to ${serviceName}) are not modelled; create an interface endpoint (VpcEndpointType 'Interface') where the service offers one`,
    ),
  serviceZoneNotSupported: (serviceName: string, subnetId: string) =>
    fail(
      'InvalidParameter',
      `The VPC endpoint service ${serviceName} does not support the availability zone of the subnet: ${subnetId}.`,
    ),
  privateDnsRequiresVpcDnsAttributes: (vpcId: string) =>
    fail(
      'InvalidParameter',
      `Enabling private DNS requires both enableDnsSupport and enableDnsHostnames VPC attributes set to true for ${vpcId}`,
    ),
  privateDnsNotProvided: (serviceName: string) =>
    fail(
      'InvalidParameter',
      `Private DNS can't be enabled because the service ${serviceName} does not provide a private DNS name.`,
    ),
  privateDnsConflict: (name: string, vpcId: string) =>
    fail(
      'InvalidParameter',
      `private-dns-enabled cannot be set because there is already a conflicting DNS domain for ${name} in the VPC ${vpcId}`,
    ),
  privateDnsOnlyForInboundResolverEndpoint: (vpcId: string) =>
    fail(
      'InvalidParameter',
      `To set PrivateDnsOnlyForInboundResolverEndpoint to true, the VPC ${vpcId} must have a Gateway endpoint for the service.`,
    ),
  routeTablesOnlyForGatewayEndpoints: () =>
    fail('InvalidParameter', 'Route table IDs are only supported for Gateway type VPC Endpoint.'),
  endpointSubnetNotInVpc: (subnetId: string, vpcId: string) =>
    fail('InvalidParameter', `The subnet ID '${subnetId}' does not belong to the VPC '${vpcId}'.`),
  endpointSecurityGroupNotInVpc: (groupId: string, vpcId: string) =>
    fail('InvalidParameter', `The security group '${groupId}' does not belong to the VPC '${vpcId}'.`),
  endpointNeedsSecurityGroup: (endpointId: string) =>
    fail('InvalidParameter', `The VPC endpoint ${endpointId} must have at least one security group.`),
  endpointIpAddressTypeNotSupported: (serviceName: string, ipAddressType: string) =>
    fail(
      'InvalidParameter',
      `The VPC endpoint service ${serviceName} does not support the IP address type ${ipAddressType}.`,
    ),
  endpointIncorrectState: (endpointId: string, state: string) =>
    fail('IncorrectState', `The VPC endpoint ${endpointId} is in state ${state} and cannot be modified.`),
  invalidPolicyDocument: (detail?: string) =>
    fail('InvalidPolicyDocument', `The Policy Document is not valid.${detail ? ` ${detail}` : ''}`),
  existingConnections: (serviceId: string) =>
    fail(
      'ExistingVpcEndpointConnections',
      `Service ${serviceId} has existing active VPC Endpoint connections!`,
    ),
  invalidPrincipal: (principal: string) =>
    fail('InvalidPrincipal', `Invalid Principal: '${principal}'`),
  invalidConnectionNotification: (id: string) =>
    fail(
      'InvalidConnectionNotification',
      `The connection notification '${id}' does not exist`,
    ),
  incorrectState: (message: string) => fail('IncorrectState', message),
  // endpoint services (provider side)
  serviceLoadBalancerRequired: () =>
    fail('InvalidParameter', 'exactly one of network_load_balancer_arn or gateway_load_balancer_arn is a required member'),
  serviceLoadBalancerNotFound: (arn: string) =>
    fail('InvalidParameter', `Load balancer '${arn}' not found`),
  serviceLoadBalancerNotUsable: (arn: string, state: string) =>
    fail('InvalidParameter', `Load balancer '${arn}' is in state '${state}' and cannot be used by a VPC Endpoint Service`),
  serviceLoadBalancersInUse: (arns: readonly string[]) =>
    fail('InvalidParameter', `LBs are already associated with another VPC Endpoint Service Configuration: [${arns.join(', ')}]`),
  serviceLoadBalancerNotAssociated: (arn: string, serviceId: string) =>
    fail('InvalidParameter', `Load balancer '${arn}' is not associated with VPC Endpoint Service ${serviceId}`),
  serviceLoadBalancerStillServes: (arn: string, serviceId: string, zoneId: string) =>
    fail(
      'InvalidParameter',
      `Load balancer '${arn}' cannot be removed from VPC Endpoint Service ${serviceId}: it is the service's only load balancer in Availability Zone ${zoneId}, where VPC endpoints are connected`,
    ),
  serviceIpAddressTypeUnsupported: (type: string) =>
    fail(
      'InvalidParameter',
      `The supported IP address type '${type}' is not supported: a VPC Endpoint Service carries IPv4 traffic over TCP only, and its load balancers have the ipv4 IP address type`,
    ),
  serviceRegionUnsupported: (region: string) =>
    fail('InvalidParameter', `The supported region '${region}' is not supported: cross-Region access is not modelled, a service is available only in the Region where it was created`),
  privateDnsNameCombination: () =>
    fail('InvalidParameterCombination', 'PrivateDnsName and RemovePrivateDnsName cannot be specified together'),
  serviceIpAddressTypeRequired: () =>
    fail('InvalidParameter', 'A VPC Endpoint Service must support at least one IP address type: ipv4 cannot be removed'),
  servicePrivateDnsNameInvalid: (name: string) =>
    fail('InvalidParameter', `The private DNS name '${name}' is not a valid domain name`),
  servicePrivateDnsNameMissing: (serviceId: string) =>
    fail('InvalidParameter', `The VPC Endpoint Service ${serviceId} does not have a private DNS name`),
  serviceStateIncorrect: (serviceId: string, state: string) =>
    fail('IncorrectState', `The VPC Endpoint Service ${serviceId} is in state '${state}' and cannot be changed`),
  endpointConnectionStateIncorrect: (endpointId: string, state: string, verb: 'accepted' | 'rejected') =>
    fail('IncorrectState', `The VPC Endpoint ${endpointId} is in state '${state}' and cannot be ${verb}`),
  connectionNotificationTarget: () =>
    fail('InvalidParameterCombination', 'Exactly one of ServiceId or VpcEndpointId must be specified'),
  connectionNotificationArnInvalid: (arn: string) =>
    fail('InvalidParameter', `The connection notification ARN '${arn}' is not a valid SNS topic ARN`),
  connectionEventInvalid: (event: string) =>
    fail('InvalidParameterValue', `Value (${event}) for parameter ConnectionEvents is invalid. Valid values: Accept, Connect, Delete, Reject`),
  invalidState: (message: string) => fail('InvalidState', message),
  validationError: (message: string) => fail('ValidationError', message),
  /** ELBv2's message for a field that is missing (`tags.2.member`). */
  validationNull: (path: string) =>
    fail('ValidationError', `1 validation error detected: Value null at '${path}' failed to satisfy constraint: Member must not be null`),
  /** ELBv2's message for one field that breaks a modelled constraint (`tags.1.member.key`). */
  validationConstraint: (path: string, value: unknown, constraint: string) =>
    fail(
      'ValidationError',
      `1 validation error detected: Value '${describeValue(value)}' at '${path}' failed to satisfy constraint: ${constraint}`,
    ),
  loadBalancerNotFound: (what?: string) =>
    fail(
      'LoadBalancerNotFound',
      what ? `Load balancer '${what}' not found` : 'One or more load balancers not found',
    ),
  targetGroupNotFound: (what?: string) =>
    fail(
      'TargetGroupNotFound',
      what ? `Target groups '${what}' not found` : 'One or more target groups not found',
    ),
  listenerNotFound: (what?: string) =>
    fail('ListenerNotFound', what ? `Listener '${what}' not found` : 'One or more listeners not found'),
  duplicateLoadBalancerName: () =>
    fail('DuplicateLoadBalancerName', 'A load balancer with the same name already exists'),
  duplicateTargetGroupName: () =>
    fail('DuplicateTargetGroupName', 'A target group with the same name already exists'),
  duplicateListener: () =>
    fail('DuplicateListener', 'A listener already exists on this port for this load balancer'),
  invalidConfigurationRequest: (message: string) => fail('InvalidConfigurationRequest', message),
  invalidTarget: (message: string) => fail('InvalidTarget', message),
  elbSubnetNotFound: (id: string) => fail('SubnetNotFound', `The subnet ID '${id}' is not valid`),
  resourceInUse: (message: string) => fail('ResourceInUse', message),
  operationNotPermitted: (message: string) => fail('OperationNotPermitted', message),
  unsupportedProtocol: (protocol: string) =>
    fail('UnsupportedProtocol', `Protocol '${protocol}' is not supported`),
  loadBalancersNotFoundByName: (names: readonly string[]) =>
    fail('LoadBalancerNotFound', `Load balancers '[${names.join(', ')}]' not found`),
  loadBalancerNameTaken: (name: string) =>
    fail('DuplicateLoadBalancerName', `A load balancer with the same name '${name}' exists, but with different settings`),
  targetGroupNameTaken: (name: string) =>
    fail('DuplicateTargetGroupName', `A target group with the same name '${name}' exists, but with different settings`),
  listenerPortTaken: (loadBalancerArn: string) =>
    fail('DuplicateListener', `A listener already exists on this port for this load balancer '${loadBalancerArn}'`),
  targetGroupAssociationLimit: (targetGroupArn: string) =>
    fail('TargetGroupAssociationLimit', `The following target groups cannot be associated with more than one load balancer: '${targetGroupArn}'`),
  elbSubnetFull: (subnetId: string) =>
    fail('InvalidSubnet', `Not enough IP space available in ${subnetId}. ELB requires at least 8 free IP addresses in each subnet.`),
  duplicateTagKeys: (key: string) => fail('DuplicateTagKeys', `Tag key was specified more than once: ${key}`),
  tooManyTags: (arn?: string) =>
    fail(
      'TooManyTags',
      arn === undefined
        ? 'The quota for the number of tags that can be assigned to a resource has been reached'
        : `The quota for the number of tags that can be assigned to resource '${arn}' has been reached`,
    ),
  elbSecurityGroupInvalid: (groupId: string) =>
    fail('InvalidSecurityGroup', `Security group '${groupId}' does not exist`),
  /** `SetSecurityGroups` on a Network Load Balancer created without security groups (wording observed on AWS). */
  nlbCreatedWithoutSecurityGroups: () =>
    fail('InvalidConfigurationRequest', 'You cannot set security groups on a Network Load Balancer which was created without any security groups.'),
  /** `SetSecurityGroups` with no groups on a Network Load Balancer that has some. */
  nlbSecurityGroupsRequired: () =>
    fail('ValidationError', 'You cannot remove all security groups from a Network Load Balancer which was created with security groups.'),
  /** More security groups than a load balancer (its node network interfaces) may carry. */
  tooManyLoadBalancerSecurityGroups: (limit: number) =>
    fail('InvalidConfigurationRequest', `A load balancer cannot have more than ${limit} security groups`),
  // Quotas. Wording observed on AWS: VPCs, subnets, rules per group, VPC endpoints, load
  // balancers; the others follow AWS's pattern or the SDK's description of the code.
  vpcLimitExceeded: () => fail('VpcLimitExceeded', 'The maximum number of VPCs has been reached.'),
  subnetLimitExceeded: () => fail('SubnetLimitExceeded', 'The maximum number of subnets has been reached.'),
  securityGroupLimitExceeded: () => fail('SecurityGroupLimitExceeded', 'The maximum number of security groups has been reached.'),
  rulesPerSecurityGroupLimitExceeded: () =>
    fail('RulesPerSecurityGroupLimitExceeded', 'The maximum number of rules per security group has been reached.'),
  securityGroupsPerInterfaceLimitExceeded: () =>
    fail('SecurityGroupsPerInterfaceLimitExceeded', 'The maximum number of security groups per network interface has been reached.'),
  vpcEndpointLimitExceeded: () => fail('VpcEndpointLimitExceeded', 'The maximum number of VPC endpoints has been reached.'),
  activePeeringLimitExceeded: (vpcId: string) =>
    fail('ActiveVpcPeeringConnectionPerVpcLimitExceeded', `The maximum number of active VPC peering connections has been reached for VPC '${vpcId}'.`),
  outstandingPeeringLimitExceeded: () =>
    fail('OutstandingVpcPeeringConnectionLimitExceeded', 'The maximum number of outstanding VPC peering connection requests has been reached.'),
  tooManyLoadBalancers: (accountId: string) => fail('TooManyLoadBalancers', `Exceeded quota of account ${accountId}`),
  tooManyTargetGroups: (accountId: string) => fail('TooManyTargetGroups', `Exceeded quota of account ${accountId}`),
  tooManyListeners: (loadBalancerArn: string) =>
    fail('TooManyListeners', `You've reached the limit on the number of listeners per load balancer '${loadBalancerArn}'`),
  tooManyTargets: (targetGroupArn: string) =>
    fail('TooManyTargets', `You've reached the limit on the number of targets in target group '${targetGroupArn}'`),
  // Tags (EC2; ELBv2's are ValidationError, DuplicateTagKeys and TooManyTags above).
  /** `CreateTags` / `DeleteTags`: an id of no kind the API can tag, or malformed. */
  invalidId: (id: string) => fail('InvalidID', `The ID '${id}' is not valid`),
  tagLimitExceeded: () => fail('TagLimitExceeded', 'The maximum number of Tags for a resource has been reached.'),
  tagKeyReserved: (key: string) =>
    fail('InvalidTagKey.Malformed', `The tag key '${key}' is not valid. Tag keys starting with 'aws:' are reserved for internal use.`),
  tagKeyEmpty: () => fail('InvalidParameterValue', "Value ( '' ) for parameter Tag key is invalid. Tag key cannot be null or empty."),
  tagKeyTooLong: () => fail('InvalidParameterValue', 'Tag key exceeds the maximum length of 128 characters.'),
  tagValueTooLong: () => fail('InvalidParameterValue', 'Tag value exceeds the maximum length of 256 characters.'),
  duplicateTagKey: (key: string) => fail('InvalidParameterValue', `Duplicate tag key '${key}' specified.`),
  elbTagKeyReserved: (key: string) => fail('ValidationError', `Tag key '${key}' cannot start with 'aws:'`),
  unknownAccount: (accountId: unknown) =>
    fail(
      'UnknownAccount',
      `'${describeValue(accountId)}' is not an AWS account id: an account id is 12 digits`,
    ),
  /** Model-control API: no route at the path (AWS's JSON protocols say `UnknownOperationException`). */
  unknownControlRoute: (method: string, path: string) =>
    fail('UnknownOperation', `No model-control route ${method} ${path}: GET /_model/ lists the routes.`, 404),
  /** Model-control API: the route exists but not for this HTTP method. */
  controlMethodNotAllowed: (method: string, path: string, allowed: readonly string[]) =>
    fail('MethodNotAllowed', `The model-control route ${path} does not accept ${method}; it accepts ${allowed.join(', ')}.`, 405),
  /** Model-control API: a request body that is not JSON (AWS's JSON protocols: `SerializationException`). */
  controlBodyNotJson: (detail: string) => fail('SerializationException', `The request body is not valid JSON: ${detail}`),
  /** Model-control API: a field the route does not read (a typo would otherwise be ignored). */
  controlFieldUnknown: (field: string, known: readonly string[]) =>
    fail('InvalidParameter', `The field '${field}' is not known to this route. Known fields: ${known.length === 0 ? 'none' : known.join(', ')}.`),
  /** Model-control API: fields given both in the query string and in a JSON body. */
  controlQueryAndBody: () =>
    fail('InvalidParameterCombination', 'Give the fields either in the query string or in a JSON body, not both.'),
  /** A fault of the model itself, never of the request (please report it): the control API's and the Query server's. */
  modelDefect: (detail: string) =>
    fail('InternalFailure', `The model failed while handling the request (a defect of privatelink-model, please report it): ${detail}`, 500),
  /** Query protocols: an `Action` the API does not have (EC2's and ELBv2's wordings). */
  invalidAction: (action: string, api: 'ec2' | 'elbv2', version: string) =>
    fail(
      'InvalidAction',
      api === 'ec2' ? `The action ${action} is not valid for this web service.` : `Could not find operation ${action} for version ${version}`,
    ),
  /** Query protocols: a request without an `Action` parameter. */
  missingAction: () => fail('MissingAction', 'The request must contain the parameter Action'),
  /** Query protocols: a `Version` no API of the server has. */
  noSuchVersion: (version: string, service: string) =>
    fail('NoSuchVersion', `The requested version (${version}) of service ${service} does not exist`),
  /** EC2 Query: a parameter the action's input does not have. */
  unknownParameter: (name: string) => fail('UnknownParameter', `The parameter ${name} is not recognized`),
  /** Query protocols: a body or query string that is not form-encoded (a bad `%` escape). */
  malformedQueryString: (detail: string) => fail('MalformedQueryString', `The query string contains a syntax error: ${detail}`, 404),
  /** SigV4: an `Authorization` header or `X-Amz-Credential` the server cannot read. */
  incompleteSignature: (detail: string) => fail('IncompleteSignature', detail),
  /** Server: a request body over the server's limit. */
  requestEntityTooLarge: (limit: number) => fail('RequestEntityTooLarge', `Request body is larger than ${limit} bytes`, 413),
  /** Server: an unexpected failure while answering (a bug of the model, reported, never a crash). */
  internalError: () => fail('InternalError', 'We encountered an internal error. Please try again.', 500),
  /** Server: a path that is neither the AWS APIs' (`/`) nor the model-control API's. */
  pathNotFound: (path: string) =>
    fail('NotFound', `No resource at ${path}: the AWS Query APIs are served at / and the model-control API under /_model/`, 404),
  addressInReservedRange: (ip: string) => fail('InvalidParameterValue', `Address ${ip} is in subnet's reserved address range`),
} as const;

/** How many array slots and object keys a value may have for a message to quote it whole. */
const QUOTABLE_NODES = 1000;

/** Whether quoting `value` as JSON stays small: a bounded walk, holes and keys counted. */
function isQuotable(value: unknown, budget = { left: QUOTABLE_NODES }): boolean {
  if (typeof value !== 'object' || value === null) return true;
  const size = Array.isArray(value) ? value.length : Object.keys(value).length;
  budget.left -= size + 1;
  if (budget.left < 0) return false;
  for (const child of Object.values(value)) if (!isQuotable(child, budget)) return false;
  return true;
}

/**
 * Renders a caller-supplied value for a message without throwing on odd inputs (symbols,
 * BigInts, cycles) and without quoting a huge structure (`new Array(2 ** 32 - 1)` is
 * described by its size, not expanded).
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (value === undefined) return 'undefined';
  if (!isQuotable(value)) return Array.isArray(value) ? `a list of ${value.length} elements` : 'a large structure';
  try {
    return JSON.stringify(value) ?? typeof value;
  } catch {
    return typeof value;
  }
}
