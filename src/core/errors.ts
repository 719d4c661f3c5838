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
  // endpoint services and endpoints
  | 'InvalidVpcEndpointServiceId.NotFound'
  | 'InvalidVpcEndpointService.NotFound'
  | 'InvalidVpcEndpointId.NotFound'
  | 'InvalidVpcEndpoint.NotFound'
  | 'InvalidServiceName'
  | 'DuplicateSubnetsInSameZone'
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
  // model-level controls (not AWS actions)
  | 'UnknownAccount';

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
  invalidParameter: (message: string) => fail('InvalidParameter', message),
  invalidParameterCombination: (message: string) => fail('InvalidParameterCombination', message),
  invalidFilter: (name: string) => fail('InvalidFilter', `The filter '${name}' is invalid`),
  invalidNextToken: (token: string) => fail('InvalidNextToken', `The token '${token}' is invalid`),
  invalidMaxResults: (value: unknown) =>
    fail(
      'InvalidParameterValue',
      `Value ( ${describeValue(value)} ) for parameter maxResults is invalid. Expecting a value between 5 and 1000.`,
    ),
  unsupportedOperation: (action: string, detail?: string) =>
    fail(
      'UnsupportedOperation',
      `The action ${action} is not supported by privatelink-model${detail ? `: ${detail}` : '.'}`,
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
  subnetNotFound: (id: string) =>
    fail('InvalidSubnetID.NotFound', `The subnet ID '${id}' does not exist`),
  subnetConflict: (cidr: string) =>
    fail('InvalidSubnet.Conflict', `The CIDR '${cidr}' conflicts with another subnet`),
  subnetRange: (cidr: string) =>
    fail('InvalidSubnet.Range', `The CIDR '${cidr}' is invalid.`),
  vpcRange: (cidr: string) =>
    fail(
      'InvalidVpc.Range',
      `The CIDR '${cidr}' is invalid. The netmask must be between /16 and /28.`,
    ),
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
  duplicateSubnetsInSameZone: () =>
    fail(
      'DuplicateSubnetsInSameZone',
      'Found another VPC endpoint subnet in the availability zone. VPC endpoint subnets should be in different availability zones supported by the VPC endpoint service.',
    ),
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
  invalidState: (message: string) => fail('InvalidState', message),
  validationError: (message: string) => fail('ValidationError', message),
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
  unknownAccount: (accountId: unknown) =>
    fail(
      'UnknownAccount',
      `'${describeValue(accountId)}' is not an AWS account id: an account id is 12 digits`,
    ),
} as const;

/** Renders a caller-supplied value for a message without throwing on odd inputs. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (value === undefined) return 'undefined';
  try {
    return JSON.stringify(value) ?? typeof value;
  } catch {
    return typeof value;
  }
}
