/**
 * The model-based machinery itself: `attempt` (coverage, invariant 6, expectations),
 * `Coverage`, the built-in command list, campaigns that print and replay a failure by seed and
 * path, and the determinism check that replays a run's calls.
 */
import { describe, expect, it } from 'vitest';
import { fc } from '@fast-check/vitest';
import { errors } from '../../src/core/errors.js';
import {
  attempt,
  builtInCommands,
  checkReplayIsIdentical,
  checkUnsuccessful,
  Coverage,
  defineFuzzCommand,
  expectOutcome,
  fuzzCommands,
  fuzzSetup,
  runFuzzCampaign,
  topologyPlan,
  type FuzzModel,
} from '../../src/testing/index.js';
import type { Cloud } from '../../src/index.js';
import { cloudErrorOf } from '../support/errors.js';
import { must } from './support.js';
import { putRow } from '../../src/core/table.js';
import { FullCheckSchedule } from '../../src/testing/model/full-checks.js';

/** A fresh model and cloud from a sampled plan. */
function fresh(seed = 1): { model: FuzzModel; real: Cloud } {
  const plan = must(fc.sample(topologyPlan({ withEndpoints: false }), { seed, numRuns: 1 })[0]);
  return fuzzSetup(plan)();
}

describe('attempt', () => {
  it('records the outcome, returns the value, and journals the call', () => {
    const { model, real } = fresh();
    const who = { accountId: must(model.accounts[0]), region: model.region };
    const r = attempt(model, real, 'DescribeVpcs', expectOutcome('ok'), (c) => c.ec2(who).describeVpcs());
    expect(r.ok && r.value.Vpcs.length).toBeGreaterThan(0);
    const e = attempt(model, real, 'DeleteVpc', expectOutcome('InvalidVpcID.NotFound'), (c) => c.ec2(who).deleteVpc({ VpcId: 'vpc-0123456789abcdef0' }));
    expect(e).toMatchObject({ ok: false, code: 'InvalidVpcID.NotFound' });
    expect(model.coverage.count('DescribeVpcs', 'ok')).toBe(1);
    expect(model.coverage.count('DeleteVpc', 'InvalidVpcID.NotFound')).toBe(1);
    expect(model.journal).toHaveLength(2);
  });

  it('fails the run on an unexpected outcome, naming both', () => {
    const { model, real } = fresh();
    const who = { accountId: must(model.accounts[0]), region: model.region };
    const error = cloudErrorOf(() => attempt(model, real, 'DeleteVpc', expectOutcome('ok'), (c) => c.ec2(who).deleteVpc({ VpcId: 'vpc-0123456789abcdef0' })));
    expect(error.code).toBe('InvalidState');
    expect(error.message).toContain("DeleteVpc: expected ok, but InvalidVpcID.NotFound: The vpc ID 'vpc-0123456789abcdef0' does not exist");
    const succeeded = cloudErrorOf(() => attempt(model, real, 'DescribeVpcs', expectOutcome('UnknownAccount'), (c) => c.ec2(who).describeVpcs()));
    expect(succeeded.message).toContain('expected UnknownAccount, but it succeeded');
  });

  it('fails the run when a failing call changed the world (invariant 6)', () => {
    const { model, real } = fresh();
    const error = cloudErrorOf(() =>
      attempt(model, real, 'Broken', expectOutcome('InvalidParameter'), (c) => {
        c.clock.advance(1_000);
        throw errors.invalidParameter('half done');
      }),
    );
    expect(error.message).toContain('Broken failed with InvalidParameter but changed the world (invariant 6)');
  });

  it('lets errors that are not CloudErrors through', () => {
    const { model, real } = fresh();
    expect(() => attempt(model, real, 'Bug', expectOutcome('ok'), () => { throw new TypeError('bug'); })).toThrow(TypeError);
  });

  it('checks Unsuccessful items one by one', () => {
    const { model } = fresh();
    const items = [{ ResourceId: 'a', Error: { Code: 'IncorrectState', Message: 'm' } }];
    expect(checkUnsuccessful(model, 'Accept', items, { a: 'IncorrectState', b: undefined })).toEqual({ a: 'IncorrectState', b: undefined });
    expect(checkUnsuccessful(model, 'Accept', items, { a: [undefined, 'IncorrectState'] })).toEqual({ a: 'IncorrectState' });
    expect(model.coverage.outcomes('Accept')).toEqual([['Unsuccessful:IncorrectState', 2], ['ok', 1]]);
    expect(cloudErrorOf(() => checkUnsuccessful(model, 'Accept', items, { a: undefined })).message).toContain('Accept on a: expected success, got Unsuccessful IncorrectState');
    expect(cloudErrorOf(() => checkUnsuccessful(model, 'Accept', [], { a: 'IncorrectState' })).message).toContain('expected Unsuccessful IncorrectState, got success');
  });
});

