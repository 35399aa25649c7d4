// Pairs `*` and `_` runs into emphasis and strong as micromark does: each run that may close looks
// back for the nearest run of its character that may open (CommonMark's rule of three, on what is
// left of both runs), takes two from each when both have two, and what lies between can no longer
// pair outside. Linear: openers kept per character, and for each kind of closer the depth below
// which nothing pairs with it.
import { DELIM, type InlineItem, type ItemList } from "./inline-items";
import { ParentNode } from "./node-shapes";

/** A closer's kind: its character, its length left mod 3, and whether it may open. */
function kindOf(d: InlineItem): number {
	return (d.marker === 95 ? 6 : 0) + (d.size % 3) * 2 + (d.open ? 1 : 0);
}

/** Pairs the runs among the items from `first` up to `stop` (not included). */
export function pairEmphasis(items: ItemList, first: InlineItem | null, stop: InlineItem | null): void {
	const stars: InlineItem[] = [];
	const lows: InlineItem[] = [];
	const bottoms = new Int32Array(12);
	for (let it = first; it && it !== stop; ) {
		const next: InlineItem | null = it.next;
		if (it.kind !== DELIM) {
			it = next;
			continue;
		}
		const d = it;
		while (d.close && d.size > 0) {
			const own = d.marker === 42 ? stars : lows;
			const kind = kindOf(d);
			let k = own.length - 1;
			for (; k >= bottoms[kind]; k--) {
				const o = own[k];
				if ((o.close || d.open) && d.size % 3 && !((o.size + d.size) % 3)) continue;
				break;
			}
			if (k < bottoms[kind]) {
				bottoms[kind] = own.length;
				break;
			}
			const o = own[k];
			// Runs between the two no longer pair: theirs are dropped, the other character's after `o` too.
			own.length = k + 1;
			const other = own === stars ? lows : stars;
			while (other.length && other[other.length - 1].from > o.from) other.pop();
			const base = own === stars ? 0 : 6;
			for (let b = 0; b < 12; b++) {
				const limit = b >= base && b < base + 6 ? k : other.length;
				if (bottoms[b] > limit) bottoms[b] = limit;
			}
			const use = o.size >= 2 && d.size >= 2 ? 2 : 1;
			const from = o.to - use;
			const to = d.from + use;
			const children = items.nodes(o.next, d);
			const node = new ParentNode(use === 2 ? "strong" : "emphasis", children, items.span(from, to));
			items.replaceBetween(o, d, node, from, to);
			o.size -= use;
			o.to -= use;
			d.size -= use;
			d.from += use;
			if (o.size === 0) {
				items.remove(o);
				own.pop();
			}
		}
		if (d.size === 0) items.remove(d);
		else if (d.open) (d.marker === 42 ? stars : lows).push(d);
		it = next;
	}
}
