/**
 * The project's own model-based fuzzing, bounded for `npm test`: random topology plans, then
 * random sequences of every built-in command (both planes, model controls, describes,
 * deliberate misuse), each checked against the reference model and docs/design.md's invariants,
 * and a replay of the same calls that must give the same world. A failure prints the seed
 * and path that replay it (`npm run fuzz -- --seed S --path P`). The long campaign is
 * `npm run fuzz -- --minutes N`.
 */
import { describe, expect, it } from 'vitest';
import { ec2Actions, elbv2Actions } from '../../src/index.js';
import { runFuzzCampaign } from '../../src/testing/index.js';

/** The model controls (beyond AWS's API) the commands must exercise too. */
const CONTROLS = [
  'cloud.connect',
  'cloud.close',
  'cloud.clock.advance',
  'cloud.faults.failAvailabilityZone',
  'cloud.faults.restoreAvailabilityZone',
  'cloud.faults.setTargetHealth',
  'cloud.publicDns.upsert',
  'cloud.publicDns.remove',
  'cloud.iam.putPrincipalPolicy',
  'cloud.iam.deletePrincipalPolicy',
  'cloud.network.attachOnPremisesNetwork',
  'cloud.network.detachOnPremisesNetwork',
];

/** A fixed seed keeps `npm test` reproducible; campaigns explore fresh seeds. */
const SEED = 20_260_101;

describe('model-based fuzzing', () => {
  it('holds the reference model and every invariant over random command sequences', () => {
    const report = runFuzzCampaign({ seed: SEED, numRuns: 300, maxCommands: 40, fullCheckEvery: 5 });
    expect(report.failure, report.failure === undefined ? '' : `${report.failure.error}\n${report.failure.counterexample}\nreplay: ${report.failure.replay}`).toBeUndefined();
    expect(report.runs).toBe(300);
    // The run exercised both planes and error outcomes, not only happy paths.
    expect(report.coverage.count('CreateVpcEndpoint', 'ok')).toBeGreaterThan(0);
    expect(report.coverage.count('CreateVpcEndpoint', 'InvalidServiceName')).toBeGreaterThan(0);
    expect(report.coverage.count('cloud.connect', 'opened')).toBeGreaterThan(0);
    // EC2 tags: the model predicts the 50-tag limit, counting the tags a resource has.
    expect(report.coverage.count('CreateTags', 'TagLimitExceeded')).toBeGreaterThan(0);
    expect(report.coverage.pairs).toBeGreaterThan(120);
    // Every action the registry serves, and every model control, was exercised: a new action
    // needs a command in src/testing/commands.
    const exercised = new Set(report.coverage.actions());
    const missing = [...Object.keys(ec2Actions), ...Object.keys(elbv2Actions), ...CONTROLS].filter((a) => !exercised.has(a));
    expect(missing, 'actions without a model-based command (add one under src/testing/commands)').toEqual([]);
  });
});
