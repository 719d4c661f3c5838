/**
 * Connections as the model-control API answers them: a `Connection` in JSON, its proxy
 * protocol v2 header (bytes) in base64.
 *
 * @module
 */
import type { Connection, ConnectResult } from '../../data-plane/types.js';

/**
 * An open connection in JSON: as `Connection`, with `proxyProtocolHeader` (the bytes sent
 * to the target when its group enables proxy protocol v2) in base64.
 *
 * @example
 * const header = Buffer.from(json.proxyProtocolHeader ?? '', 'base64'); // starts with the v2 signature
 */
export type ConnectionJson = Omit<Connection, 'proxyProtocolHeader'> & { proxyProtocolHeader?: string };

/**
 * The answer of `POST connect`: a `ConnectResult`, its connection in JSON. A refused
 * connection is a result (`ok: false`, `reason`, `message`), answered with status 200.
 *
 * @example
 * const refused: ConnectResultJson = { ok: false, reason: 'NameNotResolved', message: '...' };
 */
export type ConnectResultJson = { ok: true; connection: ConnectionJson } | Extract<ConnectResult, { ok: false }>;

/**
 * A connection in JSON: a fresh object (never the engine's), the header in base64.
 *
 * @example
 * connectionJson(cloud.connections()[0]).proxyProtocolHeader; // 'DQoNCgANClFVSVQK...'
 */
export function connectionJson(connection: Connection): ConnectionJson {
  const { proxyProtocolHeader, ...rest } = connection;
  const json: ConnectionJson = { ...rest, consumer: { ...rest.consumer }, target: { ...rest.target }, path: { ...rest.path } };
  if (proxyProtocolHeader !== undefined) json.proxyProtocolHeader = Buffer.from(proxyProtocolHeader).toString('base64');
  return json;
}

/**
 * A connect result in JSON.
 *
 * @example
 * connectResultJson(cloud.connect(request)).ok;
 */
export function connectResultJson(result: ConnectResult): ConnectResultJson {
  return result.ok ? { ok: true, connection: connectionJson(result.connection) } : { ok: false, reason: result.reason, message: result.message };
}
