/**
 * Adopting into the reference model what code outside the built-in commands created in the
 * cloud: a user's provisioning tool builds an endpoint service (VPC, subnets, NLBs, target
 * groups, listeners, permissions) through the SDK, and `adoptService` reads it back through
 * describes so the built-in commands can then act on it (grant, accept, connect, break).
 *
 * @module
 */
import type { Cloud } from '../../cloud.js';
import { fuzzFailure } from '../_internals/failure.js';
import { firstOf, present } from '../_internals/first.js';
import type { FuzzModel, ModelLoadBalancer, ModelService } from './fuzz-model.js';
import { identityOf, zonesOf } from './queries.js';

function adoptVpc(model: FuzzModel, cloud: Cloud, owner: string, vpcId: string): void {
  if (model.vpcs.some((v) => v.id === vpcId)) return;
  const ec2 = cloud.ec2(identityOf(model, owner));
  const vpc = firstOf(ec2.describeVpcs({ VpcIds: [vpcId] }).Vpcs, `VPC ${vpcId}`);
  const group = firstOf(ec2.describeSecurityGroups({ Filters: [{ Name: 'vpc-id', Values: [vpcId] }, { Name: 'group-name', Values: ['default'] }] }).SecurityGroups, 'a default group');
  const defaultSecurityGroupId = present(group.GroupId, 'GroupId');
  model.vpcs.push({ id: vpcId, owner, cidr: present(vpc.CidrBlock, 'CidrBlock'), defaultSecurityGroupId, dnsSupport: true, dnsHostnames: false, spareCidrs: [] });
  model.securityGroups.push({ id: defaultSecurityGroupId, owner, vpcId, name: 'default', isDefault: true, rules: [] });
  for (const s of ec2.describeSubnets({ Filters: [{ Name: 'vpc-id', Values: [vpcId] }] }).Subnets) {
    model.subnets.push({ id: present(s.SubnetId, 'SubnetId'), owner, vpcId, cidr: present(s.CidrBlock, 'CidrBlock'), zoneId: present(s.AvailabilityZoneId, 'AvailabilityZoneId') });
  }
}

function adoptTags(model: FuzzModel, cloud: Cloud, owner: string, arn: string): void {
  const tags = cloud.elbv2(identityOf(model, owner)).describeTags({ ResourceArns: [arn] }).TagDescriptions[0]?.Tags ?? [];
  model.elbTags.set(arn, new Map(tags.map((t) => [t.Key, t.Value ?? ''])));
}

function adoptLoadBalancer(model: FuzzModel, cloud: Cloud, owner: string, arn: string, serviceId: string): void {
  if (model.loadBalancers.some((l) => l.arn === arn)) return;
  const elb = cloud.elbv2(identityOf(model, owner));
  const lb = firstOf(elb.describeLoadBalancers({ LoadBalancerArns: [arn] }).LoadBalancers, `load balancer ${arn}`);
  adoptVpc(model, cloud, owner, lb.VpcId);
  const subnetIds = lb.AvailabilityZones.map((z) => z.SubnetId);
  const zoneIds = subnetIds.map((id) => model.subnets.find((s) => s.id === id)?.zoneId ?? '');
  const crossZone = elb.describeLoadBalancerAttributes({ LoadBalancerArn: arn }).Attributes.some((a) => a.Key === 'load_balancing.cross_zone.enabled' && a.Value === 'true');
  const enforcePrivateLink = lb.EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic === 'off' ? 'off' : 'on';
  const adopted: ModelLoadBalancer = { arn, owner, vpcId: lb.VpcId, subnetIds, zoneIds, crossZone, securityGroups: [...(lb.SecurityGroups ?? [])], enforcePrivateLink, serviceId };
  model.loadBalancers.push(adopted);
  adoptTags(model, cloud, owner, arn);
  for (const listener of elb.describeListeners({ LoadBalancerArn: arn }).Listeners) {
    const tgArn = firstOf(listener.DefaultActions, 'a listener action').TargetGroupArn;
    model.listeners.push({ arn: listener.ListenerArn, owner, loadBalancerArn: arn, port: listener.Port, targetGroupArn: tgArn });
    adoptTags(model, cloud, owner, listener.ListenerArn);
    if (model.targetGroups.some((t) => t.arn === tgArn)) continue;
    const tg = firstOf(elb.describeTargetGroups({ TargetGroupArns: [tgArn] }).TargetGroups, `target group ${tgArn}`);
    const proxyProtocol = elb.describeTargetGroupAttributes({ TargetGroupArn: tgArn }).Attributes.some((a) => a.Key === 'proxy_protocol_v2.enabled' && a.Value === 'true');
    const targets = elb.describeTargetHealth({ TargetGroupArn: tgArn }).TargetHealthDescriptions.map((d) => {
      const letter = (d.Target.AvailabilityZone ?? '').slice(model.region.length);
      const zoneId = zonesOf(model, owner)[letter.charCodeAt(0) - 97] ?? '';
      return { ip: d.Target.Id, port: d.Target.Port, zoneId, healthy: d.TargetHealth.State !== 'unhealthy' };
    });
    model.targetGroups.push({ arn: tgArn, owner, vpcId: tg.VpcId, port: tg.Port, proxyProtocol, targets });
    adoptTags(model, cloud, owner, tgArn);
  }
}

/**
 * Reads a service that code outside the commands created (and its NLBs, their VPC and
 * subnets, listeners, target groups and targets, and its permissions) into the model.
 * Returns the adopted service. Resources the model already knows are kept as they are.
 *
 * @example
 * const { serviceId } = await provisionService(ec2Client, elbClient); // the user's own tool, through attachClient
 * adoptService(model, cloud, { accountId: '111111111111', serviceId });
 */
export function adoptService(model: FuzzModel, cloud: Cloud, ref: { accountId: string; serviceId: string }): ModelService {
  const known = model.services.find((s) => s.id === ref.serviceId);
  if (known !== undefined) return known;
  const ec2 = cloud.ec2(identityOf(model, ref.accountId));
  const config = firstOf(ec2.describeVpcEndpointServiceConfigurations({ ServiceIds: [ref.serviceId] }).ServiceConfigurations, `service ${ref.serviceId}`);
  if (config.ServiceState !== 'Available' && config.ServiceState !== 'Pending') throw fuzzFailure(`service ${ref.serviceId} is ${config.ServiceState}`);
  for (const arn of config.NetworkLoadBalancerArns) adoptLoadBalancer(model, cloud, ref.accountId, arn, ref.serviceId);
  const principals = ec2.describeVpcEndpointServicePermissions({ ServiceId: ref.serviceId }).AllowedPrincipals.map((p) => p.Principal);
  const service: ModelService = {
    id: config.ServiceId,
    name: config.ServiceName,
    owner: ref.accountId,
    acceptanceRequired: config.AcceptanceRequired,
    principals,
    loadBalancerArns: [...config.NetworkLoadBalancerArns],
  };
  const dns = config.PrivateDnsNameConfiguration;
  if (config.PrivateDnsName !== undefined && dns.Name !== undefined && dns.Value !== undefined && dns.State !== undefined) {
    service.privateDns = { name: config.PrivateDnsName, txtName: dns.Name, txtValue: dns.Value, state: dns.State };
  }
  model.services.push(service);
  return service;
}
