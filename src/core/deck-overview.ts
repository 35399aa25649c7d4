// The deck overview, as in Anki's deck list: for each hub, note and topic, how many questions are new
// and how many are due now, with buried and suspended cards left out (they are not practised now).
// Grouped as computeCoverage groups (canonical questions; a topic row is one exact topic path).
import type { PrepSet } from "./prep-set";
import type { CardState, Question, QuestionIndex } from "./types";
import { effectiveDue } from "./review/queue";

export interface DeckCount {
	/** Never graded (or reset), not suspended. */
	fresh: number;
	/** Graded before and due now (the interview rule applied), not buried or suspended. */
	due: number;
}

export interface DeckOverview {
	/** By hub name; the key "" holds notes under no hub (no hub set). */
	hubs: Map<string, DeckCount>;
	notes: Map<string, DeckCount>;
	/** By `topicRowKey(path, topic)`. */
	topics: Map<string, DeckCount>;
	total: DeckCount;
}

export interface DeckInput {
	index: QuestionIndex;
	prep: PrepSet | null;
	cards: ReadonlyMap<string, CardState>;
	/** Buried or suspended now (ReviewStore.hidden). */
	hidden: ReadonlySet<string>;
	now: number;
	/** Epoch ms of the interview day, or null. */
	interviewDate?: number | null;
}

export function topicRowKey(path: string, topic: readonly string[]): string {
	return `${path}\u0000${topic.join("\u0000")}`;
}

function add(map: Map<string, DeckCount>, key: string, fresh: number, due: number): void {
	const c = map.get(key) ?? { fresh: 0, due: 0 };
	c.fresh += fresh;
	c.due += due;
	map.set(key, c);
}

export function deckOverview(input: DeckInput): DeckOverview {
	const { index, prep, cards, hidden, now } = input;
	const out: DeckOverview = { hubs: new Map(), notes: new Map(), topics: new Map(), total: { fresh: 0, due: 0 } };
	for (const q of index.questions) {
		if (q.variantOf !== null) continue;
		const ids = [q.id, ...q.variants];
		if (ids.some((id) => hidden.has(id))) continue;
		const card = ids.map((id) => cards.get(id)).find((c): c is CardState => c !== undefined);
		const fresh = !card || card.reps === 0 ? 1 : 0;
		const due = !fresh && card && effectiveDue(card, now, input.interviewDate) <= now ? 1 : 0;
		countQuestion(out, q, prep, fresh, due);
	}
	return out;
}

function countQuestion(out: DeckOverview, q: Question, prep: PrepSet | null, fresh: number, due: number): void {
	add(out.hubs, prep?.hubOf[q.path] ?? "", fresh, due);
	add(out.notes, q.path, fresh, due);
	add(out.topics, topicRowKey(q.path, q.topic), fresh, due);
	out.total.fresh += fresh;
	out.total.due += due;
}

/** Questions suspended now (canonical ones, by any of their ids), in index order: coverage lists them with a way back. */
export function suspendedQuestions(index: QuestionIndex, suspended: ReadonlySet<string>): Question[] {
	if (suspended.size === 0) return [];
	return index.questions.filter((q) => q.variantOf === null && [q.id, ...q.variants].some((id) => suspended.has(id)));
}
