/**
 * Snapshot readers for the endpoint-services and endpoints rooms' records: endpoint service
 * configurations with their permissions, private DNS names and connections, connection
 * notifications, and interface endpoints with their per-AZ presence.
 *
 * @module
 */
import { AWS_OWNER } from '../../aws-services/lookup.js';
import type { PrincipalType } from '../../core/arn.js';
import type {
  AllowedPrincipalRecord,
  ConnectionEvent,
  ConnectionNotificationRecord,
  EndpointServiceRecord,
  PrivateDnsNameRecord,
  PrivateDnsVerificationState,
  ServiceState,
} from '../../endpoint-services/model.js';
import type { EndpointZoneRecord, VpcEndpointRecord, VpcEndpointState } from '../../endpoints/model.js';
import { endpointConnectionMachine } from '../../machines/endpoint-connection.js';
import { endpointServiceMachine } from '../../machines/endpoint-service.js';
import { privateDnsVerificationMachine } from '../../machines/private-dns-verification.js';
import { accountId, arn, epochMs, idList, idOf, ipv4, stateOf, tags, zoneId } from './formats.js';
import { bool, list, oneOf, SnapshotProblem, struct, text, type Reader } from './read.js';
import { tableOf } from './read-structures.js';

const PRINCIPAL_TYPES = ['All', 'Service', 'OrganizationUnit', 'Account', 'User', 'Role'] as const satisfies readonly PrincipalType[];
const EVENTS = ['Connect', 'Accept', 'Reject', 'Delete'] as const satisfies readonly ConnectionEvent[];

/** A service's private DNS name and its verification. */
export const privateDnsNameRecord: Reader<PrivateDnsNameRecord> = struct(
  { Name: text(), State: stateOf<PrivateDnsVerificationState>(privateDnsVerificationMachine), TxtName: text(), TxtValue: text() },
  { checkToken: text() },
);

/** A principal allowed to connect to a service. */
export const allowedPrincipalRecord: Reader<AllowedPrincipalRecord> = struct({
  Principal: text(),
  PrincipalType: oneOf(PRINCIPAL_TYPES),
  ServicePermissionId: idOf('servicePermission'),
});

/** An endpoint service configuration. */
export const endpointServiceRecord: Reader<EndpointServiceRecord> = struct(
  {
    ServiceId: idOf('vpcEndpointService'),
    ServiceName: text(),
    OwnerId: accountId,
    ServiceState: stateOf<ServiceState>(endpointServiceMachine),
    AcceptanceRequired: bool,
    NetworkLoadBalancerArns: list(arn, { unique: true }),
    PayerResponsibility: oneOf(['ServiceOwner'] as const),
    SupportedIpAddressTypes: (value, path): ['ipv4'] => {
      const [only, ...rest] = list(oneOf(['ipv4'] as const))(value, path);
      if (only === undefined || rest.length > 0) throw new SnapshotProblem(path, "must be ['ipv4']");
      return [only];
    },
    allowedPrincipals: tableOf(allowedPrincipalRecord, (p) => p.Principal),
    connections: tableOf(accountId),
    Tags: tags,
    createdAt: epochMs,
  },
  { PrivateDns: privateDnsNameRecord },
);

/** A connection notification on a service or an endpoint. */
export const connectionNotificationRecord: Reader<ConnectionNotificationRecord> = struct(
  {
    ConnectionNotificationId: idOf('connectionNotification'),
    OwnerId: accountId,
    ConnectionNotificationArn: arn,
    ConnectionEvents: list(oneOf(EVENTS), { unique: true }),
    ConnectionNotificationState: oneOf(['Enabled', 'Disabled'] as const),
  },
  { ServiceId: idOf('vpcEndpointService'), VpcEndpointId: idOf('vpcEndpoint') },
);

/** An endpoint's presence in one AZ. */
export const endpointZoneRecord: Reader<EndpointZoneRecord> = struct(
  {
    AvailabilityZoneId: zoneId,
    SubnetId: idOf('subnet'),
    NetworkInterfaceId: idOf('eni'),
    PrivateIpAddress: ipv4,
  },
  { LoadBalancerArn: arn },
);

/** An interface endpoint. */
export const vpcEndpointRecord: Reader<VpcEndpointRecord> = struct(
  {
    VpcEndpointId: idOf('vpcEndpoint'),
    OwnerId: accountId,
    RequesterArn: arn,
    VpcId: idOf('vpc'),
    ServiceId: idOf('vpcEndpointService'),
    ServiceName: text(),
    ServiceOwnerId: (value, path) => (value === AWS_OWNER ? AWS_OWNER : accountId(value, path)),
    State: stateOf<VpcEndpointState>(endpointConnectionMachine),
    zones: list(endpointZoneRecord),
    Groups: idList('securityGroup'),
    PrivateDnsEnabled: bool,
    dnsSuffix: text((s) => /^[a-z0-9]{8}$/.test(s), '8 lowercase letters and digits'),
    privateHostedZoneId: text((s) => /^Z[A-Z0-9]{21}$/.test(s), "'Z' and 21 uppercase letters and digits"),
    PolicyDocument: text(),
    Tags: tags,
    createdAt: epochMs,
  },
  { deleteRequestedAt: epochMs },
);
