/**
 * Records of the endpoint-services room: service configurations, their allowed principals,
 * private DNS names with their verification, and connection notifications.
 *
 * @module
 */
import type { PrincipalType } from '../core/arn.js';
import type { Tag } from '../core/tags.js';
import type { Table } from '../core/table.js';

/** EC2 `ServiceState` (capitalised on the wire). */
export type ServiceState = 'Pending' | 'Available' | 'Deleting' | 'Deleted' | 'Failed';

/** EC2 `DnsNameState` of a private DNS name. */
export type PrivateDnsVerificationState = 'pendingVerification' | 'verified' | 'failed';

/** The private DNS name of a service and the TXT record that proves its ownership. */
export interface PrivateDnsNameRecord {
  Name: string;
  State: PrivateDnsVerificationState;
  /** Record name prefix, e.g. `_a1b2c3d4e5`: the TXT record lives at `<prefix>.<domain>`. */
  TxtName: string;
  /** Expected TXT value, `vpce:<random>`. */
  TxtValue: string;
  /**
   * The check under way (`StartVpcEndpointServicePrivateDnsVerification`): its token names
   * the timer, so a superseded check (restarted, or the name changed) is ignored when due.
   */
  checkToken?: string;
}

/** One entry of a service's permission list. */
export interface AllowedPrincipalRecord {
  Principal: string;
  PrincipalType: PrincipalType;
  ServicePermissionId: string;
}

/** An endpoint service configuration (`CreateVpcEndpointServiceConfiguration`). */
export interface EndpointServiceRecord {
  ServiceId: string;
  ServiceName: string;
  OwnerId: string;
  ServiceState: ServiceState;
  AcceptanceRequired: boolean;
  NetworkLoadBalancerArns: string[];
  PrivateDns?: PrivateDnsNameRecord;
  PayerResponsibility: 'ServiceOwner';
  SupportedIpAddressTypes: ['ipv4'];
  /** Allowed principals keyed by principal string. */
  allowedPrincipals: Table<AllowedPrincipalRecord>;
  /** Every endpoint that ever requested a connection (id -> consumer account). */
  connections: Table<string>;
  Tags: Tag[];
  createdAt: number;
}

/** `ConnectionNotificationState`. */
export type ConnectionNotificationState = 'Enabled' | 'Disabled';

/** Connection events a notification can subscribe to. */
export type ConnectionEvent = 'Connect' | 'Accept' | 'Reject' | 'Delete';

/** A connection notification on a service or on an endpoint. */
export interface ConnectionNotificationRecord {
  ConnectionNotificationId: string;
  OwnerId: string;
  ServiceId?: string;
  VpcEndpointId?: string;
  ConnectionNotificationArn: string;
  ConnectionEvents: ConnectionEvent[];
  ConnectionNotificationState: ConnectionNotificationState;
}

/** The endpoint-services room's slice of a region. */
export interface EndpointServicesState {
  endpointServices: Table<EndpointServiceRecord>;
  connectionNotifications: Table<ConnectionNotificationRecord>;
  /** Service or endpoint id -> ids of the connection notifications set on it. */
  connectionNotificationsByTarget: Table<string[]>;
  /** Private DNS name -> service ids that carry it (for resolution). */
  privateDnsNames: Table<Record<string, true>>;
}
