/**
 * Helpers of the model-control API tests: calling the handler as the HTTP layer does and
 * reading an error answer.
 */
import { expect } from 'vitest';
import { createCloud, type Cloud } from '../../../src/index.js';
import { handleControl, type ControlResponse, type ModelHost } from '../../../src/server/control/handler.js';

/** Calls the handler; a body object is sent as JSON, a string as given. */
export function call(host: ModelHost, method: string, path: string, body?: unknown): ControlResponse {
  const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
  return handleControl(host, { method, path, body: text });
}

/** The body of a 200 answer, through JSON as a client reads it. */
export function ok(response: ControlResponse): unknown {
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return JSON.parse(JSON.stringify(response.body)) as unknown;
}

/** A host over a fresh cloud (or `cloud`). */
export function hostOf(cloud: Cloud = createCloud({ seed: 1 })): ModelHost {
  return { cloud };
}

/**
 * Calls the handler, expects the JSON error `code` with `status` (and `message` when given),
 * and checks nothing changed: the same cloud, the same world.
 */
export function expectControlError(host: ModelHost, method: string, path: string, body: unknown, status: number, code: string, message?: string | RegExp): string {
  const cloud = host.cloud;
  const world = cloud.world;
  const response = call(host, method, path, body);
  expect(response.status).toBe(status);
  const error = (response.body as { error?: { code?: unknown; message?: unknown } }).error;
  expect(error?.code).toBe(code);
  expect(typeof error?.message).toBe('string');
  const text = String(error?.message);
  if (typeof message === 'string') expect(text).toBe(message);
  else if (message !== undefined) expect(text).toMatch(message);
  expect(Object.keys(response.body as object)).toEqual(['error']);
  expect(host.cloud).toBe(cloud);
  expect(host.cloud.world).toBe(world);
  return text;
}
