// The index as first written (one pass, no reuse), kept to check IndexBuilder against: same notes, same index.
import type { ParsedNote, Question, QuestionIndex } from "../../../src/core/types";
import { questionId, questionKey, similarity } from "../../../src/core/normalize";

const VARIANT_THRESHOLD = 0.88;

interface Item {
	q: Omit<Question, "id" | "variantOf" | "variants" | "covered">;
	order: number;
}

function byPathLine(a: { path: string; line: number }, b: { path: string; line: number }): number {
	return a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line;
}

/** Unit (word or CJK character) count and bigram multiplicities, as `similarity` counts them. */
interface KeyShape {
	units: number;
	bigrams: Map<string, number>;
	/** Bigram occurrences (the denominator of `similarity`'s containment). */
	total: number;
}

function shapeOf(key: string): KeyShape {
	const u = key.match(/[a-z0-9]+|[^\sa-z0-9]/g) ?? [];
	const bigrams = new Map<string, number>();
	if (u.length < 2) for (const x of u) bigrams.set(x, (bigrams.get(x) ?? 0) + 1);
	for (let i = 0; i + 1 < u.length; i++) {
		const g = u[i] + " " + u[i + 1];
		bigrams.set(g, (bigrams.get(g) ?? 0) + 1);
	}
	return { units: u.length, bigrams, total: Math.max(1, u.length - 1) };
}

/**
 * `similarity` reaches the threshold only when at least 60% of the shorter key's bigrams occur in the
 * longer one (its Dice and containment paths both need that). Counting shared bigrams through the
 * postings and calling `similarity` only on pairs that pass keeps the index near-linear on big vaults.
 */
const MIN_CONTAINMENT = 0.6;

function commonBigramsOf(sh: KeyShape, postings: Map<string, number[]>, COMMON_BIGRAM: number): number {
	let n = 0;
	for (const [g, mult] of sh.bigrams) if ((postings.get(g)?.length ?? 0) > COMMON_BIGRAM) n += mult;
	return n;
}

export function referenceIndex(notes: ParsedNote[], COMMON_BIGRAM = 400): QuestionIndex {
	const items: Item[] = [];
	for (const n of notes) {
		for (const q of n.questions) items.push({ q: { ...q, path: n.path, key: questionKey(q.text) }, order: 0 });
	}
	items.sort((a, b) => byPathLine(a.q, b.q));
	items.forEach((it, i) => (it.order = i));

	// Union-find over items: same key, or keys alike enough.
	const parent = items.map((_, i) => i);
	const find = (i: number): number => {
		while (parent[i] !== i) i = parent[i] = parent[parent[i]];
		return i;
	};
	const union = (a: number, b: number): void => {
		const ra = find(a);
		const rb = find(b);
		if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
	};
	const sameSpot = (it: Item): string => `${it.q.path}\u0000${it.q.form}\u0000${it.q.key}`;
	const firstByKey = new Map<string, number>();
	const answeredIn = new Set<string>();
	items.forEach((it, i) => {
		const seen = firstByKey.get(it.q.key);
		if (seen === undefined) firstByKey.set(it.q.key, i);
		// The same words answered twice in one note, in the same form, are different questions
		// ("What's the output?" over different code); a listed item and its answered heading are one.
		else if (!(it.q.answered && answeredIn.has(sameSpot(it)))) union(seen, i);
		if (it.q.answered) answeredIn.add(sameSpot(it));
	});
	const keys = [...firstByKey.keys()];
	const shapes = keys.map(shapeOf);
	const postings = new Map<string, number[]>();
	shapes.forEach((sh, ki) => {
		for (const g of sh.bigrams.keys()) {
			const list = postings.get(g);
			if (list) list.push(ki);
			else postings.set(g, [ki]);
		}
	});
	// Per candidate kj of key ki: shared occurrences counted on ki's side and on kj's side.
	const sharedI = new Map<number, number>();
	const sharedJ = new Map<number, number>();
	const commonOf = shapes.map((sh) => commonBigramsOf(sh, postings, COMMON_BIGRAM));
	shapes.forEach((sh, ki) => {
		sharedI.clear();
		sharedJ.clear();
		// Common bigrams propose no candidates; they are assumed shared, so the filter stays conservative.
		const commonI = commonOf[ki];
		for (const [g, mult] of sh.bigrams) {
			const list = postings.get(g);
			if (!list || list.length > COMMON_BIGRAM) continue;
			for (const kj of list) {
				if (kj <= ki) continue;
				sharedI.set(kj, (sharedI.get(kj) ?? 0) + mult);
				sharedJ.set(kj, (sharedJ.get(kj) ?? 0) + (shapes[kj].bigrams.get(g) ?? 0));
			}
		}
		for (const [kj, si] of sharedI) {
			const other = shapes[kj];
			// The shorter key (in units) is the one whose bigrams must be contained.
			const iSmaller = sh.units <= other.units;
			const small = iSmaller ? sh : other;
			const shared = iSmaller ? si + commonI : (sharedJ.get(kj) ?? 0) + commonOf[kj];
			if (shared < MIN_CONTAINMENT * small.total) continue;
			if (similarity(keys[ki], keys[kj]) >= VARIANT_THRESHOLD) union(firstByKey.get(keys[ki])!, firstByKey.get(keys[kj])!);
		}
	});

	// Groups, their canonical question, ids.
	const groups = new Map<number, Item[]>();
	for (const it of items) {
		const r = find(it.order);
		const g = groups.get(r);
		if (g) g.push(it);
		else groups.set(r, [it]);
	}
	const used = new Set<string>();
	const claim = (key: string): string => {
		const base = questionId(key);
		let id = base;
		for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
		used.add(id);
		return id;
	};
	const idOf = new Map<Item, string>();
	const canonicalOf = new Map<Item, Item>();
	const ordered = [...groups.values()];
	const canonicals = ordered.map((members) => {
		let best = members[0];
		for (const m of members) {
			const better =
				(m.q.answered && !best.q.answered) ||
				(m.q.answered === best.q.answered && m.q.answerMarkdown.length > best.q.answerMarkdown.length);
			if (better) best = m;
		}
		for (const m of members) canonicalOf.set(m, best);
		return best;
	});
	// Canonical questions claim the plain id of their key first, in note order.
	for (const c of [...canonicals].sort((a, b) => a.order - b.order)) idOf.set(c, claim(c.q.key));
	for (const it of items) if (!idOf.has(it)) idOf.set(it, claim(it.q.key));

	const questions: Question[] = items.map((it) => {
		const c = canonicalOf.get(it)!;
		const members = groups.get(find(it.order))!;
		// The canonical is answered whenever any member is (it is chosen that way).
		const covered = c.q.answered;
		return {
			...it.q,
			id: idOf.get(it)!,
			covered,
			variantOf: c === it ? null : idOf.get(c)!,
			variants: c === it ? members.filter((m) => m !== it).map((m) => idOf.get(m)!) : [],
		};
	});
	const byId = new Map(questions.map((q) => [q.id, q]));
	const gaps = questions.filter((q) => q.variantOf === null && !q.covered).map((q) => q.id);
	const indexed = notes
		.map((n) => ({ path: n.path, questions: n.questions.length, warnings: n.warnings }))
		.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
	return { notes: indexed, questions, gaps, byId };
}
