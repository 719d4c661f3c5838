/**
 * Domain events: what happened, emitted by commands after they commit. Subscribers
 * (`cloud.subscribe`) and the data plane read them; the data plane uses them to close the
 * connections a control-plane change cuts.
 *
 * @module
 */
import type { ConnectionEvent } from '../endpoint-services/model.js';
import type { VpcEndpointState } from '../endpoints/model.js';

/** A resource came into existence or went away (VPC, subnet, NLB, service, endpoint...). */
export interface ResourceLifecycleEvent {
  type: 'ResourceCreated' | 'ResourceDeleted';
  region: string;
  accountId: string;
  resourceType: string;
  resourceId: string;
}

/** An endpoint connection moved between states. */
export interface EndpointStateChangedEvent {
  type: 'EndpointStateChanged';
  region: string;
  serviceId: string;
  endpointId: string;
  consumerAccountId: string;
  providerAccountId: string;
  from: VpcEndpointState | undefined;
  to: VpcEndpointState;
}

/**
 * A connection notification was delivered (AWS sends it to an SNS topic); the fields are
 * those of AWS's notification message.
 */
export interface ConnectionNotificationEvent {
  type: 'ConnectionNotification';
  region: string;
  ConnectionNotificationId: string;
  ConnectionNotificationArn: string;
  /** The account that owns the notification. */
  accountId: string;
  ServiceId: string;
  VpcEndpointId: string;
  VpcEndpointOwner: string;
  /** `VpcEndpointConnection` event name as AWS sends it: `Connect`, `Accept`, `Reject`, `Delete`. */
  EventType: ConnectionEvent;
  VpcEndpointState: VpcEndpointState;
  Time: string;
}

/** Something the data plane must react to: connections through it close. */
export interface DataPathCutEvent {
  type: 'DataPathCut';
  region: string;
  /**
   * What was cut: an endpoint, an NLB (from a service), a target, a whole AZ, a VPC peering
   * connection, or an on-premises network's link to its VPC.
   */
  scope:
    | { kind: 'endpoint'; endpointId: string }
    /** One AZ of an endpoint only (its subnet was removed by `ModifyVpcEndpoint`). */
    | { kind: 'endpointZone'; endpointId: string; zoneId: string }
    | { kind: 'loadBalancer'; loadBalancerArn: string; serviceId?: string }
    | { kind: 'target'; targetGroupArn: string; targetId: string; port: number }
    | { kind: 'zone'; zoneId: string }
    | { kind: 'vpcPeering'; vpcPeeringConnectionId: string }
    | { kind: 'onPremisesNetwork'; networkId: string };
  reason: string;
}

/** Every event the model emits. */
export type DomainEvent =
  | ResourceLifecycleEvent
  | EndpointStateChangedEvent
  | ConnectionNotificationEvent
  | DataPathCutEvent;
