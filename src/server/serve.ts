/**
 * `serve`: the model over HTTP, on Node's own `http`. AWS Query requests (EC2 and ELBv2) at
 * `/`, the model-control JSON API under `/_model/`. Each request's body is read, then
 * answered synchronously, so requests run one at a time through the model's pipeline
 * however many clients call at once.
 *
 * @module
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { clockFollower } from '../aws-sdk/attach.js';
import { createCloud, type Cloud } from '../cloud.js';
import { errors } from '../core/errors.js';
import type { CloudOptions } from '../world/create-world.js';
import { handleAwsRequest, rejectAwsRequest, type AwsHandlerOptions } from './aws-handler.js';
import { CONTROL_PREFIX, handleControl, type ModelHost } from './control/handler.js';

/**
 * Options of `serve`. The model is `cloud` when given, else a new cloud from `seed`,
 * `timing` and `from` (a snapshot).
 *
 * @example
 * const options: ServeOptions = { port: 0, seed: 42, defaultAccountId: '111111111111' };
 */
export interface ServeOptions {
  /** TCP port; `0` picks a free one. @defaultValue 4566 */
  port?: number;
  /** Interface to listen on. @defaultValue `127.0.0.1` */
  host?: string;
  /** An existing cloud to serve (its snapshot and controls stay usable from JavaScript). */
  cloud?: Cloud;
  /** Seed of a new cloud (`createCloud({ seed })`). */
  seed?: CloudOptions['seed'];
  /** Timing of a new cloud (`createCloud({ timing })`). */
  timing?: CloudOptions['timing'];
  /** A snapshot to restore (`createCloud({ from })`). */
  from?: CloudOptions['from'];
  /** The account of access key ids that are not 12 digits, and of unsigned requests. @defaultValue `123456789012` */
  defaultAccountId?: string;
  /** The region of unsigned requests. @defaultValue `us-east-1` */
  defaultRegion?: string;
  /**
   * A clock simulated time follows (as `attachClient`'s `followClock`): before each AWS call
   * the model's clock moves forward by as much as this one moved since the cloud was first
   * served. `privatelink-model serve --timing realistic` passes `Date.now`.
   * @defaultValue none: only the control API's clock advance moves simulated time
   */
  followClock?: () => number;
  /** Largest request body accepted, in bytes. @defaultValue 16 MiB */
  maxBodyBytes?: number;
}

/**
 * A running server.
 *
 * @example
 * const server = await serve({ port: 0 });
 * console.log(server.url); // 'http://127.0.0.1:41234'
 * await server.close();
 */
export interface ModelServer {
  /** Base URL, e.g. `http://127.0.0.1:4566` (the AWS endpoint URL for every client). */
  readonly url: string;
  /** The port listened on (the one picked when `port` was 0). */
  readonly port: number;
  /** The model served: `host.cloud` is the current cloud (a restore replaces it). */
  readonly host: ModelHost;
  /** Stops listening and closes open connections. */
  close(): Promise<void>;
}

const DEFAULT_PORT = 4566;
const DEFAULT_ACCOUNT_ID = '123456789012';
const DEFAULT_MAX_BODY = 16 * 1024 * 1024;

/** The AWS handler's options for `options`, checked. */
function awsOptions(options: ServeOptions): AwsHandlerOptions {
  const defaultAccountId = options.defaultAccountId ?? DEFAULT_ACCOUNT_ID;
  if (!/^\d{12}$/.test(defaultAccountId)) throw errors.unknownAccount(defaultAccountId);
  const { followClock } = options;
  if (followClock !== undefined && typeof followClock !== 'function') {
    throw errors.invalidParameterValue('followClock', followClock, 'Expected a function returning milliseconds.');
  }
  const base = { defaultAccountId, defaultRegion: options.defaultRegion ?? 'us-east-1' };
  if (followClock === undefined) return base;
  const followers = new WeakMap<Cloud, () => void>();
  return {
    ...base,
    beforeCall: (cloud) => {
      let catchUp = followers.get(cloud);
      if (catchUp === undefined) {
        catchUp = clockFollower(cloud, followClock);
        followers.set(cloud, catchUp);
      }
      catchUp();
    },
  };
}

/** Answers the control API: JSON in, JSON out; a throw is a JSON 500, never a crash. */
function controlAnswer(host: ModelHost, method: string, url: string, body: string): { status: number; body: string } {
  // The path below the prefix, with its query string (`connections?endpointId=…`).
  const path = url.slice(CONTROL_PREFIX.length);
  try {
    const response = handleControl(host, { method, path, body });
    return { status: response.status, body: JSON.stringify(response.body) ?? 'null' };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { status: 500, body: JSON.stringify({ error: 'InternalError', message }) };
  }
}

/**
 * Serves a model over HTTP: the EC2 and ELBv2 Query APIs at `/` (point any AWS SDK, the AWS
 * CLI or Terraform at the URL) and the model-control API under `/_model/`. Resolves once
 * listening.
 *
 * @throws CloudError `UnknownAccount` for a `defaultAccountId` that is not 12 digits, and
 * `createCloud`'s errors for bad cloud options; rejects when the port cannot be listened on.
 *
 * @example
 * const server = await serve({ port: 0, seed: 42 });
 * const ec2 = new EC2Client({ endpoint: server.url, region: 'us-east-1', credentials: { accessKeyId: '111111111111', secretAccessKey: 'x' } });
 * await ec2.send(new DescribeAvailabilityZonesCommand({}));
 * await server.close();
 */
export async function serve(options: ServeOptions = {}): Promise<ModelServer> {
  const cloudOptions: CloudOptions = {};
  if (options.seed !== undefined) cloudOptions.seed = options.seed;
  if (options.timing !== undefined) cloudOptions.timing = options.timing;
  if (options.from !== undefined) cloudOptions.from = options.from;
  const host: ModelHost = { cloud: options.cloud ?? createCloud(cloudOptions) };
  const aws = awsOptions(options);
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY;

  const respond = (request: IncomingMessage, response: ServerResponse, body: string, tooLarge: boolean) => {
    const url = request.url ?? '/';
    const method = request.method ?? 'GET';
    if (url.startsWith(CONTROL_PREFIX)) {
      const answer = controlAnswer(host, method, url, body);
      response.writeHead(answer.status, { 'content-type': 'application/json' });
      response.end(answer.body);
      return;
    }
    const answer = tooLarge
      ? rejectAwsRequest(host, errors.requestEntityTooLarge(maxBody))
      : handleAwsRequest(host, { method, url, headers: request.headers, body }, aws);
    response.writeHead(answer.status, answer.headers);
    response.end(answer.body);
  };

  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBody) tooLarge = true;
      else chunks.push(chunk);
    });
    request.on('end', () => {
      try {
        respond(request, response, tooLarge ? '' : Buffer.concat(chunks).toString('utf8'), tooLarge);
      } catch {
        if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' });
        response.end('internal error');
      }
    });
    request.on('error', () => response.destroy());
  });

  const port = options.port ?? DEFAULT_PORT;
  const hostname = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, hostname, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const urlHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${urlHost}:${address.port}`,
    port: address.port,
    host,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
