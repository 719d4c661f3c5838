/**
 * The seam with the control API: every request under `/_model/` goes to `handleControl` with
 * the method, the path below the prefix (query string included) and the raw body; its answer
 * is sent as JSON with its status; a handler that throws is a JSON 500, never a crash; other
 * paths never reach it.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ControlRequest, ControlResponse, ModelHost } from '../../src/server/control/handler.js';

const calls: ControlRequest[] = [];
let next: (request: ControlRequest) => ControlResponse = () => ({ status: 200, body: { ok: true } });

vi.mock('../../src/server/control/handler.js', () => ({
  CONTROL_PREFIX: '/_model/',
  handleControl: (_host: ModelHost, request: ControlRequest) => {
    calls.push(request);
    return next(request);
  },
}));

const { serve } = await import('../../src/server/serve.js');

describe('serve: the control API seam', () => {
  let server: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    server = await serve({ port: 0 });
  });
  afterAll(async () => {
    await server.close();
  });

  it('passes method, path below the prefix with its query string, and body; answers JSON', async () => {
    calls.length = 0;
    next = () => ({ status: 201, body: { now: 5 } });
    const response = await fetch(`${server.url}/_model/clock/advance?x=1`, { method: 'POST', body: '{"ms":1000}' });
    expect(response.status).toBe(201);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.json()).toEqual({ now: 5 });
    expect(calls).toEqual([{ method: 'POST', path: 'clock/advance?x=1', body: '{"ms":1000}' }]);
  });

  it('answers a throwing handler with a JSON 500 and goes on', async () => {
    next = () => {
      throw new Error('defect');
    };
    const response = await fetch(`${server.url}/_model/snapshot`);
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ error: 'InternalError', message: 'defect' });
    next = () => ({ status: 200, body: null });
    expect(await (await fetch(`${server.url}/_model/snapshot`)).json()).toBeNull();
  });

  it('never hands AWS requests to it', async () => {
    calls.length = 0;
    expect((await fetch(`${server.url}/?Action=DescribeVpcs&Version=2016-11-15`)).status).toBe(200);
    expect((await fetch(`${server.url}/_modelx`)).status).toBe(404);
    expect(calls).toEqual([]);
  });
});
