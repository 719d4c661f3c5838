/**
 * Helpers for the SDK bridge tests: clients that must never reach AWS, and a way to catch
 * the error a `send` rejects with.
 */
import { EC2Client } from '@aws-sdk/client-ec2';
import { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';

/** A credential provider that fails the test if the SDK ever asks for credentials. */
export const forbiddenCredentials = async (): Promise<never> => {
  throw new Error('credentials were resolved: the model must answer before signing');
};

/** A request handler that fails the test if the SDK ever sends an HTTP request. */
export const forbiddenRequestHandler = {
  handle: async (): Promise<never> => {
    throw new Error('an HTTP request was sent: the model must answer before serialization');
  },
};

/** An EC2 client in `region` that can neither sign nor send: only the model can answer it. */
export function isolatedEc2Client(region = 'us-east-1'): EC2Client {
  return new EC2Client({ region, credentials: forbiddenCredentials, requestHandler: forbiddenRequestHandler, maxAttempts: 1 });
}

/** An ELBv2 client in `region` that can neither sign nor send. */
export function isolatedElbv2Client(region = 'us-east-1'): ElasticLoadBalancingV2Client {
  return new ElasticLoadBalancingV2Client({
    region,
    credentials: forbiddenCredentials,
    requestHandler: forbiddenRequestHandler,
    maxAttempts: 1,
  });
}

/** Awaits `promise`, which must reject, and returns what it rejected with. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail, but it succeeded');
}

/** The UUID shape of EC2 and ELBv2 request ids. */
export const REQUEST_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Awaits `promise`, which must reject with an instance of `Class` whose `name` is `name`,
 * and returns the error: the checks user code makes against AWS.
 */
export async function sdkError<E extends Error>(
  promise: Promise<unknown>,
  Class: abstract new (...args: never[]) => E,
  name: string,
): Promise<E> {
  const error = await rejectionOf(promise);
  if (!(error instanceof Class)) throw new Error(`expected an instance of ${Class.name}, got ${String(error)}`);
  if (error.name !== name) throw new Error(`expected ${name}, got ${error.name}: ${error.message}`);
  return error;
}
