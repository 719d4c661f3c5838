/**
 * ELBv2 `CreateTargetGroup` for a Network Load Balancer: protocol `TCP` (an endpoint
 * service carries TCP only), target type `instance` (AWS's default) or `ip`, a port and the
 * VPC, with AWS's NLB health check defaults. The same name with the same settings returns
 * the existing group, as AWS does; with other settings it is `DuplicateTargetGroupName`.
 * A new group past the account's target groups per Region quota is `TooManyTargetGroups`.
 *
 * @module
 */
import { defineAction } from '../../core/action.js';
import { errors } from '../../core/errors.js';
import { emptyTable, getRow, putRow, tableIn } from '../../core/table.js';
import type { Tag } from '../../core/tags.js';
import { ELB_HEX_LENGTH, targetGroupArnOf } from '../arns.js';
import { readHealthCheck } from '../health-check.js';
import type { TargetGroupRecord, TargetRecord } from '../model.js';
import { checkTargetGroupName } from '../names.js';
import { renderTargetGroup, type TargetGroup } from '../render-target-group.js';
import { defaultTargetGroupAttributes } from '../target-group-attributes.js';
import { exceedsQuota } from '../../quotas/limits.js';
import { accountUsage, countUsage } from '../../quotas/usage.js';

/** SDK v3 `CreateTargetGroupInput` (the fields a TCP target group uses). */
export interface CreateTargetGroupInput {
  Name: string | undefined;
  Protocol?: 'TCP' | 'HTTP' | 'HTTPS' | 'TLS' | 'UDP' | 'TCP_UDP' | 'GENEVE' | 'QUIC' | 'TCP_QUIC' | undefined;
  Port?: number | undefined;
  VpcId?: string | undefined;
  HealthCheckProtocol?: 'TCP' | 'HTTP' | 'HTTPS' | 'TLS' | 'UDP' | 'TCP_UDP' | 'GENEVE' | 'QUIC' | 'TCP_QUIC' | undefined;
  HealthCheckPort?: string | undefined;
  HealthCheckEnabled?: boolean | undefined;
  HealthCheckPath?: string | undefined;
  HealthCheckIntervalSeconds?: number | undefined;
  HealthCheckTimeoutSeconds?: number | undefined;
  HealthyThresholdCount?: number | undefined;
  UnhealthyThresholdCount?: number | undefined;
  Matcher?: { HttpCode?: string | undefined } | undefined;
  TargetType?: 'instance' | 'ip' | 'lambda' | 'alb' | undefined;
  Tags?: Tag[] | undefined;
  IpAddressType?: 'ipv4' | 'ipv6' | undefined;
}

/** SDK v3 `CreateTargetGroupOutput`. */
export interface CreateTargetGroupOutput {
  TargetGroups: TargetGroup[];
}

const PROTOCOLS = ['HTTP', 'HTTPS', 'TCP', 'TLS', 'UDP', 'TCP_UDP', 'GENEVE', 'QUIC', 'TCP_QUIC'] as const;

/** The settings that must match for a repeated create to return the existing group. */
const settingsOf = (tg: Omit<TargetGroupRecord, 'targets' | 'LoadBalancerArns' | 'listenerArns' | 'attributes' | 'Tags' | 'createdAt' | 'TargetGroupArn' | 'OwnerId'>) =>
  JSON.stringify([tg.Protocol, tg.Port, tg.VpcId, tg.TargetType, tg.HealthCheckProtocol, tg.HealthCheckPort, tg.HealthCheckIntervalSeconds,
    tg.HealthCheckTimeoutSeconds, tg.HealthyThresholdCount, tg.UnhealthyThresholdCount, tg.HealthCheckPath ?? '', tg.MatcherHttpCode ?? '']);

/**
 * `CreateTargetGroup`.
 *
 * @example
 * const { TargetGroups } = elbv2.createTargetGroup({
 *   Name: 'svc-targets', Protocol: 'TCP', Port: 8080, VpcId, TargetType: 'ip',
 * });
 */
