/**
 * Health check settings of a TCP target group, with AWS's defaults for Network Load
 * Balancer target groups: TCP on the traffic port every 30 s, timeout 10 s (6 s for HTTP),
 * healthy after 5 checks, unhealthy after 2; HTTP/HTTPS checks use path `/` and match
 * `200-399`.
 *
 * @module
 */
import { errors } from '../core/errors.js';
import type { Params } from '../core/params.js';
import type { TargetGroupRecord } from './model.js';

/** The health check fields of a target group record. */
export type HealthCheckSettings = Pick<
  TargetGroupRecord,
  | 'HealthCheckProtocol'
  | 'HealthCheckPort'
  | 'HealthCheckEnabled'
  | 'HealthCheckIntervalSeconds'
  | 'HealthCheckTimeoutSeconds'
  | 'HealthyThresholdCount'
  | 'UnhealthyThresholdCount'
  | 'HealthCheckPath'
  | 'MatcherHttpCode'
>;

const PORT = /^(traffic-port|[1-9]\d{0,4})$/;

/**
 * Reads the health check fields of `CreateTargetGroup`, filling AWS's NLB defaults.
 *
 * @example
 * readHealthCheck(p).HealthCheckTimeoutSeconds; // 10 for a TCP check
 */
export function readHealthCheck(p: Params): HealthCheckSettings {
  const protocol = p.optionalEnum('HealthCheckProtocol', ['TCP', 'HTTP', 'HTTPS', 'TLS', 'UDP', 'TCP_UDP', 'GENEVE', 'QUIC', 'TCP_QUIC'] as const) ?? 'TCP';
  if (protocol !== 'TCP' && protocol !== 'HTTP' && protocol !== 'HTTPS') {
    throw errors.validationError(`Health check protocol '${protocol}' is not supported for target groups with the TCP protocol`);
  }
  const port = p.optionalString('HealthCheckPort') ?? 'traffic-port';
  if (!PORT.test(port) || (port !== 'traffic-port' && Number(port) > 65535)) throw p.invalid('HealthCheckPort', port, "Member must be 'traffic-port' or a port between 1 and 65535");
  const http = protocol !== 'TCP';
  const path = p.optionalString('HealthCheckPath');
  if (path !== undefined && !http) throw errors.validationError('A health check path can only be specified for target groups with HTTP or HTTPS health checks');
  if (path !== undefined && !path.startsWith('/')) throw p.invalid('HealthCheckPath', path, "Member must start with '/'");
  const matcher = p.optionalStruct('Matcher', (m) => m.optionalString('HttpCode'));
  if (matcher !== undefined && !http) throw errors.validationError('A health check matcher can only be specified for target groups with HTTP or HTTPS health checks');
  const interval = p.optionalInteger('HealthCheckIntervalSeconds', 5, 300) ?? 30;
  const timeout = p.optionalInteger('HealthCheckTimeoutSeconds', 2, 120) ?? (protocol === 'HTTP' ? 6 : 10);
  if (timeout >= interval) {
    throw errors.validationError(`Health check timeout '${timeout}' must be smaller than the interval '${interval}'`);
  }
  if (p.optionalBoolean('HealthCheckEnabled') === false) {
    // AWS: for instance and ip target types, health checks are always enabled.
    throw errors.validationError('Health checks cannot be disabled for target groups with target types instance or ip');
  }
  const out: HealthCheckSettings = {
    HealthCheckProtocol: protocol,
    HealthCheckPort: port,
    HealthCheckEnabled: true,
    HealthCheckIntervalSeconds: interval,
    HealthCheckTimeoutSeconds: timeout,
    HealthyThresholdCount: p.optionalInteger('HealthyThresholdCount', 2, 10) ?? 5,
    UnhealthyThresholdCount: p.optionalInteger('UnhealthyThresholdCount', 2, 10) ?? 2,
  };
  if (http) {
    out.HealthCheckPath = path ?? '/';
    out.MatcherHttpCode = matcher ?? '200-399';
  }
  return out;
}
