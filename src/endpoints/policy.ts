/**
 * Endpoint policies (`PolicyDocument`): the full-access default AWS attaches when none is
 * given, and the syntax check AWS applies to one that is (`InvalidPolicyDocument`).
 *
 * @module
 */
import { errors } from '../core/errors.js';

/**
 * The policy AWS attaches to an interface endpoint created without one, as AWS returns it
 * (the string, byte for byte): every principal, every action, every resource.
 */
export const DEFAULT_ENDPOINT_POLICY =
  '{\n  "Statement": [\n    {\n      "Action": "*", \n      "Effect": "Allow", \n      "Principal": "*", \n      "Resource": "*"\n    }\n  ]\n}';

/** The maximum length AWS accepts for an endpoint policy document. */
export const MAX_POLICY_LENGTH = 20_480;

const isStructure = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A policy's `Statement`: one statement object, or a non-empty list of them. */
const isStatement = (v: unknown): boolean =>
  isStructure(v) || (Array.isArray(v) && v.length > 0 && v.every((item: unknown) => isStructure(item)));

/** `(line,column)` of a character offset, 1-based, as AWS reports syntax errors. */
function positionOf(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `(${line},${column})`;
}

/**
 * Returns `document` when it is a policy document within AWS's size limit: a JSON object
 * with a `Statement` (an object or a non-empty list of objects); otherwise AWS's
 * `InvalidPolicyDocument` ("The Policy Document is not valid. Syntax error at position
 * (1,75)" for text that is not JSON).
 *
 * @example
 * checkPolicyDocument('{"Statement":[{"Effect":"Allow","Principal":"*","Action":"*","Resource":"*"}]}');
 */
export function checkPolicyDocument(document: string): string {
  if (document.length > MAX_POLICY_LENGTH) {
    throw errors.invalidPolicyDocument(`The policy is longer than ${MAX_POLICY_LENGTH} characters.`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(document);
  } catch (e) {
    const at = /position (\d+)/.exec(e instanceof Error ? e.message : '');
    const offset = at?.[1] !== undefined ? Number(at[1]) : document.length;
    throw errors.invalidPolicyDocument(`Syntax error at position ${positionOf(document, offset)}`);
  }
  if (!isStructure(parsed) || !isStatement(parsed['Statement'])) throw errors.invalidPolicyDocument();
  return document;
}
