import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'aws-sdk/index': 'src/aws-sdk/index.ts',
    'testing/index': 'src/testing/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  splitting: true,
  treeshake: true,
  external: ['@aws-sdk/client-ec2', '@aws-sdk/client-elastic-load-balancing-v2', 'fast-check'],
});
