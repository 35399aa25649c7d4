// Draws the questions of one mock interview: weighted toward weak and never-practised
// questions, spread across topics, no repeats, reproducible from a seed.
import { seededRandom } from "../seeded-random";
import type { Question } from "../types";
import { matchesTopic, TOPIC_SEPARATOR, type NoteTopicFilter } from "../topic";

/** What the draw needs to know of a question's practice history. */
export interface DrawStats {
	/** Times graded. 0 = never practised. */
	reps: number;
	/** Times forgotten (graded Again after learning). */
	lapses: number;
	/** Chance of recall now (0–1); null when never practised. */
	retrievability: number | null;
}

export interface DrawLimit extends NoteTopicFilter {
	/** Only notes of this hub (a path from the prep set's `hubOf`). */
	hub?: string;
}

export interface DrawInput {
	questions: readonly Question[];
	count: number;
	seed: number;
	statsOf: (qid: string) => DrawStats | undefined;
	/** Note path → its hub path (PrepSet.hubOf); needed only for `limit.hub`. */
	hubOf?: Record<string, string>;
	limit?: DrawLimit;
}

/** The topic a question belongs to for spreading a run across topics. */
export function topicKey(q: Pick<Question, "path" | "topic">): string {
	return q.topic.length > 0 ? `${q.path}#${q.topic.join(TOPIC_SEPARATOR)}` : q.path;
}

/** A never-practised question weighs as much as a well-forgotten one. */
const NEVER_PRACTISED_WEIGHT = 3;
const LAPSE_WEIGHT = 0.5;
const MAX_LAPSES_COUNTED = 6;
/** Each question already drawn from a topic divides that topic's weights by this (spread). */
const SAME_TOPIC_DAMPING = 4;

/** How strongly a question should be drawn: 1 for a well-known one, more for weak or new ones. */
export function drawWeight(stats: DrawStats | undefined): number {
	if (!stats || stats.reps === 0 || stats.retrievability === null) return NEVER_PRACTISED_WEIGHT;
	const forgetting = 1 - Math.min(1, Math.max(0, stats.retrievability));
	const lapses = Math.min(stats.lapses, MAX_LAPSES_COUNTED);
	return 1 + 2 * forgetting + LAPSE_WEIGHT * lapses;
}

export function matchesLimit(q: Question, limit: DrawLimit | undefined, hubOf?: Record<string, string>): boolean {
	if (!limit) return true;
	if (limit.path !== undefined && q.path !== limit.path) return false;
	if (limit.hub !== undefined) {
		const hub = hubOf?.[q.path] ?? (q.path === limit.hub ? limit.hub : undefined);
		if (hub !== limit.hub) return false;
	}
	if (limit.topic !== undefined && limit.topic !== "" && !matchesTopic(q, limit.topic)) return false;
	return true;
}

/**
 * Picks up to `count` distinct canonical questions (variants are one question).
 * Weighted sampling without replacement; the weight of a topic's questions drops
 * each time one of them is drawn, so a run visits several topics when it can.
 */
export function drawMockQuestions(input: DrawInput): Question[] {
	const pool = input.questions.filter((q) => q.variantOf === null && matchesLimit(q, input.limit, input.hubOf));
	const random = seededRandom(input.seed);
	const base = pool.map((q) => drawWeight(input.statsOf(q.id)));
	const drawnPerTopic = new Map<string, number>();
	const taken = new Set<number>();
	const picked: Question[] = [];
	const want = Math.max(0, Math.min(Math.floor(input.count), pool.length));
	while (picked.length < want) {
		const weights = pool.map((q, i) =>
			taken.has(i) ? 0 : base[i] / Math.pow(SAME_TOPIC_DAMPING, drawnPerTopic.get(topicKey(q)) ?? 0),
		);
		const total = weights.reduce((s, w) => s + w, 0);
		let r = random() * total;
		let chosen = weights.findIndex((w) => w > 0);
		for (let i = 0; i < weights.length; i++) {
			if (weights[i] <= 0) continue;
			r -= weights[i];
			if (r < 0) {
				chosen = i;
				break;
			}
		}
		taken.add(chosen);
		const q = pool[chosen];
		picked.push(q);
		drawnPerTopic.set(topicKey(q), (drawnPerTopic.get(topicKey(q)) ?? 0) + 1);
	}
	return picked;
}
