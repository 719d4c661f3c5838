/**
 * `isPrincipalAllowed` looks up the few entries that can cover a caller instead of scanning
 * the service's whole permission list: it must answer as the scan does, for any list of
 * principals (accounts' roots, users, roles, `*`; a principal of another partition is refused
 * when added) and any caller (a root, a user, a role, an assumed-role session).
 */
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { parsePrincipal, principalCovers } from '../../src/core/arn.js';
import { rows } from '../../src/core/table.js';
import { isPrincipalAllowed } from '../../src/endpoint-services/lookup.js';
import { createService, PROVIDER, REGION, setup } from './fixtures.js';

const ACCOUNTS = ['222222222222', '333333333333', '444444444444'];
const NAMES = ['app', 'ops'];

const principalEntry = fc.oneof(
  fc.constant('*'),
  fc.constantFrom(...ACCOUNTS).map((account) => `arn:aws:iam::${account}:root`),
  fc.record({ kind: fc.constantFrom('user', 'role'), account: fc.constantFrom(...ACCOUNTS), name: fc.constantFrom(...NAMES) }).map(({ kind, account, name }) => `arn:aws:iam::${account}:${kind}/${name}`),
);

const caller = fc.oneof(
  fc.constantFrom(...ACCOUNTS).map((account) => `arn:aws:iam::${account}:root`),
  fc.record({ kind: fc.constantFrom('user', 'role'), account: fc.constantFrom(...ACCOUNTS), name: fc.constantFrom(...NAMES) }).map(({ kind, account, name }) => `arn:aws:iam::${account}:${kind}/${name}`),
  fc.record({ account: fc.constantFrom(...ACCOUNTS), name: fc.constantFrom(...NAMES) }).map(({ account, name }) => `arn:aws:sts::${account}:assumed-role/${name}/session`),
);

/** The definition: some entry of the list covers the caller or, for a session, its role. */
function scanned(entries: readonly string[], callerArn: string): boolean {
  const session = /^arn:aws:sts::(\d{12}):assumed-role\/([^/]+)\/[^/]+$/.exec(callerArn);
  const callers = session === null ? [callerArn] : [callerArn, `arn:aws:iam::${session[1]}:role/${session[2]}`];
  return entries.some((entry) => {
    const principal = parsePrincipal(entry);
    return principal !== undefined && callers.some((arn) => principalCovers(principal, arn));
  });
}

test.prop([fc.uniqueArray(principalEntry, { maxLength: 8 }), fc.array(caller, { minLength: 1, maxLength: 6 })], { numRuns: 60 })(
  'answers as a scan of the whole permission list',
  (entries, callers) => {
    const env = setup();
    const config = createService(env);
    if (entries.length > 0) env.ec2.modifyVpcEndpointServicePermissions({ ServiceId: config.ServiceId, AddAllowedPrincipals: entries });
    const service = [...rows(env.cloud.world.regions[REGION]?.endpointServices ?? {})].find((s) => s.OwnerId === PROVIDER);
    expect(service).toBeDefined();
    if (service === undefined) return;
    for (const arn of callers) expect(isPrincipalAllowed(service, arn), `${arn} with [${entries.join(', ')}]`).toBe(scanned(entries, arn));
  },
);
