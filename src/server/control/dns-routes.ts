/**
 * Model-control routes over the model's public DNS (`cloud.publicDns`): the TXT records a
 * provider publishes to verify its endpoint service's private DNS name, as it would at its
 * DNS host. `type` defaults to `TXT`, the only type modelled.
 *
 * @module
 */
import type { Cloud } from '../../cloud.js';
import { checkDnsRecord } from '../../controls/public-dns.js';
import type { Params } from '../../core/params.js';
import { requiredField, type ControlRoute } from './route.js';

/**
 * The answer of the DNS routes: the record set at a name after the call.
 *
 * @example
 * const set: DnsRecordsBody = { name: '_pl1.example.com', type: 'TXT', values: ['vpce:abc'] };
 */
export interface DnsRecordsBody {
  /** The name, lower-cased and without a trailing dot. */
  name: string;
  type: 'TXT';
  values: string[];
}

/** The `type` of a DNS request (`TXT` when absent; any other value is refused by the control). */
const typeOf = (params: Params): 'TXT' => (params.has('type') ? params.raw('type') : 'TXT') as 'TXT';

/** The record set at the request's name, after the call. */
function recordsBody(cloud: Cloud, params: Params): DnsRecordsBody {
  const name = checkDnsRecord(requiredField(params, 'name'), typeOf(params));
  return { name, type: 'TXT', values: cloud.publicDns.lookup(name, 'TXT') };
}

/**
 * `GET dns/records`, `POST dns/records`, `DELETE dns/records`.
 *
 * @example
 * dnsRoutes.map((r) => r.method); // ['GET', 'POST', 'DELETE']
 */
export const dnsRoutes: readonly ControlRoute[] = [
  {
    method: 'GET',
    path: 'dns/records',
    summary: 'The TXT values at name in the public DNS.',
    fields: ['name', 'type'],
    run: (host, params) => recordsBody(host.cloud, params),
  },
  {
    method: 'POST',
    path: 'dns/records',
    summary: 'Publishes a TXT value at name (idempotent): the record AWS asks for to verify a private DNS name.',
    fields: ['name', 'type', 'value'],
    run: (host, params) => {
      host.cloud.publicDns.upsert(requiredField(params, 'name') as string, typeOf(params), requiredField(params, 'value') as string);
      return recordsBody(host.cloud, params);
    },
  },
  {
    method: 'DELETE',
    path: 'dns/records',
    summary: 'Removes a TXT value at name, or every TXT value there without value.',
    fields: ['name', 'type', 'value'],
    run: (host, params) => {
      const value = params.raw('value') as string | undefined;
      host.cloud.publicDns.remove(requiredField(params, 'name') as string, typeOf(params), value);
      return recordsBody(host.cloud, params);
    },
  },
];
