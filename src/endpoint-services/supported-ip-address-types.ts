/**
 * `SupportedIpAddressTypes` of an endpoint service. An endpoint service carries IPv4 traffic
 * over TCP only, behind NLBs whose IP address type is `ipv4`, so `ipv4` is the only value
 * accepted; `ipv6` is refused as AWS refuses it for such load balancers.
 *
 * @module
 */
import { errors } from '../core/errors.js';
import type { Params } from '../core/params.js';

/**
 * Reads an IP address type list (`SupportedIpAddressTypes`, `AddSupportedIpAddressTypes`...):
 * absent or `['ipv4']` is fine; `ipv6` is AWS's `InvalidParameter`; anything else is
 * `InvalidParameterValue`.
 *
 * @example
 * checkSupportedIpAddressTypes(p, 'SupportedIpAddressTypes'); // ['ipv4']
 */
export function checkSupportedIpAddressTypes(p: Params, name: string): 'ipv4'[] {
  const values = p.optionalStringList(name) ?? [];
  for (const value of values) {
    if (value === 'ipv4') continue;
    if (value === 'ipv6') throw errors.serviceIpAddressTypeUnsupported(value);
    throw p.invalid(name, value, 'Valid values: ipv4 | ipv6');
  }
  return values.length > 0 ? ['ipv4'] : [];
}
