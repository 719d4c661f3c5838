/**
 * Model-control routes over the data plane: opening a TCP connection through an interface
 * endpoint and the service's NLB (`cloud.connect`), closing it, listing open connections,
 * recording bytes carried and reading the data transfer totals.
 *
 * @module
 */
import type { ConnectionFilter, ConnectRequest } from '../../data-plane/types.js';
import type { Params } from '../../core/params.js';
import { connectionJson, connectResultJson, type ConnectionJson } from './connection-json.js';
import { requiredField, type ControlRoute } from './route.js';

/** The filters of `GET connections`, every one optional, each matched exactly. */
const FILTER_FIELDS = ['accountId', 'endpointId', 'serviceId', 'loadBalancerArn', 'targetGroupArn', 'targetIp', 'availabilityZoneId'] as const;

/**
 * The answer of `GET connections`.
 *
 * @example
 * const body: ConnectionsBody = { connections: [] };
 */
export interface ConnectionsBody {
  connections: ConnectionJson[];
}

/** The filter of a connections request: each field a non-empty string when given. */
function connectionFilter(params: Params): ConnectionFilter {
  const filter: ConnectionFilter = {};
  for (const name of FILTER_FIELDS) {
    const value = params.optionalString(name);
    if (value !== undefined) filter[name] = value;
  }
  return filter;
}

/**
 * `POST connect`, `POST close`, `GET connections`, `POST transfer`, `GET data-transfer`.
 *
 * @example
 * dataPlaneRoutes.map((r) => r.path); // ['connect', 'close', 'connections', 'transfer', 'data-transfer']
 */
export const dataPlaneRoutes: readonly ControlRoute[] = [
  {
    method: 'POST',
    path: 'connect',
    summary: 'Opens a TCP connection: { from: { accountId, subnetId, ip?, securityGroupIds?, port? } or { accountId, network, ip, port? }, host, port }. A refusal is a result (ok: false, reason, message).',
    fields: ['from', 'host', 'port'],
    run: (host, params, raw) => {
      for (const name of ['from', 'host', 'port']) requiredField(params, name);
      return connectResultJson(host.cloud.connect(raw as ConnectRequest));
    },
  },
  {
    method: 'POST',
    path: 'close',
    summary: 'Closes an open connection (its source port cools down); closed is false when it was not open.',
    fields: ['connectionId'],
    run: (host, params) => ({ closed: host.cloud.close(requiredField(params, 'connectionId') as number) }),
  },
  {
    method: 'GET',
    path: 'connections',
    summary: 'Open connections, oldest first, filtered by any of accountId, endpointId, serviceId, loadBalancerArn, targetGroupArn, targetIp, availabilityZoneId.',
    fields: FILTER_FIELDS,
    run: (host, params): ConnectionsBody => ({ connections: host.cloud.connections(connectionFilter(params)).map(connectionJson) }),
  },
  {
    method: 'POST',
    path: 'transfer',
    summary: 'Records bytes carried by an open connection (sent, received: whole bytes, default 0); answers the data transfer totals.',
    fields: ['connectionId', 'sent', 'received'],
    run: (host, params) => {
      // The engine checks each count (whole bytes >= 0); an absent one is 0.
      const bytes: { sent?: number; received?: number } = {};
      if (params.has('sent')) bytes.sent = params.raw('sent') as number;
      if (params.has('received')) bytes.received = params.raw('received') as number;
      host.cloud.transfer(requiredField(params, 'connectionId') as number, bytes);
      return host.cloud.dataTransfer();
    },
  },
  {
    method: 'GET',
    path: 'data-transfer',
    summary: 'Bytes carried so far, same-zone and cross-zone (cross-zone is charged as regional data transfer).',
    fields: [],
    run: (host) => host.cloud.dataTransfer(),
  },
];
