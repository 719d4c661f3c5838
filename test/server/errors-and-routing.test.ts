/**
 * Every way a request can go wrong answers an AWS error in the right envelope and status,
 * never a crash: bad body, unknown action, missing or unknown version, bad credential,
 * unknown path, a body over the limit, an internal failure. And the routing rules: the API
 * by `Version`, else by the credential scope; identity by access key id; GET query strings.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCloud, type Cloud } from '../../src/index.js';
import { handleAwsRequest, serve, type HttpRequestData, type ModelServer } from '../../src/server/index.js';

const OPTIONS = { defaultAccountId: '123456789012', defaultRegion: 'us-east-1' };
const sign = (akid: string, region = 'us-east-1', service = 'ec2') =>
  `AWS4-HMAC-SHA256 Credential=${akid}/20260101/${region}/${service}/aws4_request, SignedHeaders=host;x-amz-date, Signature=00`;

function call(cloud: Cloud, body: string, headers: HttpRequestData['headers'] = {}, url = '/') {
  return handleAwsRequest({ cloud }, { method: 'POST', url, headers, body }, OPTIONS);
}

/** The code and message of an XML error body. */
function errorOf(body: string): { code: string | undefined; message: string | undefined } {
  return { code: /<Code>([^<]*)<\/Code>/.exec(body)?.[1], message: /<Message>([^<]*)<\/Message>/.exec(body)?.[1] };
}

