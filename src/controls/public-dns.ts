/**
 * Model control (not an AWS action): the public DNS the model consults for private DNS name
 * domain verification. A provider "publishes" the TXT record AWS asks for here.
 *
 * @module
 */
import { errors } from '../core/errors.js';
import type { World } from '../world/world.js';
import { deleteRow, getRow, putRow } from '../core/table.js';

/** `cloud.publicDns`: a tiny authoritative DNS holding TXT records. */
export interface PublicDns {
  /**
   * Adds `value` to the TXT record set at `name` (idempotent).
   *
   * @example
   * cloud.publicDns.upsert('_abc123.example.com', 'TXT', 'vpce:xyz');
   */
  upsert(name: string, type: 'TXT', value: string): void;
  /** Removes `value` (or, without a value, every TXT record) at `name`. */
  remove(name: string, type: 'TXT', value?: string): void;
  /** The TXT values at `name` (empty when none). */
  lookup(name: string, type: 'TXT'): string[];
}

/** Canonical form of a DNS name: lowercase, no trailing dot. */
export function normalizeDnsName(name: string): string {
  return name.toLowerCase().replace(/\.$/, '');
}

const DNS_NAME = /^(?=.{1,253}$)(?!-)[a-z0-9_-]{1,63}(?<!-)(\.(?!-)[a-z0-9_-]{1,63}(?<!-))*$/;

/** Checks a DNS name and record type given to the public DNS control. */
export function checkDnsRecord(name: unknown, type: unknown): string {
  if (type !== 'TXT') throw errors.invalidParameterValue('type', type, 'Only TXT records are modelled.');
  if (typeof name !== 'string' || !DNS_NAME.test(normalizeDnsName(name))) {
    throw errors.invalidParameterValue('name', name, 'Expected a DNS name.');
  }
  return normalizeDnsName(name);
}

/** Adds a TXT value; call inside a system change. */
export function upsertTxt(world: World, name: string, value: string): void {
  const record = getRow(world.publicDns, name);
  if (record === undefined) putRow(world.publicDns, name, { TXT: [value] });
  else if (!record.TXT.includes(value)) record.TXT.push(value);
}

/** Removes TXT values; call inside a system change. */
export function removeTxt(world: World, name: string, value?: string): void {
  const record = getRow(world.publicDns, name);
  if (!record) return;
  record.TXT = value === undefined ? [] : record.TXT.filter((v) => v !== value);
  if (record.TXT.length === 0) deleteRow(world.publicDns, name);
}

/** The TXT values at a name. */
export function lookupTxt(world: World, name: string): string[] {
  return [...(getRow(world.publicDns, normalizeDnsName(name))?.TXT ?? [])];
}
