/**
 * `createCloud({ quotas })`: the caller's changes over AWS's defaults, checked, in the form
 * the World stores (`Infinity` becomes `null`, JSON's way to say "no limit").
 *
 * @module
 */
import { errors } from '../core/errors.js';
import { DEFAULT_QUOTAS, QUOTA_NAMES } from './defaults.js';
import type { QuotaName, QuotaSettings, Quotas } from './model.js';

const isQuotaName = (key: string): key is QuotaName => (QUOTA_NAMES as readonly string[]).includes(key);

/**
 * The quotas in force for `changes` (AWS's default for every quota not given). Each value
 * is a non-negative integer or `Infinity`; anything else, or an unknown quota name, is
 * `InvalidParameterValue`.
 *
 * @example
 * resolveQuotas({ vpcsPerRegion: Infinity }).vpcsPerRegion; // null
 * resolveQuotas(undefined).subnetsPerVpc; // 200
 */
export function resolveQuotas(changes: unknown): QuotaSettings {
  const settings: QuotaSettings = { ...DEFAULT_QUOTAS };
  if (changes === undefined) return settings;
  if (typeof changes !== 'object' || changes === null || Array.isArray(changes)) {
    throw errors.invalidParameterValue('quotas', changes, 'Expected an object of quota name -> count.');
  }
  for (const [key, value] of Object.entries(changes)) {
    if (!isQuotaName(key)) throw errors.invalidParameterValue('quotas', key, `Unknown quota. Known: ${QUOTA_NAMES.join(', ')}.`);
    settings[key] = checkQuotaValue(key, value);
  }
  return settings;
}

function checkQuotaValue(name: QuotaName, value: unknown): number | null {
  if (value === Infinity) return null;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw errors.invalidParameterValue(`quotas.${name}`, value, 'Expected an integer >= 0, or Infinity for no limit.');
  }
  return value;
}

/**
 * The quotas as numbers again (`null` read back as `Infinity`): what a caller passes to
 * `createCloud({ quotas })` to get the same limits.
 *
 * @example
 * quotasOf(cloud.world.quotas).vpcsPerRegion; // 5, or Infinity
 */
export function quotasOf(settings: QuotaSettings): Quotas {
  const quotas = { ...DEFAULT_QUOTAS };
  for (const name of QUOTA_NAMES) quotas[name] = settings[name] ?? Infinity;
  return quotas;
}
