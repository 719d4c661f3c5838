/**
 * Network Load Balancer attributes (`DescribeLoadBalancerAttributes` /
 * `ModifyLoadBalancerAttributes`): the keys an NLB has, AWS's defaults
 * (`load_balancing.cross_zone.enabled` and `deletion_protection.enabled` both `false`), and
 * the check of each value. A key of another load balancer type is AWS's
 * `InvalidConfigurationRequest`; an unknown key or a bad value is a `ValidationError`.
 *
 * @module
 */
import { errors } from '../core/errors.js';
import { ownValue } from '../core/own-key.js';
import type { Params } from '../core/params.js';

/** SDK v3 `LoadBalancerAttribute`. */
export interface LoadBalancerAttribute {
  Key?: string;
  Value?: string;
}

const BOOLEAN = /^(true|false)$/;

/** NLB attribute keys with their default value and the values each accepts. */
const NLB_ATTRIBUTES: Readonly<Record<string, { default: string; valid: RegExp }>> = {
  'access_logs.s3.enabled': { default: 'false', valid: BOOLEAN },
  'access_logs.s3.bucket': { default: '', valid: /^[a-z0-9.-]{0,63}$/ },
  'access_logs.s3.prefix': { default: '', valid: /^.{0,1024}$/ },
  'deletion_protection.enabled': { default: 'false', valid: BOOLEAN },
  'load_balancing.cross_zone.enabled': { default: 'false', valid: BOOLEAN },
  'dns_record.client_routing_policy': {
    default: 'any_availability_zone',
    valid: /^(availability_zone_affinity|partial_availability_zone_affinity|any_availability_zone)$/,
  },
  'zonal_shift.config.enabled': { default: 'false', valid: BOOLEAN },
};

/** Attribute keys of Application and Gateway Load Balancers, which an NLB does not take. */
const OTHER_TYPE_KEYS = new Set([
  'idle_timeout.timeout_seconds',
  'routing.http.desync_mitigation_mode',
  'routing.http.drop_invalid_header_fields.enabled',
  'routing.http.preserve_host_header.enabled',
  'routing.http.x_amzn_tls_version_and_cipher_suite.enabled',
  'routing.http.xff_client_port.enabled',
  'routing.http.xff_header_processing.mode',
  'routing.http2.enabled',
  'waf.fail_open.enabled',
  'client_keep_alive.seconds',
  'connection_logs.s3.enabled',
]);

/** The attributes of a new NLB. */
export function defaultLoadBalancerAttributes(): Record<string, string> {
  return Object.fromEntries(Object.entries(NLB_ATTRIBUTES).map(([key, spec]) => [key, spec.default]));
}

/**
 * Checks a list of attribute changes for an NLB and returns them as a key -> value map.
 *
 * @example
 * checkLoadBalancerAttributes([{ Key: 'load_balancing.cross_zone.enabled', Value: 'true' }]);
 */
export function checkLoadBalancerAttributes(attributes: readonly { Key: string; Value: string }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { Key, Value } of attributes) {
    const spec = ownValue(NLB_ATTRIBUTES, Key);
    if (spec === undefined) {
      if (OTHER_TYPE_KEYS.has(Key)) {
        throw errors.invalidConfigurationRequest(`Load balancer attribute key '${Key}' is not supported on load balancers with type 'network'`);
      }
      throw errors.validationError(`Load balancer attribute key '${Key}' is not recognized`);
    }
    if (!spec.valid.test(Value)) {
      throw errors.validationError(`Load balancer attribute value '${Value}' is not valid for attribute key '${Key}'`);
    }
    out[Key] = Value;
  }
  return out;
}

/** Renders attributes as the SDK's list, in key order. */
export function renderAttributes(attributes: Readonly<Record<string, string>>): { Key: string; Value: string }[] {
  return Object.keys(attributes)
    .sort()
    .map((Key) => ({ Key, Value: attributes[Key] ?? '' }));
}

/**
 * Reads a required, non-empty `Attributes` list of `{ Key, Value }` (an empty `Value` is a
 * value, e.g. clearing `access_logs.s3.prefix`).
 */
export function readAttributeList(p: Params): { Key: string; Value: string }[] {
  const attributes = p.optionalList('Attributes', (a) => {
    const value = a.raw('Value');
    if (value !== undefined && typeof value !== 'string') throw a.invalid('Value', value, 'Expected a string.');
    return { Key: a.string('Key'), Value: value ?? '' };
  });
  if (attributes === undefined || attributes.length === 0) throw p.missing('Attributes');
  return attributes;
}
