import { describe, expect, it } from 'vitest';
import type { Cloud } from '../../../src/index.js';
import { CONTROL_PREFIX, handleControl } from '../../../src/server/control/handler.js';
import { controlRoutes } from '../../../src/server/control/routes.js';
import { call, expectControlError, hostOf, ok } from './support.js';

describe('model-control handler: routing', () => {
  it('lists every route under the prefix, each once per method', () => {
    const body = ok(call(hostOf(), 'GET', '')) as { routes: { method: string; path: string; summary: string }[] };
    expect(body.routes.length).toBe(controlRoutes.length);
    expect(body.routes).toContainEqual(expect.objectContaining({ method: 'POST', path: '/_model/clock/advance' }));
    for (const r of body.routes) {
      expect(r.path.startsWith(CONTROL_PREFIX)).toBe(true);
      expect(r.summary.length).toBeGreaterThan(5);
    }
    const keys = body.routes.map((r) => `${r.method} ${r.path}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('accepts the path with or without the prefix and slashes, a query string, a lower-case method', () => {
    const host = hostOf();
    const now = host.cloud.clock.now();
    for (const path of ['clock', '/clock', 'clock/', '/_model/clock', '/_model/clock?', '//clock//']) {
      expect(ok(call(host, 'GET', path))).toEqual({ now, iso: '2026-01-01T00:00:00.000Z' });
    }
    expect(ok(call(host, 'get', 'clock'))).toEqual({ now, iso: '2026-01-01T00:00:00.000Z' });
  });

  it('answers 404 UnknownOperation for a path no route has', () => {
    expectControlError(hostOf(), 'GET', 'nope', undefined, 404, 'UnknownOperation', 'No model-control route GET /_model/nope: GET /_model/ lists the routes.');
    expectControlError(hostOf(), 'POST', 'clock/advance/more', { ms: 1 }, 404, 'UnknownOperation');
    // `__proto__` and `constructor` are paths like any other
    expectControlError(hostOf(), 'GET', '__proto__', undefined, 404, 'UnknownOperation');
    expectControlError(hostOf(), 'GET', 'constructor', undefined, 404, 'UnknownOperation');
  });

  it('answers 405 MethodNotAllowed for a known path asked with another method, naming the accepted ones', () => {
    expectControlError(hostOf(), 'PUT', 'snapshot', undefined, 405, 'MethodNotAllowed', 'The model-control route /_model/snapshot does not accept PUT; it accepts GET.');
    expectControlError(hostOf(), 'PATCH', 'dns/records', undefined, 405, 'MethodNotAllowed', /accepts GET, POST, DELETE\.$/);
    expectControlError(hostOf(), 'GET', 'clock/advance', undefined, 405, 'MethodNotAllowed');
  });

  it('answers 400 SerializationException for a body that is not JSON', () => {
    expectControlError(hostOf(), 'POST', 'clock/advance', '{"ms":', 400, 'SerializationException', /^The request body is not valid JSON: /);
    expectControlError(hostOf(), 'POST', 'clock/advance', "{'ms': 1}", 400, 'SerializationException');
  });

  it('refuses a body that is not a JSON object', () => {
    expectControlError(hostOf(), 'POST', 'clock/advance', '5', 400, 'InvalidParameterValue', 'The request input must be a structure, got 5.');
    expectControlError(hostOf(), 'POST', 'clock/advance', '[1]', 400, 'InvalidParameterValue');
    expectControlError(hostOf(), 'POST', 'clock/advance', '"ms"', 400, 'InvalidParameterValue');
  });

  it('refuses a field the route does not read, so a typo never passes unnoticed', () => {
    expectControlError(hostOf(), 'POST', 'clock/advance', { ms: 1, milliseconds: 5 }, 400, 'InvalidParameter', "The field 'milliseconds' is not known to this route. Known fields: ms.");
    expectControlError(hostOf(), 'GET', 'snapshot', { x: 1 }, 400, 'InvalidParameter', "The field 'x' is not known to this route. Known fields: none.");
    expectControlError(hostOf(), 'POST', 'clock/advance', '{"__proto__": {"ms": 1}}', 400, 'InvalidParameter');
    expectControlError(hostOf(), 'GET', 'connections?endpointID=vpce-1', undefined, 400, 'InvalidParameter');
    expectControlError(hostOf(), 'GET', 'connections?__proto__=x', undefined, 400, 'InvalidParameter', /^The field '__proto__' is not known/);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('reads fields from the query string when there is no body; not both, and each once', () => {
    const host = hostOf();
    host.cloud.publicDns.upsert('_v.example.com', 'TXT', 'token');
    expect(ok(call(host, 'GET', 'dns/records?name=_v.example.com'))).toEqual({ name: '_v.example.com', type: 'TXT', values: ['token'] });
    expect(ok(call(host, 'GET', 'dns/records?name=_V.Example.com.&type=TXT'))).toEqual({ name: '_v.example.com', type: 'TXT', values: ['token'] });
    expectControlError(host, 'GET', 'dns/records?name=_v.example.com', { type: 'TXT' }, 400, 'InvalidParameterCombination', 'Give the fields either in the query string or in a JSON body, not both.');
    expectControlError(host, 'GET', 'dns/records?name=a.com&name=b.com', undefined, 400, 'InvalidParameterValue', 'Value (["a.com","b.com"]) for parameter name is invalid. Give the field once.');
    // query values are strings: a number field given there is the model's refusal
    expectControlError(host, 'POST', 'clock/advance?ms=5', undefined, 400, 'InvalidParameterValue');
  });

  it('answers 500 InternalFailure, never an exception, when the model itself fails', () => {
    const broken = { cloud: { snapshot: () => { throw new TypeError('boom'); } } as unknown as Cloud };
    const response = handleControl(broken, { method: 'GET', path: 'snapshot', body: '' });
    expect(response.status).toBe(500);
    expect(response.body).toEqual({ error: { code: 'InternalFailure', message: 'The model failed while handling the request (a defect of privatelink-model, please report it): TypeError: boom' } });
    const odd = { cloud: { snapshot: () => { throw 'a string'; } } as unknown as Cloud };
    expect(handleControl(odd, { method: 'GET', path: 'snapshot', body: '' }).body).toEqual({ error: { code: 'InternalFailure', message: expect.stringMatching(/: a string$/) } });
  });
});
