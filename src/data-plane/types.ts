/**
 * The data plane's public shapes: what `cloud.connect` takes and answers. A failure is a
 * result (`ok: false`) with a reason and what a person should do about it, never an
 * exception: failing to connect is a normal outcome on a network.
 *
 * @module
 */

/** A consumer host inside a subnet of a VPC. */
export interface SubnetSource {
  /** The account that owns the subnet. */
  accountId: string;
  subnetId: string;
  /** The host's private IPv4 address; defaults to a fixed host address of the subnet. */
  ip?: string;
  /** The host's security groups; defaults to its VPC's `default` group, like an instance launched without one. */
  securityGroupIds?: string[];
  /**
   * The host's source port; by default the engine picks an ephemeral port (32768-60999) the
   * host holds for no open connection. A port given must not repeat an open 5-tuple.
   */
  port?: number;
}

/** A host on an on-premises network attached to a VPC (Direct Connect or Site-to-Site VPN). */
export interface OnPremisesSource {
  accountId: string;
  /** `NetworkId` from `cloud.network.attachOnPremisesNetwork`. */
  network: string;
  ip: string;
  port?: number;
}

/** Where a connection comes from. */
export type ConnectionSource = SubnetSource | OnPremisesSource;

/** A connection request: `cloud.connect({ from, host, port })`. */
export interface ConnectRequest {
  from: ConnectionSource;
  /** An endpoint DNS name (regional or zonal) or a verified private DNS name. */
  host: string;
  /** The TCP port (a listener port of the service's NLB). */
  port: number;
}

/**
 * Why a connection failed. Two are the consumer host's own, decided before anything is sent:
 * - `ConsumerPortInUse`: `from.port` was given and an open connection already has the same
 *   5-tuple (TCP, consumer ip and port, endpoint interface ip, port): a TCP connection is
 *   known by its 5-tuple, so it cannot exist twice. Use another port, or omit `from.port`.
 * - `EphemeralPortsExhausted`: `from.port` was omitted and the host holds every port of its
 *   ephemeral range (32768-60999, 28,232 ports) for open connections. Not the NLB's limit.
 *
 * `SecurityGroupDenied` is the endpoint's security groups refusing the client;
 * `LoadBalancerSecurityGroupDenied` is the service's NLB refusing it: the NLB has security
 * groups, enforces them on PrivateLink traffic
 * (`EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic: 'on'`), and no inbound rule admits
 * the client's private address on the port (a CIDR rule; a rule naming a group never matches
 * PrivateLink traffic).
 *
 * `PortAllocationError` is the NLB's: its node has no source port left toward the target
 * (55,000 simultaneous connections per node and target).
 *
 * `AwsServiceNotModelled`: the name led to an available interface endpoint to an AWS
 * service (`com.amazonaws.<region>.ec2`...) and its security groups admit the connection, so
 * on AWS it would reach that service; the model does not simulate AWS services behind
 * their endpoints, so it stops there and says so. Everything before (name, path, endpoint
 * state, security groups) is checked as for any endpoint.
 */
export type ConnectFailureReason =
  | 'NameNotResolved'
  | 'NotReachable'
  | 'ConsumerPortInUse'
  | 'EphemeralPortsExhausted'
  | 'EndpointNotAvailable'
  | 'SecurityGroupDenied'
  | 'LoadBalancerSecurityGroupDenied'
  | 'NoListener'
  | 'NoHealthyTarget'
  | 'PortAllocationError'
  | 'AwsServiceNotModelled';

/** The target a connection landed on. */
export interface ConnectionTarget {
  /** The registered target id (an IP address, or an instance id). */
  id: string;
  ip: string;
  port: number;
  /** `undefined` for an IP target registered with `AvailabilityZone: 'all'`. */
  availabilityZoneId: string | undefined;
}

/** How the consumer's network reaches the endpoint's VPC. */
export type ConnectionPath =
  | { kind: 'same-vpc' }
  | { kind: 'peering'; vpcPeeringConnectionId: string }
  | { kind: 'on-premises'; networkId: string; link: 'direct-connect' | 'site-to-site-vpn' };

/** An open connection. */
export interface Connection {
  id: number;
  region: string;
  /** The consumer account. */
  accountId: string;
  endpointId: string;
  serviceId: string;
  /** The AZ of the endpoint interface (and of the NLB node) the connection went through. */
  availabilityZoneId: string;
  /** The endpoint interface address the consumer connected to. */
  endpointIp: string;
  loadBalancerArn: string;
  targetGroupArn: string;
  /** The NLB node's private address: what the target sees as the source. */
  nodeIp: string;
  /** The source port the NLB node allocated toward the target. */
  sourcePort: number;
  /** How the consumer reached the endpoint's VPC. */
  path: ConnectionPath;
  /** The consumer's own address and port. */
  consumer: { ip: string; port: number };
  /** The target (shared, frozen: every connection to one target sees the same object). */
  target: Readonly<ConnectionTarget>;
  /** The source address the target sees: the NLB node's, never the consumer's. */
  seenSourceIp: string;
  /** Whether the NLB hop crossed AZs (charged as regional data transfer). */
  crossZone: boolean;
  /** Proxy protocol v2 header sent to the target when the target group enables it. */
  proxyProtocolHeader?: Uint8Array;
  openedAt: number;
  bytesSent: number;
  bytesReceived: number;
}

/** The answer of `cloud.connect`. */
export type ConnectResult =
  | { ok: true; connection: Connection }
  | { ok: false; reason: ConnectFailureReason; message: string };

/** Which open connections `cloud.connections(filter)` lists; every field given must match. */
export interface ConnectionFilter {
  accountId?: string;
  endpointId?: string;
  serviceId?: string;
  loadBalancerArn?: string;
  targetGroupArn?: string;
  targetIp?: string;
  availabilityZoneId?: string;
}

/** Totals of bytes carried, split by whether the NLB hop crossed AZs. */
export interface DataTransferSummary {
  sameZoneBytes: number;
  crossZoneBytes: number;
}
