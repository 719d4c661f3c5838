import { describe, expect, it } from 'vitest';
import { checkPolicyDocument, DEFAULT_ENDPOINT_POLICY } from '../../src/endpoints/policy.js';
import { cloudErrorOf } from '../support/errors.js';

describe('endpoint policies', () => {
  it('the default allows everything, in the form AWS returns', () => {
    expect(JSON.parse(DEFAULT_ENDPOINT_POLICY)).toEqual({
      Statement: [{ Action: '*', Effect: 'Allow', Principal: '*', Resource: '*' }],
    });
  });

  it('accepts a JSON object as given', () => {
    const doc = '{"Statement":[{"Effect":"Deny","Principal":"*","Action":"*","Resource":"*"}]}';
    expect(checkPolicyDocument(doc)).toBe(doc);
  });

  it('reports a syntax error with its position', () => {
    const error = cloudErrorOf(() => checkPolicyDocument('{\n  "Statement": [}'));
    expect(error.code).toBe('InvalidPolicyDocument');
    expect(error.message).toMatch(/^The Policy Document is not valid\. Syntax error at position \(2,\d+\)$/);
  });

  it('rejects JSON that is not an object', () => {
    expect(cloudErrorOf(() => checkPolicyDocument('[1]'))).toMatchObject({
      code: 'InvalidPolicyDocument',
      message: 'The Policy Document is not valid.',
    });
  });
});
