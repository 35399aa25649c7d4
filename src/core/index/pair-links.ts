// A key's variant pairs, kept on both keys of each pair: `near` (alike enough in both orders) and
// `oriented` (in one order only). Recorded when a pair is found, taken apart when a key goes or a
// shared bigram grows too common to propose it; each change names the keys whose pairs changed.
import type { KeyData, OrientedPair } from "./key-data";

/** The list without this key (near lists are short: most keys have none, a few have a handful). */
export function withoutKey(list: KeyData[] | null, kd: KeyData): KeyData[] | null {
	if (!list) return null;
	const at = list.indexOf(kd);
	if (at < 0) return list;
	if (list.length === 1) return null;
	list.splice(at, 1);
	return list;
}

/** Records a pair alike enough in both orders. */
export function linkNear(a: KeyData, b: KeyData): void {
	(a.near ??= []).push(b);
	(b.near ??= []).push(a);
}

/** Records a pair alike enough in one order only. */
export function linkOriented(a: KeyData, b: KeyData, aFirst: boolean): void {
	const pair: OrientedPair = { a, b, aFirst };
	(a.oriented ??= new Map()).set(b, pair);
	(b.oriented ??= new Map()).set(a, pair);
}

export function unlinkNear(a: KeyData, b: KeyData, changed: Set<KeyData>): void {
	a.near = withoutKey(a.near, b);
	b.near = withoutKey(b.near, a);
	changed.add(a).add(b);
}

export function unlinkOriented(a: KeyData, b: KeyData, changed: Set<KeyData>): void {
	a.oriented?.delete(b);
	b.oriented?.delete(a);
	changed.add(a).add(b);
}

/** A key goes: its pairs leave its partners (its own lists are cleared with it). */
export function unlinkPartners(kd: KeyData, changed: Set<KeyData>): void {
	for (const other of kd.near ?? []) {
		other.near = withoutKey(other.near, kd);
		changed.add(other);
	}
	for (const other of kd.oriented?.keys() ?? []) {
		other.oriented?.delete(kd);
		changed.add(other);
	}
}
