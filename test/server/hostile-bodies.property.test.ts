/**
 * Whatever bytes arrive, the AWS handler answers an AWS response (200, or an error in an XML
 * envelope with a 4xx/5xx status that is never a 500 InternalError) and never throws:
 * random bodies, random parameters of every modelled action built from its own wire names,
 * random headers.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { createCloud } from '../../src/index.js';
import { handleAwsRequest } from '../../src/server/index.js';
import { QUERY_APIS } from '../../src/server/query/apis.js';

const OPTIONS = { defaultAccountId: '123456789012', defaultRegion: 'us-east-1' };
const ACTIONS = [...Object.keys(QUERY_APIS.ec2.shapes.actions).map((a) => ['2016-11-15', a] as const), ...Object.keys(QUERY_APIS.elbv2.shapes.actions).map((a) => ['2015-12-01', a] as const)];

/** Every parameter name a structure of the table could use, a few levels deep. */
const NAMES = [...new Set([...Object.values(QUERY_APIS.ec2.shapes.shapes), ...Object.values(QUERY_APIS.elbv2.shapes.shapes)].flatMap((s) => (s.kind === 'structure' ? s.members.map((m) => m[1]) : [])))];

const keyPart = fc.oneof(fc.constantFrom(...NAMES), fc.constantFrom('1', '2', '0', 'member', 'entry', 'key', 'value', 'item', '__proto__', ''), fc.string({ maxLength: 4 }));
const param = fc.tuple(fc.array(keyPart, { minLength: 1, maxLength: 5 }), fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('true', 'false', '5', '-1', '1e400', '%', '%zz', 'vpc-0123456789abcdef0', '10.0.0.0/16')));

function check(status: number, body: string): void {
  expect(body.startsWith('<?xml')).toBe(true);
  if (status !== 200) {
    expect(status).toBeGreaterThanOrEqual(400);
    expect(body).toMatch(/<Code>[A-Za-z.]+<\/Code>/);
    expect(body).not.toContain('<Code>InternalError</Code>');
  }
}

describe('hostile request bodies', () => {
  test.prop([fc.string({ maxLength: 200 })], { numRuns: 300 })('a random body', (body) => {
    const answer = handleAwsRequest({ cloud: createCloud() }, { method: 'POST', url: '/', headers: {}, body }, OPTIONS);
    check(answer.status, answer.body);
  });

  test.prop([fc.constantFrom(...ACTIONS), fc.array(param, { maxLength: 8 }), fc.option(fc.string({ maxLength: 80 }), { nil: undefined })], { numRuns: 400 })(
    'random parameters for a modelled action',
    ([version, action], params, authorization) => {
      const body = [`Action=${action}`, `Version=${version}`, ...params.map(([key, value]) => `${key.map(encodeURIComponent).join('.')}=${value}`)].join('&');
      const headers = authorization === undefined ? {} : { authorization };
      const answer = handleAwsRequest({ cloud: createCloud() }, { method: 'POST', url: '/', headers, body }, OPTIONS);
      check(answer.status, answer.body);
    },
  );
});
