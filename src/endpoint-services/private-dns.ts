/**
 * Private DNS names of endpoint services and their domain ownership verification: a name
 * starts `pendingVerification` with a TXT record to publish (`_<random>` = `vpce:<random>`);
 * `StartVpcEndpointServicePrivateDnsVerification` checks the model's public DNS for that
 * record at `<Name>.<domain>`, where the domain is the private DNS name or one of its parent
 * domains (never a top-level domain alone), after `timings.dnsVerificationMs`.
 * `region.privateDnsNames` indexes names to services for the data plane's resolver.
 *
 * @module
 */
import type { TimerHandler, WorldContext } from '../core/action.js';
import { errors } from '../core/errors.js';
import { deleteRow, getRow, putRow } from '../core/table.js';
import { lookupTxt, normalizeDnsName } from '../controls/public-dns.js';
import { privateDnsVerificationMachine, INITIAL_VERIFICATION_STATE, type PrivateDnsVerificationEvent } from '../machines/private-dns-verification.js';
import { stepMachine } from '../machines/step.js';
import { regionForWrite, type RegionState, type World } from '../world/world.js';
import type { EndpointServiceRecord, PrivateDnsNameRecord, PrivateDnsVerificationState } from './model.js';

/** Timer kind: a domain ownership check falls due. */
export const PRIVATE_DNS_CHECK = 'endpointService.privateDnsCheck';

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * Checks a private DNS name as a provider gives it: a domain name of at least two labels,
 * 255 characters at most. Returns it lowercased, without a trailing dot.
 *
 * @example
 * checkPrivateDnsName('API.Example.com'); // 'api.example.com'
 */
export function checkPrivateDnsName(name: string): string {
  const normal = normalizeDnsName(name);
  const labels = normal.split('.');
  if (normal.length > 255 || labels.length < 2 || !labels.every((l) => LABEL.test(l)) || /^\d+$/.test(labels[labels.length - 1] ?? '')) {
    throw errors.servicePrivateDnsNameInvalid(name);
  }
  return normal;
}

/**
 * The domains a TXT record may prove control of `name` at: the name and each parent domain
 * with at least two labels.
 *
 * @example
 * verificationDomains('a.b.example.com'); // ['a.b.example.com', 'b.example.com', 'example.com']
 */
export function verificationDomains(name: string): string[] {
  const labels = name.split('.');
  const out: string[] = [];
  for (let i = 0; i <= labels.length - 2; i++) out.push(labels.slice(i).join('.'));
  return out;
}

/**
 * Whether the public DNS holds the TXT record proving control of the record's name.
 *
 * @example
 * txtRecordPublished(cloud.world, service.PrivateDns); // true once `_abc.example.com` holds `vpce:xyz`
 */
export function txtRecordPublished(world: World, record: PrivateDnsNameRecord): boolean {
  return verificationDomains(record.Name).some((domain) => lookupTxt(world, `${record.TxtName}.${domain}`).includes(record.TxtValue));
}

function indexName(state: RegionState, name: string, serviceId: string): void {
  const ids = getRow(state.privateDnsNames, name);
  if (ids === undefined) putRow(state.privateDnsNames, name, { [serviceId]: true });
  else ids[serviceId] = true;
}

function unindexName(state: RegionState, name: string, serviceId: string): void {
  const ids = getRow(state.privateDnsNames, name);
  if (!ids) return;
  delete ids[serviceId];
  if (Object.keys(ids).length === 0) deleteRow(state.privateDnsNames, name);
}

/**
 * Sets (or, with `undefined`, removes) a service's private DNS name on a draft. A new or
 * changed name gets a fresh TXT challenge and starts unverified; setting the same name
 * again keeps its verification.
 *
 * @example
 * setPrivateDnsName(ctx, ctx.region, service, 'api.example.com');
 */
export function setPrivateDnsName(ctx: WorldContext, state: RegionState, service: EndpointServiceRecord, name: string | undefined): void {
  const current = service.PrivateDns;
  if (current?.Name === name) return;
  if (current) unindexName(state, current.Name, service.ServiceId);
  if (name === undefined) {
    delete service.PrivateDns;
    return;
  }
  service.PrivateDns = {
    Name: name,
    State: INITIAL_VERIFICATION_STATE,
    TxtName: `_${ctx.mintHex('privateDnsTxtName', 20)}`,
    TxtValue: `vpce:${ctx.mintHex('privateDnsTxtValue', 20)}`,
  };
  indexName(state, name, service.ServiceId);
}

/**
 * Removes a service's name from the index (the service is going away).
 *
 * @example
 * forgetPrivateDnsName(ctx.region, service);
 */
export function forgetPrivateDnsName(state: RegionState, service: EndpointServiceRecord): void {
  if (service.PrivateDns) unindexName(state, service.PrivateDns.Name, service.ServiceId);
}

/**
 * Starts a domain ownership check of the service's private DNS name (on a draft): the
 * state becomes `pendingVerification` and the outcome is decided when the check falls due.
 *
 * @example
 * startPrivateDnsCheck(ctx, ctx.caller.region, service);
 */
export function startPrivateDnsCheck(ctx: WorldContext, region: string, service: EndpointServiceRecord): void {
  const record = service.PrivateDns;
  if (!record) throw errors.servicePrivateDnsNameMissing(service.ServiceId);
  record.State = stepVerification(record.State, { type: 'start' }) ?? record.State;
  const token = ctx.mintHex('privateDnsCheck', 12);
  record.checkToken = token;
  ctx.schedule(ctx.world.timings.dnsVerificationMs, PRIVATE_DNS_CHECK, region, `${service.ServiceId}/${token}`);
}

function stepVerification(state: PrivateDnsVerificationState, event: PrivateDnsVerificationEvent): PrivateDnsVerificationState | undefined {
  return stepMachine(privateDnsVerificationMachine, state, event) as PrivateDnsVerificationState | undefined;
}

/** Decides a due check, unless it was superseded (restarted, name changed, service gone). */
const completeCheck: TimerHandler = (ctx, timer) => {
  const [serviceId = '', token] = timer.id.split('/');
  const service = getRow(regionForWrite(ctx.world, timer.region).endpointServices, serviceId);
  const record = service?.PrivateDns;
  if (!record || record.checkToken !== token) return;
  delete record.checkToken;
  const outcome = txtRecordPublished(ctx.world, record) ? 'txtFound' : 'txtMissing';
  record.State = stepVerification(record.State, { type: outcome }) ?? record.State;
};

/** Timer handlers of private DNS verification, for the registry. */
export const privateDnsTimerHandlers: Readonly<Record<string, TimerHandler>> = {
  [PRIVATE_DNS_CHECK]: completeCheck,
};
