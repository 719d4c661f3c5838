/**
 * Resource tags (`Key` / `Value`) as EC2 and ELBv2 carry them, and the `TagSpecifications`
 * parameter that attaches them at creation.
 *
 * @module
 */

/** An AWS tag. */
export interface Tag {
  Key: string;
  Value: string;
}
