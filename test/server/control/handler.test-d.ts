import { describe, expectTypeOf, it } from 'vitest';
import type { Cloud, CloudErrorCode, ConnectFailureReason, Connection, DataTransferSummary, PolicyDocument } from '../../../src/index.js';
import type { ConnectionJson, ConnectResultJson } from '../../../src/server/control/connection-json.js';
import type { ConnectionsBody } from '../../../src/server/control/data-plane-routes.js';
import type { DnsRecordsBody } from '../../../src/server/control/dns-routes.js';
import type { ControlErrorBody } from '../../../src/server/control/error-response.js';
import type { FailedZonesBody } from '../../../src/server/control/fault-routes.js';
import { CONTROL_PREFIX, handleControl, type ControlRequest, type ControlResponse, type ModelHost } from '../../../src/server/control/handler.js';
import type { PrincipalPoliciesBody } from '../../../src/server/control/iam-routes.js';
import type { ClockBody } from '../../../src/server/control/model-routes.js';

describe('the seam the server codes against (src/server/control/handler.ts)', () => {
  it('ModelHost holds a replaceable Cloud', () => {
    expectTypeOf<ModelHost>().toEqualTypeOf<{ cloud: Cloud }>();
    expectTypeOf<ModelHost['cloud']>().toEqualTypeOf<Cloud>();
  });

  it('ControlRequest is method, path and body strings; ControlResponse a status and a JSON-ready value', () => {
    expectTypeOf<ControlRequest>().toEqualTypeOf<{ method: string; path: string; body: string }>();
    expectTypeOf<ControlResponse>().toEqualTypeOf<{ status: number; body: unknown }>();
  });

  it('handleControl(host, request) answers a ControlResponse; the prefix is /_model/', () => {
    expectTypeOf(handleControl).toEqualTypeOf<(host: ModelHost, request: ControlRequest) => ControlResponse>();
    expectTypeOf<typeof CONTROL_PREFIX>().toEqualTypeOf<'/_model/'>();
  });
});

describe('the JSON bodies', () => {
  it('an error is { error: { code, message } }, a CloudErrorCode being a code', () => {
    expectTypeOf<ControlErrorBody>().toEqualTypeOf<{ error: { code: string; message: string } }>();
    expectTypeOf<CloudErrorCode>().toExtend<ControlErrorBody['error']['code']>();
  });

  it('a connection in JSON is a Connection with its proxy protocol header in base64', () => {
    expectTypeOf<ConnectionJson['proxyProtocolHeader']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Omit<ConnectionJson, 'proxyProtocolHeader'>>().toEqualTypeOf<Omit<Connection, 'proxyProtocolHeader'>>();
    expectTypeOf<Extract<ConnectResultJson, { ok: false }>['reason']>().toEqualTypeOf<ConnectFailureReason>();
    expectTypeOf<Extract<ConnectResultJson, { ok: true }>['connection']>().toEqualTypeOf<ConnectionJson>();
    expectTypeOf<ConnectionsBody['connections']>().toEqualTypeOf<ConnectionJson[]>();
    // @ts-expect-error bytes do not go into JSON
    const bad: ConnectionJson['proxyProtocolHeader'] = new Uint8Array();
    void bad;
  });

  it('the other routes answer plain shapes', () => {
    expectTypeOf<ClockBody>().toEqualTypeOf<{ now: number; iso: string }>();
    expectTypeOf<DnsRecordsBody>().toEqualTypeOf<{ name: string; type: 'TXT'; values: string[] }>();
    expectTypeOf<PrincipalPoliciesBody['policies']>().toEqualTypeOf<Record<string, PolicyDocument>>();
    expectTypeOf<FailedZonesBody['failedZones']>().toEqualTypeOf<{ region: string; zoneId: string }[]>();
    expectTypeOf<DataTransferSummary>().toEqualTypeOf<{ sameZoneBytes: number; crossZoneBytes: number }>();
  });
});
