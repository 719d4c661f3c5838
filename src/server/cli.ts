#!/usr/bin/env node
/**
 * The `privatelink-model` command: `privatelink-model serve [--port 4566] [--host 127.0.0.1]
 * [--seed S] [--snapshot FILE] [--timing instant|realistic] [--default-account-id ID]` serves
 * a model over HTTP until interrupted (Ctrl-C).
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { VERSION } from '../version.js';
import { serve, type ServeOptions } from './serve.js';

const USAGE = `Usage: privatelink-model serve [options]

Serves a privatelink-model cloud over HTTP: the AWS EC2 and ELBv2 Query APIs at / (point the
AWS CLI, boto3, Terraform or any SDK at the URL) and the model-control API under /_model/.

Options:
  --port N                 TCP port (default 4566; 0 picks a free one)
  --host ADDRESS           interface to listen on (default 127.0.0.1)
  --seed S                 seed of the world (default 0)
  --snapshot FILE          restore a world saved as JSON (cloud.snapshot() or GET /_model/snapshot)
  --timing MODE            instant (default) or realistic (simulated time follows the wall clock)
  --default-account-id ID  account of access key ids that are not 12 digits (default 123456789012)
  -h, --help               this help
  -v, --version            the version
`;

/** Fails with a message for the user, not a stack trace. */
class UsageError extends Error {}

/** `serve`'s options from the command line. */
function optionsOf(args: string[]): ServeOptions {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      seed: { type: 'string' },
      snapshot: { type: 'string' },
      timing: { type: 'string' },
      'default-account-id': { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
  const options: ServeOptions = {};
  if (values.port !== undefined) {
    const port = Number(values.port);
    if (!/^\d+$/.test(values.port) || port > 65535) throw new UsageError(`--port must be a port number (0-65535), got ${values.port}`);
    options.port = port;
  }
  if (values.host !== undefined) options.host = values.host;
  if (values.seed !== undefined) options.seed = values.seed;
  if (values.timing !== undefined) {
    if (values.timing !== 'instant' && values.timing !== 'realistic') throw new UsageError(`--timing must be instant or realistic, got ${values.timing}`);
    options.timing = values.timing;
    if (values.timing === 'realistic') options.followClock = () => Date.now();
  }
  if (values.snapshot !== undefined) {
    try {
      options.from = JSON.parse(readFileSync(values.snapshot, 'utf8')) as NonNullable<ServeOptions['from']>;
    } catch (error) {
      throw new UsageError(`--snapshot ${values.snapshot}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (values['default-account-id'] !== undefined) options.defaultAccountId = values['default-account-id'];
  return options;
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (command === '-h' || command === '--help' || (command === 'serve' && (rest.includes('-h') || rest.includes('--help')))) {
    process.stdout.write(USAGE);
    return;
  }
  if (command === '-v' || command === '--version') {
    process.stdout.write(`${VERSION}\n`);
    return;
  }
  if (command !== 'serve') throw new UsageError(command === undefined ? 'a command is needed' : `unknown command ${command}`);
  const server = await serve(optionsOf(rest));
  process.stdout.write(`privatelink-model ${VERSION} serving EC2 and ELBv2 at ${server.url} (model control at ${server.url}/_model/)\n`);
  const stop = () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`privatelink-model: ${message}\n`);
  if (error instanceof UsageError || (error instanceof TypeError && 'code' in error)) process.stderr.write(`\n${USAGE}`);
  process.exit(1);
});
