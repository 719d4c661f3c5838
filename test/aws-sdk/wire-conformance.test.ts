/**
 * The errors `attachClient` raises, compared field by field with the errors the SDK's own
 * deserializer builds from AWS's wire responses (a fake HTTP handler returns the XML AWS
 * sends). If an SDK upgrade changes how it decorates errors, this shows it.
 */
import { DescribeVpcsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { DescribeLoadBalancersCommand, ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { describe, expect, it } from 'vitest';
import { attachClient } from '../../src/aws-sdk/index.js';
import { createCloud } from '../../src/index.js';
import { isolatedEc2Client, isolatedElbv2Client, rejectionOf } from './support.js';

const ACCOUNT = '222222222222';
const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };

/** A request handler answering every request with one HTTP error response. */
const answering = (statusCode: number, body: string) => ({
  handle: async () => ({
    response: { statusCode, headers: { 'content-type': 'text/xml', 'x-amzn-requestid': 'wire-request-id' }, body: new TextEncoder().encode(body) },
  }),
});

const ec2Wire = (code: string, message: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><Response><Errors><Error><Code>${code}</Code><Message>${message}</Message></Error></Errors><RequestID>wire-request-id</RequestID></Response>`;
const elbWire = (code: string, message: string) =>
  `<ErrorResponse xmlns="http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/"><Error><Type>Sender</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>wire-request-id</RequestId></ErrorResponse>`;

/** What user code can observe of an error, with the request id (which differs) and the XML namespace left out. */
function observable(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) throw new Error(`expected an Error, got ${String(error)}`);
  const { $metadata, RequestId, xmlns: _xmlns, ...fields } = { ...error } as Record<string, unknown>;
  const metadata = $metadata as Record<string, unknown>;
  return {
    ...fields,
    class: error.constructor.name,
    name: error.name,
    message: error.message,
    hasMessageField: Object.hasOwn(error, 'Message'),
    status: metadata['httpStatusCode'],
    attempts: metadata['attempts'],
    hasRequestId: typeof metadata['requestId'] === 'string',
    hasBodyRequestId: RequestId !== undefined,
  };
}

describe('errors match what the SDK deserializes from AWS', () => {
  it('EC2: InvalidVpcID.NotFound', async () => {
    const ours = await rejectionOf(
      attachClient(isolatedEc2Client(), createCloud({ seed: 1 }), { accountId: ACCOUNT }).send(
        new DescribeVpcsCommand({ VpcIds: ['vpc-0123456789abcdef0'] }),
      ),
    );
    const message = "The vpc ID 'vpc-0123456789abcdef0' does not exist";
    const wire = new EC2Client({ region: 'us-east-1', credentials, maxAttempts: 1, requestHandler: answering(400, ec2Wire('InvalidVpcID.NotFound', message)) });
    const theirs = await rejectionOf(wire.send(new DescribeVpcsCommand({ VpcIds: ['vpc-0123456789abcdef0'] })));
    expect(observable(ours)).toEqual(observable(theirs));
    expect(observable(ours)).toMatchObject({ class: 'EC2ServiceException', name: 'InvalidVpcID.NotFound', message });
  });

  it('ELBv2: LoadBalancerNotFound (a modeled exception class)', async () => {
    const ours = await rejectionOf(
      attachClient(isolatedElbv2Client(), createCloud({ seed: 1 }), { accountId: ACCOUNT }).send(
        new DescribeLoadBalancersCommand({ Names: ['missing'] }),
      ),
    );
    if (!(ours instanceof Error)) throw new Error('expected an Error');
    const wire = new ElasticLoadBalancingV2Client({
      region: 'us-east-1',
      credentials,
      maxAttempts: 1,
      requestHandler: answering(400, elbWire('LoadBalancerNotFound', ours.message)),
    });
    const theirs = await rejectionOf(wire.send(new DescribeLoadBalancersCommand({ Names: ['missing'] })));
    expect(observable(ours)).toEqual(observable(theirs));
    expect(observable(ours)).toMatchObject({ class: 'LoadBalancerNotFoundException', name: 'LoadBalancerNotFoundException', Code: 'LoadBalancerNotFound' });
  });

  it('ELBv2: ValidationError (no modeled class)', async () => {
    const ours = await rejectionOf(
      attachClient(isolatedElbv2Client(), createCloud({ seed: 1 }), { accountId: ACCOUNT }).send(
        new DescribeLoadBalancersCommand({ PageSize: 0 }),
      ),
    );
    if (!(ours instanceof Error)) throw new Error('expected an Error');
    const wire = new ElasticLoadBalancingV2Client({
      region: 'us-east-1',
      credentials,
      maxAttempts: 1,
      requestHandler: answering(400, elbWire('ValidationError', ours.message)),
    });
    const theirs = await rejectionOf(wire.send(new DescribeLoadBalancersCommand({ PageSize: 0 })));
    expect(observable(ours)).toEqual(observable(theirs));
    expect(observable(ours)).toMatchObject({ class: 'ElasticLoadBalancingV2ServiceException', name: 'ValidationError' });
  });
});
