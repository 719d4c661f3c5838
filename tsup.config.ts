import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'aws-sdk/index': 'src/aws-sdk/index.ts',
    'testing/index': 'src/testing/index.ts',
    'server/index': 'src/server/index.ts',
    // The `privatelink-model` command (package.json "bin"): run as ESM, dist/cli.js.
    cli: 'src/server/cli.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  // No source maps: the output is unminified and readable as it is; maps (with the sources
  // embedded in each of the ESM and CJS builds) were 3.6 MB of a 5.6 MB package.
  sourcemap: false,
  clean: true,
  target: 'node20',
  splitting: true,
  treeshake: true,
  external: ['@aws-sdk/client-ec2', '@aws-sdk/client-elastic-load-balancing-v2', 'fast-check'],
});
