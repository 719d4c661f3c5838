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

/** The data path every run rebuilds (same seed, so the same ids): the arbitraries use its ids. */
const REFERENCE = buildDataPath({ seed: 5 });

/** A field's value: a valid one of the data path, a near miss, or anything JSON. */
const pick = (...values: unknown[]): fc.Arbitrary<unknown> => fc.oneof(fc.constantFrom(...values), fc.jsonValue());

const FROM = fc.record(
  {
    accountId: pick('222222222222', '111111111111'),
    subnetId: pick(REFERENCE.consumer.subnetA, REFERENCE.consumer.subnetC),
    network: pick('onprem-0123456789abcdef0'),
    ip: pick('10.1.1.20', '10.1.1.0', '192.168.1.1', '10.1.1.255'),
    securityGroupIds: pick([REFERENCE.consumer.defaultSecurityGroupId], [], ['sg-0123456789abcdef0']),
    port: pick(40000, 0, 65535),
  },
  { requiredKeys: [] },
);

const BODY = fc.record(
  {
    from: fc.oneof(FROM, fc.jsonValue()),
    host: pick(REFERENCE.regionalName, ...Object.values(REFERENCE.zonalNames)),
    port: pick(443, 80, 0),
    connectionId: pick(1, 2, -1),
    sent: pick(0, 10, -1),
    targetGroupArn: pick(REFERENCE.targetGroupArn),
    target: fc.oneof(fc.record({ Id: pick('10.0.1.10', '10.0.2.10'), Port: pick(8080, 1) }, { requiredKeys: ['Id'] }), fc.jsonValue()),
    health: pick('healthy', 'unhealthy'),
    region: pick('us-east-1'),
    zoneId: pick('use1-az2', 'use1-az3'),
    accountId: pick('222222222222'),
    vpcId: pick(REFERENCE.consumer.vpcId),
    cidrBlock: pick('192.168.0.0/16', '10.1.0.0/16'),
    link: pick('direct-connect', 'site-to-site-vpn'),
    networkId: pick('onprem-0123456789abcdef0'),
  },
  { requiredKeys: [] },
);

const WRITES = controlRoutes.filter((r) => r.method !== 'GET' && Array.isArray(r.fields) && r.fields.length > 0 && !r.path.startsWith('dns') && !r.path.startsWith('iam'));

test.prop([fc.constantFrom(...WRITES), BODY], { numRuns: 300 })(
  'bodies mixing valid and hostile values (nested from / target included): never a throw, never a defect (500)',
  (route, sample) => {
    const t = buildDataPath({ seed: 5 });
    const host: ModelHost = { cloud: t.cloud };
    // an open connection, so close and transfer have one to act on
    handleControl(host, { method: 'POST', path: 'connect', body: JSON.stringify({ from: { accountId: '222222222222', subnetId: t.consumer.subnetA }, host: t.regionalName, port: 443 }) });
    const fields = route.fields === 'any' ? [] : route.fields;
    const body = Object.fromEntries(Object.entries(sample).filter(([k]) => fields.includes(k)));
    checkAnswer(handleControl(host, { method: route.method, path: route.path, body: JSON.stringify(body) }));
  },
);
