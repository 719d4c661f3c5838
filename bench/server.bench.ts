/**
 * Benchmark: the HTTP server's throughput for a simple describe (`DescribeAvailabilityZones`,
 * EC2 Query, signed as an account) over keep-alive HTTP: Node's `http.Agent` with `keepAlive`
 * and a few concurrent sockets, each sending its next request when the last one is answered.
 * Baseline in the same process, measured the same way: a minimal Node `http` server that
 * echoes the request body (the floor of "read a POST, answer it" on this machine).
 *
 * Prints `BENCH server-requests-per-s <n> req/s`, `BENCH http-echo-requests-per-s <n> req/s`
 * and `BENCH server-vs-http-floor <server / echo> ratio` (the aim: at least 0.3).
 *
 * @module
 */
import { Agent, createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '../src/server/index.js';
import { median, report } from './harness.js';

const SOCKETS = 4;
const ROUND_MS = 1500;
const ROUNDS = 5;
const BODY = 'Action=DescribeAvailabilityZones&Version=2016-11-15';
const HEADERS = {
  'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
  'content-length': String(Buffer.byteLength(BODY)),
  authorization: 'AWS4-HMAC-SHA256 Credential=111111111111/20260101/us-east-1/ec2/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=0000',
  'x-amz-date': '20260101T000000Z',
};

/** One POST on `agent`; resolves with the status once the whole answer is read. */
function post(agent: Agent, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/', method: 'POST', agent, headers: HEADERS }, (res) => {
      res.on('data', () => undefined);
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(BODY);
  });
}

/** Requests answered per second by the server on `port`, over `SOCKETS` keep-alive sockets, for `ms`. */
async function throughput(port: number, ms: number): Promise<number> {
  const agent = new Agent({ keepAlive: true, maxSockets: SOCKETS });
  const deadline = performance.now() + ms;
  let done = 0;
  const loop = async () => {
    while (performance.now() < deadline) {
      const status = await post(agent, port);
      if (status !== 200) throw new Error(`answered ${status}`);
      done++;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: SOCKETS }, loop));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return done / seconds;
}

/** A minimal Node echo server: reads the body, answers it back. */
async function echoServer(): Promise<{ server: Server; port: number }> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end(Buffer.concat(chunks));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port };
}

const model = await serve({ port: 0, seed: 'bench' });
const echo = await echoServer();

// Warm both (JIT, sockets), then alternate rounds so a neighbour's burst hits both alike.
await throughput(model.port, 1000);
await throughput(echo.port, 1000);
const modelRates: number[] = [];
const echoRates: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  modelRates.push(await throughput(model.port, ROUND_MS));
  echoRates.push(await throughput(echo.port, ROUND_MS));
}
await model.close();
echo.server.close();

const server = median(modelRates);
const floor = median(echoRates);
console.log(`server ${modelRates.map((r) => r.toFixed(0)).join(' ')} req/s; echo ${echoRates.map((r) => r.toFixed(0)).join(' ')} req/s`);
report('server-requests-per-s', server, 'req/s');
report('http-echo-requests-per-s', floor, 'req/s');
report('server-vs-http-floor', server / floor, 'ratio');
