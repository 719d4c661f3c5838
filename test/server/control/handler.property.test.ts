import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { createCloud } from '../../../src/index.js';
import { handleControl, type ControlResponse, type ModelHost } from '../../../src/server/control/handler.js';
import { controlRoutes } from '../../../src/server/control/routes.js';
import { prototypeChange, prototypeFingerprint } from '../../cloud/hostile-oracle.js';
import { buildDataPath } from '../../data-plane/fixtures.js';

const METHODS = ['GET', 'POST', 'DELETE', 'PUT', 'PATCH', 'HEAD', 'get', ''];
/** Every field some route reads, and a few it does not. */
const FIELDS = [...new Set(controlRoutes.flatMap((r) => (r.fields === 'any' ? [] : [...r.fields])))].concat('__proto__', 'constructor', 'formatVersion', 'x');

/** The route paths (with prefix and slash variants) or any string. */
const path = fc.oneof(
  fc.constantFrom(...controlRoutes.map((r) => r.path)),
  fc.constantFrom(...controlRoutes.map((r) => `/_model/${r.path}/`)),
  fc.tuple(fc.constantFrom(...controlRoutes.map((r) => r.path)), fc.string()).map(([p, q]) => `${p}?${q}`),
  fc.string(),
);

/** A JSON body: any JSON text, an object of the routes' fields, or any string. */
const body = fc.oneof(
  fc.constant(''),
  fc.json(),
  fc.dictionary(fc.constantFrom(...FIELDS), fc.jsonValue(), { maxKeys: 4 }).map((o) => JSON.stringify(o)),
  fc.string(),
);

/** The answer is JSON, and an error is `{ error: { code, message } }` with a 4xx status. */
function checkAnswer(response: ControlResponse): void {
  expect(Number.isInteger(response.status)).toBe(true);
  expect(() => JSON.stringify(response.body)).not.toThrow();
  if (response.status === 200) return;
  expect(response.status, JSON.stringify(response.body)).toBeGreaterThanOrEqual(400);
  expect(response.status, JSON.stringify(response.body)).toBeLessThan(500);
  const error = (response.body as { error?: { code?: unknown; message?: unknown } }).error;
  expect(typeof error?.code).toBe('string');
  expect(typeof error?.message).toBe('string');
}

test.prop([fc.string(), fc.string(), fc.string()], { numRuns: 300 })('handleControl never throws for arbitrary strings', (method, p, b) => {
  const host: ModelHost = { cloud: createCloud({ seed: 3 }) };
  checkAnswer(handleControl(host, { method, path: p, body: b }));
});

test.prop([fc.constantFrom(...METHODS), path, body], { numRuns: 600 })(
  'route-shaped requests with arbitrary bodies: never a throw, never a defect (500), a refusal changes nothing, prototypes untouched',
  (method, p, b) => {
    const t = buildDataPath({ seed: 5 });
    const host: ModelHost = { cloud: t.cloud };
    const fingerprint = prototypeFingerprint();
    const cloud = host.cloud;
    const world = cloud.world;
    const response = handleControl(host, { method, path: p, body: b });
    checkAnswer(response);
    if (response.status !== 200) {
      expect(host.cloud).toBe(cloud);
      expect(host.cloud.world).toBe(world);
    }
    expect(prototypeChange(fingerprint, prototypeFingerprint())).toBeUndefined();
  },
);