describe('Coverage', () => {
  it('counts (action x outcome) pairs, merges and prints them', () => {
    const a = new Coverage();
    a.record('CreateVpc', 'ok');
    a.record('CreateVpc', 'ok');
    a.record('CreateVpc', 'InvalidVpc.Range');
    const b = new Coverage();
    b.record('Connect', 'opened');
    a.merge(b);
    expect(a.total).toBe(4);
    expect(a.pairs).toBe(3);
    expect(a.actions()).toEqual(['Connect', 'CreateVpc']);
    expect(a.count('CreateVpc', 'ok')).toBe(2);
    expect(a.count('CreateVpc', 'nope')).toBe(0);
    expect(a.outcomes('Missing')).toEqual([]);
    expect(a.format()).toBe('Connect    opened x1\nCreateVpc  InvalidVpc.Range x1, ok x2');
  });
});

describe('built-in commands', () => {
  it('have distinct names and positive weights', () => {
    const names = builtInCommands().map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    expect(builtInCommands().every((c) => c.weight >= 1)).toBe(true);
  });

  it('can be narrowed to some of them', () => {
    const only = fc.sample(fuzzCommands({ only: ['AdvanceClock'], maxCommands: 5 }), { seed: 1, numRuns: 3 });
    for (const commands of only) for (const c of commands) expect(c.toString()).toMatch(/^AdvanceClock /);
  });
});

/** A user command that breaks on purpose once an endpoint exists: the harness must catch and replay it. */
const tripwire = defineFuzzCommand({
  name: 'Tripwire',
  input: fc.nat({ max: 3 }),
  check: (model) => model.endpoints.length > 0,
  run: (_model, _cloud, n) => {
    if (n === 3) throw errors.invalidState('tripwire');
  },
});

describe('campaigns', () => {
  it('print a failure with its seed and shrunk path, and replay it from them', () => {
    const report = runFuzzCampaign({ seed: 5, numRuns: 200, maxCommands: 20, extraCommands: [tripwire, tripwire, tripwire], only: ['CreateVpcEndpoint', 'AdvanceClock'] });
    const failure = must(report.failure);
    expect(report.ok).toBe(false);
    expect(failure.error).toBe('tripwire');
    expect(failure.seed).toBe(report.failure?.seed);
    expect(failure.path).toMatch(/^[\d:]+@.+$/);
    expect(failure.counterexample).toContain('Tripwire 3');
    expect(failure.replay).toBe(`npm run fuzz -- --seed ${failure.seed} --path '${failure.path}' --max-commands 20`);
    const replay = runFuzzCampaign({ seed: failure.seed, path: failure.path, maxCommands: 20, extraCommands: [tripwire, tripwire, tripwire], only: ['CreateVpcEndpoint', 'AdvanceClock'] });
    expect(replay.runs).toBe(1);
    expect(replay.failure?.error).toBe('tripwire');
    expect(replay.failure?.counterexample).toBe(failure.counterexample);
  });

  it('run batches for a time budget and report throughput and coverage', () => {
    // How many batches fit in the budget depends on the machine, so the seeds reached do
    // too: commands that cannot fail keep this a test of the campaign, not of the seeds a
    // fast machine happens to reach (the model is fuzzed at fixed seeds elsewhere).
    const lines: string[] = [];
    const report = runFuzzCampaign({ seed: 9, numRuns: 5, minutes: 0.02, maxCommands: 10, only: ['AdvanceClock'], log: (l) => lines.push(l) });
    expect(report.ok).toBe(true);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines[0]).toMatch(/^seed 9: 5 runs, \d+ commands in [\d.]+ s$/);
    expect(lines[1]).toMatch(/^seed 10: /);
    expect(report.runs).toBe(5 * lines.length);
    expect(report.commands).toBeGreaterThan(0);
    expect(report.commandsPerSecond).toBeGreaterThan(0);
    expect(report.coverage.total).toBeGreaterThan(0);
  });
});

