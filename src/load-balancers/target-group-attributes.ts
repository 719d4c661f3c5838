/**
 * Target group attributes of a TCP target group behind a Network Load Balancer
 * (`DescribeTargetGroupAttributes` / `ModifyTargetGroupAttributes`) with AWS's defaults:
 * `proxy_protocol_v2.enabled` `false`, `deregistration_delay.timeout_seconds` `300`,
 * `preserve_client_ip.enabled` `false` for `ip` targets and `true` for `instance` targets,
 * `load_balancing.cross_zone.enabled` `use_load_balancer_configuration`.
 *
 * @module
 */
import { errors } from '../core/errors.js';
import { ownValue } from '../core/own-key.js';

const BOOLEAN = /^(true|false)$/;
const COUNT = /^([1-9]\d{0,2}|off)$/;
const PERCENT = /^(100|[1-9]?\d|off)$/;

/** Keys with their default (or a default per target type) and the values each accepts. */
const TG_ATTRIBUTES: Readonly<Record<string, { default: string | { ip: string; instance: string }; valid: RegExp }>> = {
  'deregistration_delay.timeout_seconds': { default: '300', valid: /^(3600|3[0-5]\d\d|[12]?\d{1,3})$/ },
  'deregistration_delay.connection_termination.enabled': { default: 'false', valid: BOOLEAN },
  'stickiness.enabled': { default: 'false', valid: BOOLEAN },
  'stickiness.type': { default: 'source_ip', valid: /^source_ip$/ },
  'proxy_protocol_v2.enabled': { default: 'false', valid: BOOLEAN },
  'preserve_client_ip.enabled': { default: { ip: 'false', instance: 'true' }, valid: BOOLEAN },
  'load_balancing.cross_zone.enabled': { default: 'use_load_balancer_configuration', valid: /^(true|false|use_load_balancer_configuration)$/ },
  'target_health_state.unhealthy.connection_termination.enabled': { default: 'true', valid: BOOLEAN },
  'target_health_state.unhealthy.draining_interval_seconds': { default: '0', valid: /^(360|3[0-5]\d|[12]?\d{1,2})$/ },
  'target_group_health.dns_failover.minimum_healthy_targets.count': { default: '1', valid: COUNT },
  'target_group_health.dns_failover.minimum_healthy_targets.percentage': { default: 'off', valid: PERCENT },
  'target_group_health.unhealthy_state_routing.minimum_healthy_targets.count': { default: '1', valid: COUNT },
  'target_group_health.unhealthy_state_routing.minimum_healthy_targets.percentage': { default: 'off', valid: PERCENT },
};

/**
 * The attributes of a new TCP target group of `targetType`.
 *
 * @example
 * defaultTargetGroupAttributes('ip')['proxy_protocol_v2.enabled']; // 'false'
 */
export function defaultTargetGroupAttributes(targetType: 'ip' | 'instance'): Record<string, string> {
  return Object.fromEntries(
    Object.entries(TG_ATTRIBUTES).map(([key, spec]) => [key, typeof spec.default === 'string' ? spec.default : spec.default[targetType]]),
  );
}

/**
 * Checks attribute changes for a TCP target group; an unknown key or a bad value is AWS's
 * `ValidationError`.
 *
 * @example
 * checkTargetGroupAttributes([{ Key: 'proxy_protocol_v2.enabled', Value: 'true' }]);
 */
export function checkTargetGroupAttributes(attributes: readonly { Key: string; Value: string }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { Key, Value } of attributes) {
    const spec = ownValue(TG_ATTRIBUTES, Key);
    if (spec === undefined) {
      throw errors.validationError(`Target group attribute key '${Key}' is not recognized`);
    }
    if (!spec.valid.test(Value)) {
      throw errors.validationError(`Target group attribute value '${Value}' is not valid for attribute key '${Key}'`);
    }
    out[Key] = Value;
  }
  return out;
}
