import { describe, expect, it } from 'vitest';
import { checkPolicyDocument, DEFAULT_ENDPOINT_POLICY } from '../../src/endpoints/policy.js';
import { cloudErrorOf } from '../support/errors.js';
import { buildTopology } from '../fixtures/topology.js';

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

  it('rejects a JSON object without a Statement, or with a statement that is not an object', () => {
    for (const doc of ['{}', '{"Version":"2012-10-17"}', '{"Statement":[]}', '{"Statement":"*"}', '{"Statement":[1]}', '{"Statement":null}']) {
      expect(cloudErrorOf(() => checkPolicyDocument(doc))).toMatchObject({ code: 'InvalidPolicyDocument', message: 'The Policy Document is not valid.' });
    }
    expect(checkPolicyDocument('{"Statement":{"Effect":"Allow","Principal":"*","Action":"*","Resource":"*"}}')).toContain('Statement');
  });

  it('CreateVpcEndpoint and ModifyVpcEndpoint both check the document', () => {
    const { cloud, provider, consumer } = buildTopology({ acceptanceRequired: false });
    const ec2 = cloud.ec2(consumer.identity);
    const before = cloud.world;
    const create = () => ec2.createVpcEndpoint({ VpcEndpointType: 'Interface', VpcId: consumer.vpcId, ServiceName: provider.serviceName, PolicyDocument: '{"Version":"2012-10-17"}' });
    expect(cloudErrorOf(create).code).toBe('InvalidPolicyDocument');
    expect(cloud.world).toBe(before);
    const id = ec2.createVpcEndpoint({ VpcEndpointType: 'Interface', VpcId: consumer.vpcId, ServiceName: provider.serviceName }).VpcEndpoint.VpcEndpointId ?? '';
    expect(cloudErrorOf(() => ec2.modifyVpcEndpoint({ VpcEndpointId: id, PolicyDocument: '{"Statement":[]}' })).code).toBe('InvalidPolicyDocument');
  });
});
