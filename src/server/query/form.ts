/**
 * `application/x-www-form-urlencoded` bodies and query strings as the AWS Query protocols
 * send them (`Action=DescribeVpcs&Version=2016-11-15&VpcId.1=vpc-…`), read strictly: a bad
 * `%` escape is AWS's `MalformedQueryString`, never a thrown `URIError`.
 *
 * @module
 */
import { errors } from '../../core/errors.js';

/** Decodes one form component (`+` is a space). */
function decodeComponent(text: string): string {
  const spaced = text.includes('+') ? text.replace(/\+/g, ' ') : text;
  if (!spaced.includes('%')) return spaced;
  try {
    return decodeURIComponent(spaced);
  } catch {
    throw errors.malformedQueryString(`${text.length > 64 ? `${text.slice(0, 64)}…` : text} is not percent-encoded UTF-8`);
  }
}

/**
 * The parameters of a form-encoded string, in order (a key without `=` has the value `''`;
 * empty pieces between `&`s are skipped).
 *
 * @throws CloudError `MalformedQueryString` for a bad percent escape.
 *
 * @example
 * parseForm('Action=DescribeVpcs&VpcId.1=vpc-1'); // [['Action', 'DescribeVpcs'], ['VpcId.1', 'vpc-1']]
 */
export function parseForm(text: string): [string, string][] {
  const params: [string, string][] = [];
  if (text === '') return params;
  for (const piece of text.split('&')) {
    if (piece === '') continue;
    const eq = piece.indexOf('=');
    const key = decodeComponent(eq < 0 ? piece : piece.slice(0, eq));
    const value = eq < 0 ? '' : decodeComponent(piece.slice(eq + 1));
    params.push([key, value]);
  }
  return params;
}