describe('handleAwsRequest: error paths', () => {
  it('a bad percent escape: MalformedQueryString, 404, in EC2’s envelope', () => {
    const answer = call(createCloud(), 'Action=DescribeVpcs&Version=2016-11-15&VpcId.1=%zz');
    expect(answer.status).toBe(404);
    expect(answer.body).toContain('<Response><Errors><Error><Code>MalformedQueryString</Code>');
  });

  it('a body that is not a form (JSON): MissingParameter Version, never a crash', () => {
    const answer = call(createCloud(), '{"Action":"DescribeVpcs"}');
    expect(answer.status).toBe(400);
    expect(errorOf(answer.body)).toEqual({ code: 'MissingParameter', message: 'The request must contain the parameter Version' });
  });

  it('an unknown action: InvalidAction as each API words it; an AWS action not modelled: UnsupportedOperation', () => {
    expect(errorOf(call(createCloud(), 'Action=LaunchRockets&Version=2016-11-15').body)).toEqual({ code: 'InvalidAction', message: 'The action LaunchRockets is not valid for this web service.' });
    const elb = call(createCloud(), 'Action=LaunchRockets&Version=2015-12-01');
    expect(elb.body).toContain('<ErrorResponse xmlns="http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/"><Error><Type>Sender</Type><Code>InvalidAction</Code><Message>Could not find operation LaunchRockets for version 2015-12-01</Message>');
    expect(errorOf(call(createCloud(), 'Action=RunInstances&Version=2016-11-15').body).code).toBe('UnsupportedOperation');
    expect(errorOf(call(createCloud(), 'Action=CreateRule&Version=2015-12-01').body).code).toBe('UnsupportedOperation');
  });

  it('no action: MissingAction', () => {
    expect(errorOf(call(createCloud(), 'Version=2016-11-15').body).code).toBe('MissingAction');
  });

  it('no version and no signed service: MissingParameter; an unknown version: NoSuchVersion', () => {
    expect(errorOf(call(createCloud(), 'Action=DescribeVpcs').body).code).toBe('MissingParameter');
    expect(errorOf(call(createCloud(), 'Action=DescribeVpcs&Version=2014-01-01').body)).toEqual({ code: 'NoSuchVersion', message: 'The requested version (2014-01-01) of service AmazonEC2 does not exist' });
  });

  it('without a version, the credential scope’s service picks the API', () => {
    expect(call(createCloud(), 'Action=DescribeVpcs', { authorization: sign('111111111111') }).status).toBe(200);
    const elb = call(createCloud(), 'Action=DescribeLoadBalancers', { authorization: sign('111111111111', 'us-east-1', 'elasticloadbalancing') });
    expect(elb.status).toBe(200);
    expect(elb.body).toContain('<DescribeLoadBalancersResult>');
  });

  it('a bad credential: IncompleteSignature', () => {
    for (const authorization of ['Bearer abc', 'AWS4-HMAC-SHA256 SignedHeaders=host', sign('111111111111').replace('/aws4_request', ''), 'AWS4-HMAC-SHA256 Credential=a/2026/us-east-1/ec2/aws4_request']) {
      const answer = call(createCloud(), 'Action=DescribeVpcs&Version=2016-11-15', { authorization });
      expect(answer.status).toBe(400);
      expect(errorOf(answer.body).code).toBe('IncompleteSignature');
    }
    expect(errorOf(call(createCloud(), '', {}, '/?Action=DescribeVpcs&Version=2016-11-15&X-Amz-Credential=broken').body).code).toBe('IncompleteSignature');
  });

  it('a region the model does not know: InvalidParameterValue, nothing created', () => {
    const cloud = createCloud();
    const before = cloud.world;
    const answer = call(cloud, 'Action=CreateVpc&Version=2016-11-15&CidrBlock=10.0.0.0/16', { authorization: sign('111111111111', 'mars-north-1') });
    expect(answer.status).toBe(400);
    expect(errorOf(answer.body).code).toBe('InvalidParameterValue');
    expect(cloud.world).toBe(before);
  });

  it('an unknown path: 404 NotFound', () => {
    const answer = call(createCloud(), 'Action=DescribeVpcs&Version=2016-11-15', {}, '/ec2/');
    expect(answer.status).toBe(404);
    expect(errorOf(answer.body).code).toBe('NotFound');
  });

  it('a model error keeps its HTTP status (DryRunOperation: 412) and changes nothing', () => {
    const cloud = createCloud();
    const before = cloud.world;
    const answer = call(cloud, 'Action=CreateVpc&Version=2016-11-15&CidrBlock=10.0.0.0/16&DryRun=true');
    expect(answer.status).toBe(412);
    expect(errorOf(answer.body).code).toBe('DryRunOperation');
    expect(cloud.world).toBe(before);
  });

  it('a failure that is not an AWS error: 500 InternalError, the server goes on', () => {
    const cloud = createCloud();
    const broken: Cloud = { ...cloud, dispatch: () => { throw new TypeError('boom'); } };
    const answer = handleAwsRequest({ cloud: broken }, { method: 'POST', url: '/', headers: {}, body: 'Action=DescribeVpcs&Version=2016-11-15' }, OPTIONS);
    expect(answer.status).toBe(500);
    expect(errorOf(answer.body)).toEqual({ code: 'InternalError', message: 'We encountered an internal error. Please try again.' });
  });
});