export const createTargetGroup = defineAction<CreateTargetGroupInput, CreateTargetGroupOutput>()({
  name: 'CreateTargetGroup',
  api: 'elbv2',
  parse: (p) => {
    const name = checkTargetGroupName(p.string('Name'));
    const targetType = p.optionalEnum('TargetType', ['instance', 'ip', 'lambda', 'alb'] as const) ?? 'instance';
    if (targetType !== 'instance' && targetType !== 'ip') {
      throw errors.validationError(`Target type '${targetType}' is not supported: privatelink-model target groups hold 'ip' or 'instance' targets behind a Network Load Balancer`);
    }
    const protocol = p.optionalEnum('Protocol', PROTOCOLS);
    if (protocol === undefined) throw errors.validationError(`A protocol must be specified for target groups with target type '${targetType}'`);
    if (protocol !== 'TCP') {
      throw errors.validationError(`Target group protocol '${protocol}' is not supported: an endpoint service carries TCP traffic only, so its target groups use protocol 'TCP'`);
    }
    if (p.optionalEnum('IpAddressType', ['ipv4', 'ipv6'] as const) === 'ipv6') {
      throw errors.validationError("IP address type 'ipv6' is not supported: an endpoint service carries IPv4 traffic only");
    }
    if (!p.has('Port')) throw errors.validationError(`A port must be specified for target groups with target type '${targetType}'`);
    const port = p.integer('Port', 1, 65535);
    if (!p.has('VpcId')) throw errors.validationError(`A VPC ID must be specified for target groups with target type '${targetType}'`);
    return { name, protocol, targetType, port, vpcId: p.string('VpcId'), health: readHealthCheck(p), tags: p.tagList('Tags') };
  },
  apply: (ctx, input) => {
    const { accountId, region } = ctx.caller;
    const vpc = getRow(ctx.region.vpcs, input.vpcId);
    if (vpc === undefined || vpc.OwnerId !== accountId) throw errors.validationError(`The VPC ID '${input.vpcId}' is not found`);
    const settings = { TargetGroupName: input.name, Protocol: input.protocol, Port: input.port, VpcId: input.vpcId, TargetType: input.targetType, ...input.health };
    const existingArn = getRow(ctx.region.targetGroupNames[accountId] ?? {}, input.name);
    const existing = existingArn === undefined ? undefined : getRow(ctx.region.targetGroups, existingArn);
    if (existing !== undefined) {
      if (settingsOf(existing) !== settingsOf(settings)) throw errors.targetGroupNameTaken(input.name);
      return { TargetGroups: [renderTargetGroup(existing)] };
    }
    if (exceedsQuota(ctx.world, 'targetGroupsPerRegion', accountUsage(ctx.region, accountId).targetGroups)) {
      throw errors.tooManyTargetGroups(accountId);
    }
    const arn = targetGroupArnOf(region, accountId, input.name, ctx.mintHex('targetgroup', ELB_HEX_LENGTH));
    // Object.assign rather than a spread inside the literal (see `renderNetworkInterface`);
    // the keys keep their order, so snapshots are the same bytes.
    const tg: TargetGroupRecord = Object.assign({}, settings, {
      TargetGroupArn: arn,
      OwnerId: accountId,
      targets: emptyTable<TargetRecord>(),
      LoadBalancerArns: [],
      listenerArns: [],
      attributes: defaultTargetGroupAttributes(input.targetType),
      Tags: input.tags,
      createdAt: ctx.now,
    });
    putRow(ctx.region.targetGroups, arn, tg);
    putRow(tableIn(ctx.region.targetGroupNames, accountId), input.name, arn);
    countUsage(ctx.region, accountId, 'targetGroups', 1);
    ctx.emit({ type: 'ResourceCreated', region, accountId, resourceType: 'target-group', resourceId: arn });
    return { TargetGroups: [renderTargetGroup(tg)] };
  },
});
