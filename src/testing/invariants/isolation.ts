/**
 * Invariant 10, through the API: every describe an account makes lists only what is its own
 * (or, for peering connections, what it is a side of; for endpoint connections, what
 * connects to its services), and asking by id for another account's VPC, subnet, endpoint,
 * service configuration or load balancer answers as if it did not exist.
 *
 * @module
 */
import { isCloudError } from '../../core/errors.js';
import { getRow, rows } from '../../core/table.js';
import type { RegionState } from '../../world/world.js';
import { knownAccounts, regionsOf, type InvariantSubject } from '../_internals/world-scan.js';
import { violation, type InvariantViolation } from './violation.js';

/** How many of another account's resources per kind are probed by id. */
const PROBES_PER_KIND = 3;

const accountOfElbArn = (arn: string | undefined) => arn?.split(':')[4];

/** What `viewer`'s describes list that is not theirs. */
function listedForeign(subject: InvariantSubject, state: RegionState, viewer: string, region: string): string[][] {
  const ec2 = subject.ec2({ accountId: viewer, region });
  const elb = subject.elbv2({ accountId: viewer, region });
  const foreign: string[][] = [];
  const add = (kind: string, id: string | undefined, owner: string | undefined) => {
    if (owner !== viewer) foreign.push([kind, id ?? '?', owner ?? '?']);
  };
  for (const v of ec2.describeVpcs().Vpcs) add('VPC', v.VpcId, v.OwnerId);
  for (const s of ec2.describeSubnets().Subnets) add('subnet', s.SubnetId, s.OwnerId);
  for (const g of ec2.describeSecurityGroups().SecurityGroups) add('security group', g.GroupId, g.OwnerId);
  for (const e of ec2.describeVpcEndpoints().VpcEndpoints) add('endpoint', e.VpcEndpointId, e.OwnerId);
  for (const c of ec2.describeVpcEndpointServiceConfigurations().ServiceConfigurations) {
    add('service configuration', c.ServiceId, getRow(state.endpointServices, c.ServiceId)?.OwnerId);
  }
  for (const c of ec2.describeVpcEndpointConnections().VpcEndpointConnections) {
    const owner = getRow(state.endpointServices, c.ServiceId)?.OwnerId;
    if (owner !== undefined) add('endpoint connection', c.VpcEndpointId, owner);
  }
  for (const n of ec2.describeVpcEndpointConnectionNotifications().ConnectionNotificationSet) {
    add('connection notification', n.ConnectionNotificationId, getRow(state.connectionNotifications, n.ConnectionNotificationId)?.OwnerId);
  }
  for (const lb of elb.describeLoadBalancers().LoadBalancers) add('load balancer', lb.LoadBalancerArn, accountOfElbArn(lb.LoadBalancerArn));
  for (const tg of elb.describeTargetGroups().TargetGroups) add('target group', tg.TargetGroupArn, accountOfElbArn(tg.TargetGroupArn));
  for (const p of ec2.describeVpcPeeringConnections().VpcPeeringConnections) {
    const sides = [p.RequesterVpcInfo.OwnerId, p.AccepterVpcInfo.OwnerId];
    if (!sides.includes(viewer)) foreign.push(['peering connection', p.VpcPeeringConnectionId, sides.join('/')]);
  }
  return foreign;
}

/** Whether `lookup` answered (rather than failing as for a missing resource). */
function answers(lookup: () => readonly unknown[]): boolean {
  try {
    return lookup().length > 0;
  } catch (error) {
    if (isCloudError(error)) return false;
    throw error;
  }
}

/** Another account's resources `viewer` could read by id. */
function readableForeign(subject: InvariantSubject, state: RegionState, viewer: string, region: string): string[][] {
  const ec2 = subject.ec2({ accountId: viewer, region });
  const elb = subject.elbv2({ accountId: viewer, region });
  const out: string[][] = [];
  const probe = <T extends { OwnerId: string }>(kind: string, records: Iterable<T>, idOf: (r: T) => string, lookup: (id: string) => readonly unknown[]) => {
    let n = 0;
    for (const record of records) {
      if (record.OwnerId === viewer) continue;
      if (n++ >= PROBES_PER_KIND) break;
      const id = idOf(record);
      if (answers(() => lookup(id))) out.push([kind, id, record.OwnerId]);
    }
  };
  probe('VPC', rows(state.vpcs), (r) => r.VpcId, (id) => ec2.describeVpcs({ VpcIds: [id] }).Vpcs);
  probe('subnet', rows(state.subnets), (r) => r.SubnetId, (id) => ec2.describeSubnets({ SubnetIds: [id] }).Subnets);
  probe('endpoint', rows(state.vpcEndpoints), (r) => r.VpcEndpointId, (id) => ec2.describeVpcEndpoints({ VpcEndpointIds: [id] }).VpcEndpoints);
  probe('service configuration', rows(state.endpointServices), (r) => r.ServiceId, (id) => ec2.describeVpcEndpointServiceConfigurations({ ServiceIds: [id] }).ServiceConfigurations);
  probe('load balancer', rows(state.loadBalancers), (r) => r.LoadBalancerArn, (arn) => elb.describeLoadBalancers({ LoadBalancerArns: [arn] }).LoadBalancers);
  return out;
}

/**
 * Checks invariant 10 for every account known in every region.
 *
 * @example
 * checkIsolation(cloud); // [] when no account sees another's resources
 */
export function checkIsolation(subject: InvariantSubject): InvariantViolation[] {
  const out: InvariantViolation[] = [];
  for (const [region, state] of regionsOf(subject.world)) {
    for (const viewer of knownAccounts(subject.world, state)) {
      for (const [kind, id, owner] of listedForeign(subject, state, viewer, region)) {
        out.push(violation(10, [id ?? '?', viewer], `account ${viewer} lists ${kind} ${id ?? '?'} of ${owner ?? '?'}`));
      }
      for (const [kind, id, owner] of readableForeign(subject, state, viewer, region)) {
        out.push(violation(10, [id ?? '?', viewer], `account ${viewer} reads ${kind} ${id ?? '?'} of ${owner ?? '?'} by id`));
      }
    }
  }
  return out;
}