describe('checks after each command', () => {
  it('cover what the command changed between full checks, and move on from the world checked', () => {
    const plan = must(fc.sample(topologyPlan({ withEndpoints: false }), { seed: 2, numRuns: 1 })[0]);
    const { model, real } = fuzzSetup(plan, { fullCheckEvery: 0 })();
    const [advance, poison] = fc.sample(
      fc.tuple(
        defineFuzzCommand({ name: 'Advance', input: fc.constant(1), run: (m, c, ms) => { c.clock.advance(ms); m.now += ms; } }),
        defineFuzzCommand({ name: 'Poison', input: fc.constant(0), run: (_m, c) => c.change((ctx) => putRow(ctx.world.publicDns, 'bad.example.com', { TXT: [new Date(0) as unknown as string] })) }),
      ),
      { seed: 1, numRuns: 1 },
    )[0] ?? [];
    must(advance).run(model, real);
    expect(model.checkedWorld).toBe(real.world);
    expect(cloudErrorOf(() => must(poison).run(model, real)).message).toContain('invariants broken:\ninvariant 9 [$.publicDns.root.rows[0].TXT[0]]');
  });
});

describe('full-check schedule', () => {
  it('picks every N-th command counted over all its runs; 0 never, 1 always', () => {
    const picks = (schedule: FullCheckSchedule, n: number) => Array.from({ length: n }, () => schedule.next());
    expect(picks(new FullCheckSchedule(3), 7)).toEqual([false, false, true, false, false, true, false]);
    expect(picks(new FullCheckSchedule(0), 4)).toEqual([false, false, false, false]);
    expect(picks(new FullCheckSchedule(1), 3)).toEqual([true, true, true]);
    const switched = new FullCheckSchedule(50);
    expect(switched.everyCommand).toBe(false);
    switched.checkEveryCommand();
    expect(switched.everyCommand).toBe(true);
    expect(picks(switched, 3)).toEqual([true, true, true]);
  });

  it('is shared by the runs given it, so short runs still reach the full check', () => {
    const plan = must(fc.sample(topologyPlan({ withEndpoints: false }), { seed: 3, numRuns: 1 })[0]);
    class Counting extends FullCheckSchedule {
      picked = 0;
      override next(): boolean {
        const full = super.next();
        if (full) this.picked += 1;
        return full;
      }
    }
    const schedule = new Counting(4);
    const [advance] = fc.sample(defineFuzzCommand({ name: 'Advance', input: fc.constant(1), run: (m, c, ms) => { c.clock.advance(ms); m.now += ms; } }), { seed: 1, numRuns: 1 });
    // Four runs of three commands: twelve commands, so the 4th, 8th and 12th are full checks.
    for (let run = 0; run < 4; run++) {
      const { model, real } = fuzzSetup(plan, { fullCheckSchedule: schedule })();
      expect(model.fullChecks).toBe(schedule);
      for (let i = 0; i < 3; i++) must(advance).run(model, real);
    }
    expect(schedule.picked).toBe(3);
  });

  it('checks every command in full once a run failed (shrinking) and when replaying a failure', () => {
    const seen: boolean[] = [];
    const observer = defineFuzzCommand({
      name: 'Observe',
      input: fc.constant(0),
      run: (model) => {
        seen.push(model.fullChecks.everyCommand);
        if (seen.length === 5) throw errors.invalidState('observed');
      },
    });
    const options = { seed: 11, numRuns: 50, maxCommands: 10, only: ['AdvanceClock'], extraCommands: [observer, observer] } as const;
    const report = runFuzzCampaign(options);
    const failure = must(report.failure);
    // Before the failure the campaign's cadence; after it, every command of every shrunk run.
    expect(seen.slice(0, 5)).toEqual([false, false, false, false, false]);
    expect(seen.length).toBeGreaterThan(5);
    expect(seen.slice(5).every(Boolean)).toBe(true);
    seen.length = 0;
    runFuzzCampaign({ ...options, seed: failure.seed, path: failure.path });
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every(Boolean)).toBe(true);
  });
});

describe('determinism (invariant 9)', () => {
  it('passes a run whose calls replay identically, and reports one that does not', () => {
    const { model, real } = fresh(4);
    const who = { accountId: must(model.accounts[0]), region: model.region };
    attempt(model, real, 'CreateVpc', expectOutcome('ok'), (c) => c.ec2(who).createVpc({ CidrBlock: '10.200.0.0/16' }));
    expect(() => checkReplayIsIdentical(model, real)).not.toThrow();
    let second = 0;
    attempt(model, real, 'CreateVpc', expectOutcome('ok'), (c) => c.ec2(who).createVpc({ CidrBlock: `10.${201 + second++}.0.0/16` }));
    expect(cloudErrorOf(() => checkReplayIsIdentical(model, real)).message).toContain('replaying the same calls on the same seed gave another world (invariant 9)');
  });
});
