// Grouping and ids: union-find over the questions being grouped (same key, or keys alike enough),
// the canonical question of each group, the ids each question claims from its key, and the index's
// question for each item.
import type { ExtractedQuestion, Question } from "../types";
import type { KeyData } from "./key-data";
import { NO_VARIANTS, indexedCopy, sameIds, type NoteState } from "./note-state";
import { takeReady } from "./ready-question";

/** Questions being grouped, in path then line order: each is a place in a note's state. */
export class GroupItems {
	readonly note: NoteState[] = [];
	readonly place: number[] = [];
	readonly key: KeyData[] = [];
	/** Each item's question (grouping reads it several times: looked up once). */
	private readonly questions: ExtractedQuestion[] = [];
	get count(): number {
		return this.key.length;
	}
	add(note: NoteState, place: number, kd: KeyData): void {
		this.note.push(note);
		this.place.push(place);
		this.key.push(kd);
		this.questions.push(note.questions[note.data.order[place]]);
	}
	question(i: number): ExtractedQuestion {
		return this.questions[i];
	}
	/** The same words answered again in the same form in this note: kept apart from its key's group. */
	keptApart(i: number): boolean {
		return this.note[i].data.keptApart[this.place[i]];
	}
}

export interface Grouping {
	/** Each item's group (its smallest item). */
	root: Int32Array;
	/** Per group root: the canonical item. */
	canonical: Int32Array;
	ids: string[];
	/** Per group root: the variants' ids (canonical excluded), in order; nothing for a group of one. */
	variantIds: (string[] | undefined)[];
}

/** The next free id for a key in this build: its plain id, then -2, -3 … */
function claimId(kd: KeyData, build: number): string {
	const c = kd.claims;
	if (c.build !== build) {
		c.build = build;
		c.issued = 0;
	}
	c.issued++;
	if (c.issued === 1) return kd.base;
	const names = (c.suffixedIds ??= []);
	return (names[c.issued - 2] ??= `${kd.base}-${c.issued}`);
}

/**
 * Union-find over the items: same key (unless kept apart), or keys alike enough (`keys` holds every key
 * of the items); then canonicals and ids.
 */
export function groupItems(items: GroupItems, keys: readonly KeyData[], build: number): Grouping {
	const count = items.count;
	const parent = new Int32Array(count);
	for (let i = 0; i < count; i++) parent[i] = i;
	const find = (i: number): number => {
		while (parent[i] !== i) i = parent[i] = parent[parent[i]];
		return i;
	};
	const union = (a: number, b: number): void => {
		const ra = find(a);
		const rb = find(b);
		if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
	};
	for (const kd of keys) kd.build = build - 1;
	for (let i = 0; i < count; i++) {
		const kd = items.key[i];
		if (kd.build !== build) {
			kd.build = build;
			kd.firstItem = i;
		} else if (!items.keptApart(i)) union(kd.firstItem, i);
	}
	for (const kd of keys) {
		if (kd.near) for (const other of kd.near) if (kd.slot < other.slot) union(kd.firstItem, other.firstItem);
		if (kd.oriented) for (const p of kd.oriented.values()) if (p.a === kd && p.a.firstItem < p.b.firstItem === p.aFirst) union(p.a.firstItem, p.b.firstItem);
	}

	// Groups: the canonical is the answered member with the most text (the first on ties).
	const canonical = new Int32Array(count).fill(-1);
	const size = new Int32Array(count);
	for (let i = 0; i < count; i++) {
		const r = find(i);
		size[r]++;
		const best = canonical[r];
		if (best < 0) {
			canonical[r] = i;
			continue;
		}
		const m = items.question(i);
		const b = items.question(best);
		if ((m.answered && !b.answered) || (m.answered === b.answered && m.answerMarkdown.length > b.answerMarkdown.length)) canonical[r] = i;
	}
	const root = new Int32Array(count);
	for (let i = 0; i < count; i++) root[i] = find(i);
	// Canonical questions claim the plain id of their key first, in note order.
	const ids: string[] = new Array<string>(count);
	for (let i = 0; i < count; i++) if (canonical[root[i]] === i) ids[i] = claimId(items.key[i], build);
	for (let i = 0; i < count; i++) if (ids[i] === undefined) ids[i] = claimId(items.key[i], build);
	const variantIds = new Array<string[] | undefined>(count);
	for (let i = 0; i < count; i++) {
		const r = root[i];
		if (size[r] < 2 || canonical[r] === i) continue;
		const list = variantIds[r];
		if (list) list.push(ids[i]);
		else variantIds[r] = [ids[i]];
	}
	return { root, canonical, ids, variantIds };
}

/** The index's question for item i: last build's object when nothing about it changed. */
export function indexedQuestion(items: GroupItems, g: Grouping, i: number): Question {
	const r = g.root[i];
	const c = g.canonical[r];
	const id = g.ids[i];
	// The canonical is answered whenever any member is (it is chosen that way).
	const covered = items.question(c).answered;
	const variantOf = c === i ? null : g.ids[c];
	const variants = c === i ? (g.variantIds[r] ?? NO_VARIANTS) : NO_VARIANTS;
	const state = items.note[i];
	const j = items.place[i];
	const prev = state.indexedByPlace[j];
	if (prev && prev.path === state.path && prev.id === id && prev.covered === covered && prev.variantOf === variantOf && sameIds(prev.variants, variants)) return prev;
	const x = items.question(i);
	const copy = takeReady(x, state.path, items.key[i].key, id, covered, variantOf, variants) ?? indexedCopy(x, state.data.plainFields, state.path, items.key[i].key, id, covered, variantOf, variants);
	state.indexedByPlace[j] = copy;
	return copy;
}