describe('handleAwsRequest: identity and parameters', () => {
  it('a 12-digit access key id is that account; any other, and no signature, the default account', () => {
    const cloud = createCloud();
    call(cloud, 'Action=CreateVpc&Version=2016-11-15&CidrBlock=10.1.0.0/16', { authorization: sign('222222222222', 'eu-west-1') });
    call(cloud, 'Action=CreateVpc&Version=2016-11-15&CidrBlock=10.2.0.0/16', { authorization: sign('AKIAIOSFODNN7EXAMPLE') });
    call(cloud, 'Action=CreateVpc&Version=2016-11-15&CidrBlock=10.3.0.0/16');
    const cidrs = (accountId: string, region: string) => cloud.ec2({ accountId, region }).describeVpcs({}).Vpcs.map((v) => v.CidrBlock);
    expect(cidrs('222222222222', 'eu-west-1')).toEqual(['10.1.0.0/16']);
    expect(cidrs('123456789012', 'us-east-1')).toEqual(['10.2.0.0/16', '10.3.0.0/16']);
  });

  it('reads GET query strings and presigned X-Amz-Credential', () => {
    const cloud = createCloud();
    const url = `/?Action=CreateVpc&Version=2016-11-15&CidrBlock=10.4.0.0%2F16&X-Amz-Credential=${encodeURIComponent('333333333333/20260101/us-west-2/ec2/aws4_request')}&X-Amz-Signature=00`;
    const answer = handleAwsRequest({ cloud }, { method: 'GET', url, headers: {}, body: '' }, OPTIONS);
    expect(answer.status).toBe(200);
    expect(cloud.ec2({ accountId: '333333333333', region: 'us-west-2' }).describeVpcs({}).Vpcs).toHaveLength(1);
  });

  it('request ids are UUID-shaped and follow the seed (the same on every run)', () => {
    const ids = (seed: number) => [1, 2].map(() => call(createCloud({ seed }), 'Action=DescribeVpcs&Version=2016-11-15').headers['x-amzn-requestid']);
    expect(ids(5)).toEqual(ids(5));
    expect(ids(5)[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });
});

describe('serve over HTTP', () => {
  let server: ModelServer;

  beforeAll(async () => {
    server = await serve({ port: 0, seed: 9, maxBodyBytes: 4096 });
  });

  afterAll(async () => {
    await server.close();
  });

  const post = (body: string, path = '/') =>
    fetch(`${server.url}${path}`, { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' } });

  it('answers a body over the limit with 413 and keeps serving', async () => {
    const big = await post(`Action=DescribeVpcs&Version=2016-11-15&x=${'a'.repeat(10_000)}`);
    expect(big.status).toBe(413);
    expect(errorOf(await big.text()).code).toBe('RequestEntityTooLarge');
    expect((await post('Action=DescribeVpcs&Version=2016-11-15')).status).toBe(200);
  });

  it('routes /_model/ to the control API as JSON', async () => {
    const response = await fetch(`${server.url}/_model/no-such-control`);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(typeof (await response.json())).toBe('object');
  });

  it('answers 50 concurrent clients one request at a time, every answer consistent', async () => {
    const vpcId = /<vpcId>([^<]+)<\/vpcId>/.exec(await (await post('Action=CreateVpc&Version=2016-11-15&CidrBlock=10.0.0.0%2F16')).text())?.[1] ?? '';
    const creates = Array.from({ length: 50 }, (_, i) =>
      post(`Action=CreateSubnet&Version=2016-11-15&VpcId=${vpcId}&CidrBlock=10.0.${i}.0%2F24`).then(async (r) => ({ status: r.status, text: await r.text() })),
    );
    const describes = Array.from({ length: 20 }, () => post(`Action=DescribeSubnets&Version=2016-11-15&Filter.1.Name=vpc-id&Filter.1.Value.1=${vpcId}`).then((r) => r.text()));
    const [created, described] = await Promise.all([Promise.all(creates), Promise.all(describes)]);
    expect(created.map((c) => c.status)).toEqual(Array.from({ length: 50 }, () => 200));
    const ids = created.map((c) => /<subnetId>([^<]+)<\/subnetId>/.exec(c.text)?.[1]);
    expect(new Set(ids).size).toBe(50);
    const requestIds = created.map((c) => /<requestId>([^<]+)<\/requestId>/.exec(c.text)?.[1]);
    expect(new Set(requestIds).size).toBe(50);
    // Each describe saw whole creates only: every subnet it lists is one a create answered.
    for (const text of described) {
      expect(text).toMatch(/<\/DescribeSubnetsResponse>$/);
      for (const [, id] of text.matchAll(/<subnetId>([^<]+)<\/subnetId>/g)) expect(ids).toContain(id);
    }
    const all = server.host.cloud.ec2({ accountId: '123456789012', region: 'us-east-1' }).describeSubnets({}).Subnets.map((s) => s.SubnetId);
    expect(new Set(all)).toEqual(new Set(ids));
  });
});
