// All prep notes' questions → one index: stable ids, variants of one question merged, gaps.
import type { ParsedNote, Question, QuestionIndex } from "./types";
import { questionId, questionKey, similarity } from "./normalize";

/** Two keys at least this alike are one question asked twice. Tuned on the seed notes. */
export const VARIANT_THRESHOLD = 0.88;

/** Bigrams shared by more keys than this do not propose candidate pairs (too common to tell anything). */
const COMMON_BIGRAM = 400;

interface Item {
	q: Omit<Question, "id" | "variantOf" | "variants" | "covered">;
	order: number;
}

function byPathLine(a: { path: string; line: number }, b: { path: string; line: number }): number {
	return a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line;
}

function bigramsOf(key: string): string[] {
	const u = key.match(/[a-z0-9]+|[^\sa-z0-9]/g) ?? [];
	if (u.length < 2) return u;
	const out = new Set<string>();
	for (let i = 0; i + 1 < u.length; i++) out.add(u[i] + " " + u[i + 1]);
	return [...out];
}

export function buildIndex(notes: ParsedNote[]): QuestionIndex {
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
	const firstByKey = new Map<string, number>();
	const answeredIn = new Set<string>();
	items.forEach((it, i) => {
		const seen = firstByKey.get(it.q.key);
		if (seen === undefined) firstByKey.set(it.q.key, i);
		// The same words answered twice in one note are different questions ("What's the output?" over different code).
		else if (!(it.q.answered && answeredIn.has(it.q.path + "\u0000" + it.q.key))) union(seen, i);
		if (it.q.answered) answeredIn.add(it.q.path + "\u0000" + it.q.key);
	});
	const keys = [...firstByKey.keys()];
	const postings = new Map<string, number[]>();
	keys.forEach((k, ki) => {
		for (const g of bigramsOf(k)) {
			const list = postings.get(g);
			if (list) list.push(ki);
			else postings.set(g, [ki]);
		}
	});
	const tried = new Set<number>();
	keys.forEach((k, ki) => {
		tried.clear();
		for (const g of bigramsOf(k)) {
			const list = postings.get(g);
			if (!list || list.length > COMMON_BIGRAM) continue;
			for (const kj of list) {
				if (kj <= ki || tried.has(kj)) continue;
				tried.add(kj);
				if (similarity(k, keys[kj]) >= VARIANT_THRESHOLD) union(firstByKey.get(k)!, firstByKey.get(keys[kj])!);
			}
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
		const covered = members.some((m) => m.q.answered);
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
