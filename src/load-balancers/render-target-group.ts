/**
 * Renderers for target groups and listeners (SDK v3 `TargetGroup`, `Listener`).
 *
 * @module
 */
import type { ListenerRecord, TargetGroupRecord } from './model.js';

/** SDK v3 `TargetGroup` (the fields a TCP target group carries). */
export interface TargetGroup {
  TargetGroupArn: string;
  TargetGroupName: string;
  Protocol: 'TCP';
  Port: number;
  VpcId: string;
  HealthCheckProtocol: 'TCP' | 'HTTP' | 'HTTPS';
  HealthCheckPort: string;
  HealthCheckEnabled: boolean;
  HealthCheckIntervalSeconds: number;
  HealthCheckTimeoutSeconds: number;
  HealthyThresholdCount: number;
  UnhealthyThresholdCount: number;
  HealthCheckPath?: string;
  Matcher?: { HttpCode: string };
  LoadBalancerArns: string[];
  TargetType: 'ip' | 'instance';
  IpAddressType: 'ipv4';
}

/** Renders a target group. */
export function renderTargetGroup(tg: TargetGroupRecord): TargetGroup {
  const out: TargetGroup = {
    TargetGroupArn: tg.TargetGroupArn,
    TargetGroupName: tg.TargetGroupName,
    Protocol: tg.Protocol,
    Port: tg.Port,
    VpcId: tg.VpcId,
    HealthCheckProtocol: tg.HealthCheckProtocol,
    HealthCheckPort: tg.HealthCheckPort,
    HealthCheckEnabled: tg.HealthCheckEnabled,
    HealthCheckIntervalSeconds: tg.HealthCheckIntervalSeconds,
    HealthCheckTimeoutSeconds: tg.HealthCheckTimeoutSeconds,
    HealthyThresholdCount: tg.HealthyThresholdCount,
    UnhealthyThresholdCount: tg.UnhealthyThresholdCount,
    LoadBalancerArns: [...tg.LoadBalancerArns],
    TargetType: tg.TargetType,
    IpAddressType: 'ipv4',
  };
  if (tg.HealthCheckPath !== undefined) out.HealthCheckPath = tg.HealthCheckPath;
  if (tg.MatcherHttpCode !== undefined) out.Matcher = { HttpCode: tg.MatcherHttpCode };
  return out;
}

/** SDK v3 `Action` of type `forward`, as AWS renders it (with its `ForwardConfig`). */
export interface ForwardAction {
  Type: 'forward';
  TargetGroupArn: string;
  ForwardConfig: {
    TargetGroups: { TargetGroupArn: string; Weight: number }[];
    TargetGroupStickinessConfig: { Enabled: boolean };
  };
}

/** SDK v3 `Listener` (TCP). */
export interface Listener {
  ListenerArn: string;
  LoadBalancerArn: string;
  Port: number;
  Protocol: 'TCP';
  DefaultActions: ForwardAction[];
}

/** Renders a listener. */
export function renderListener(listener: ListenerRecord): Listener {
  return {
    ListenerArn: listener.ListenerArn,
    LoadBalancerArn: listener.LoadBalancerArn,
    Port: listener.Port,
    Protocol: listener.Protocol,
    DefaultActions: [
      {
        Type: 'forward',
        TargetGroupArn: listener.TargetGroupArn,
        ForwardConfig: {
          TargetGroups: [{ TargetGroupArn: listener.TargetGroupArn, Weight: 1 }],
          TargetGroupStickinessConfig: { Enabled: false },
        },
      },
    ],
  };
}
