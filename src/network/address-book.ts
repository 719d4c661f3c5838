/**
 * A subnet's address book: which private IPv4 addresses are held, and by which network
 * interface. Stored as a bucketed table with a count, so allocating one address in a /16
 * with tens of thousands of interfaces copies a bucket, not the whole book (a copy-on-write draft copies
 * an object when one of its keys changes).
 *
 * @module
 */
import { addRow, deleteRow, emptyTable, getRow, rows, tableEntries, type Table } from '../core/table.js';

/** Held addresses of a subnet. */
export interface AddressBook {
  /** How many addresses are held. */
  count: number;
  /** Address -> the network interface holding it. */
  holders: Table<string>;
}

/** An empty address book. */
export function emptyAddressBook(): AddressBook {
  return { count: 0, holders: emptyTable() };
}

/** The interface holding `ip`, or `undefined` when it is free. */
export function addressHolder(book: AddressBook, ip: string): string | undefined {
  return getRow(book.holders, ip);
}

/**
 * Records `ip` as held by `eniId` (call on a draft) and returns `true`; a held address is
 * left as it is (`false`). One walk of the book: allocation probes with it directly.
 */
export function holdAddress(book: AddressBook, ip: string, eniId: string): boolean {
  if (!addRow(book.holders, ip, eniId)) return false;
  book.count++;
  return true;
}

/** Frees `ip` (call on a draft). */
export function releaseAddress(book: AddressBook, ip: string): void {
  if (deleteRow(book.holders, ip)) book.count--;
}

/** Every (address, interface) pair held, for checks and tests. */
export function* heldAddresses(book: AddressBook): IterableIterator<[string, string]> {
  yield* tableEntries(book.holders);
}

/** Interfaces holding addresses (values only). */
export function holders(book: AddressBook): IterableIterator<string> {
  return rows(book.holders);
}
