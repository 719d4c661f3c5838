import { DescribeAvailabilityZonesCommand, DescribeInstancesCommand, EC2ServiceException } from '@aws-sdk/client-ec2';
import {
  DescribeAccountLimitsCommand,
  DescribeLoadBalancersCommand,
  ElasticLoadBalancingV2ServiceException,
  LoadBalancerNotFoundException,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { describe, expect, it } from 'vitest';
import { attachClient } from '../../src/aws-sdk/index.js';
import { createCloud } from '../../src/index.js';
import { VERSION } from '../../src/version.js';
import { isolatedEc2Client, isolatedElbv2Client, rejectionOf, REQUEST_ID } from './support.js';

const ACCOUNT = '222222222222';

function ec2Error(error: unknown): EC2ServiceException {
  if (!(error instanceof EC2ServiceException)) throw new Error(`expected an EC2ServiceException, got ${String(error)}`);
  return error;
}

function elbv2Error(error: unknown): ElasticLoadBalancingV2ServiceException {
  if (!(error instanceof ElasticLoadBalancingV2ServiceException)) {
    throw new Error(`expected an ElasticLoadBalancingV2ServiceException, got ${String(error)}`);
  }
  return error;
}

describe('attachClient errors', () => {
  it('raises DryRunOperation as an EC2ServiceException named by the code, status 412', async () => {
    const cloud = createCloud({ seed: 1 });
    const ec2 = attachClient(isolatedEc2Client(), cloud, { accountId: ACCOUNT });
    const before = cloud.world;
    const error = ec2Error(await rejectionOf(ec2.send(new DescribeAvailabilityZonesCommand({ DryRun: true }))));
    expect(error.name).toBe('DryRunOperation');
    expect(error.message).toBe('Request would have succeeded, but DryRun flag is set.');
    expect(error.$fault).toBe('client');
    expect(error.$metadata).toEqual({ httpStatusCode: 412, requestId: expect.stringMatching(REQUEST_ID), attempts: 1, totalRetryDelay: 0 });
    expect(error).toMatchObject({ Code: 'DryRunOperation', Error: { Code: 'DryRunOperation', Message: error.message } });
    expect(error).not.toBeInstanceOf(ElasticLoadBalancingV2ServiceException);
    expect(cloud.world).toBe(before);
  });

  it('raises model errors with AWS code and message, status 400', async () => {
    const ec2 = attachClient(isolatedEc2Client(), createCloud({ seed: 1 }), { accountId: ACCOUNT });
    const error = ec2Error(await rejectionOf(ec2.send(new DescribeAvailabilityZonesCommand({ ZoneNames: ['us-east-1z'] }))));
    expect(error.name).toBe('InvalidParameterValue');
    expect(error.message).toBe('Invalid availability zone: [us-east-1z]');
    expect(error.$metadata.httpStatusCode).toBe(400);
  });

  it('calls as the principal given, so IAM applies (UnauthorizedOperation, 403)', async () => {
    const principalArn = `arn:aws:iam::${ACCOUNT}:user/alice`;
    const cloud = createCloud({ seed: 1 });
    cloud.iam.putPrincipalPolicy(principalArn, { Statement: [{ Effect: 'Deny', Action: 'ec2:Describe*', Resource: '*' }] });
    const ec2 = attachClient(isolatedEc2Client(), cloud, { accountId: ACCOUNT, principalArn });
    const error = ec2Error(await rejectionOf(ec2.send(new DescribeAvailabilityZonesCommand({}))));
    expect(error.name).toBe('UnauthorizedOperation');
    expect(error.message).toContain(principalArn);
    expect(error.$metadata.httpStatusCode).toBe(403);
  });

  it('refuses an EC2 action the model does not implement, naming it and the version', async () => {
    const ec2 = attachClient(isolatedEc2Client(), createCloud({ seed: 1 }), { accountId: ACCOUNT });
    const error = ec2Error(await rejectionOf(ec2.send(new DescribeInstancesCommand({}))));
    expect(error.name).toBe('UnsupportedOperation');
    expect(error.message).toBe(
      `The action DescribeInstances is not supported by privatelink-model: version ${VERSION} does not model this EC2 action`,
    );
  });

  it('refuses an ELBv2 action the model does not implement with an ELBv2 exception', async () => {
    const elbv2 = attachClient(isolatedElbv2Client(), createCloud({ seed: 1 }), { accountId: ACCOUNT });
    const error = elbv2Error(await rejectionOf(elbv2.send(new DescribeAccountLimitsCommand({}))));
    expect(error.name).toBe('UnsupportedOperation');
    expect(error.message).toContain(`DescribeAccountLimits is not supported by privatelink-model: version ${VERSION}`);
    expect(error).not.toBeInstanceOf(EC2ServiceException);
    expect(error).toMatchObject({ Type: 'Sender', Code: 'UnsupportedOperation' });
  });

  it('raises modeled ELBv2 exceptions as their SDK class, named as the SDK names them', async () => {
    const elbv2 = attachClient(isolatedElbv2Client(), createCloud({ seed: 1 }), { accountId: ACCOUNT });
    const error = elbv2Error(await rejectionOf(elbv2.send(new DescribeLoadBalancersCommand({ Names: ['missing'] }))));
    expect(error).toBeInstanceOf(LoadBalancerNotFoundException);
    expect(error.name).toBe('LoadBalancerNotFoundException');
    expect(error).toMatchObject({
      $fault: 'client',
      Code: 'LoadBalancerNotFound',
      Type: 'Sender',
      Error: { Type: 'Sender', Code: 'LoadBalancerNotFound', Message: error.message },
    });
    expect(error).toMatchObject({ RequestId: error.$metadata.requestId });
    expect(Object.hasOwn(error, 'Message')).toBe(false);
  });

  it('raises ELBv2 codes without an SDK class as the service exception named by the code', async () => {
    const elbv2 = attachClient(isolatedElbv2Client(), createCloud({ seed: 1 }), { accountId: ACCOUNT });
    const error = elbv2Error(await rejectionOf(elbv2.send(new DescribeLoadBalancersCommand({ PageSize: 0 }))));
    expect(error.name).toBe('ValidationError');
    expect(error.constructor).toBe(ElasticLoadBalancingV2ServiceException);
  });
});
