// Derive everything from the merged logs: aliases, each question's reviews and its FSRS card.
import type { AliasEvent, CardState, DeviceLog, LogEvent, MockRunEvent, ReviewEvent } from "../types";
import type { Scheduler } from "./scheduler";
import { applyControl, emptyControlState, type ControlState } from "./card-control";

export interface Replayed {
	/** Every live event (undone gradings left out), ordered by (time, uid). */
	events: LogEvent[];
	/** Alias edges after cycle breaking: history of the key now belongs to the value. */
	aliases: Map<string, string>;
	/** Reviews per current question id (aliases applied), oldest first. */
	reviews: Map<string, ReviewEvent[]>;
	cards: Map<string, CardState>;
	mockRuns: MockRunEvent[];
	/** Last known key (normalized text) of each question id. */
	keys: Map<string, string>;
	/** Events stamped past the horizon (a device whose clock was wrong): kept, not scheduled. */
	suspect: LogEvent[];
	/** Buried and suspended cards (card control). */
	control: ControlState;
}

/** How far ahead of this device's clock an event is still believed (time zones, a clock a little fast). */
export const FUTURE_TOLERANCE_MS = 24 * 3_600_000;

export function eventTime(e: LogEvent): number {
	return e.kind === "mock" ? e.startedAt : e.at;
}

export function compareEvents(a: LogEvent, b: LogEvent): number {
	const d = eventTime(a) - eventTime(b);
	if (d !== 0) return d;
	return a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0;
}

/** Follow alias edges to the id that owns the history now. */
export function resolveAlias(aliases: Map<string, string>, qid: string): string {
	let cur = qid;
	for (let i = 0; i <= aliases.size; i++) {
		const next = aliases.get(cur);
		if (next === undefined) return cur;
		cur = next;
	}
	return cur;
}

function buildAliases(events: LogEvent[]): Map<string, string> {
	const aliases = new Map<string, string>();
	for (const e of events) {
		if (e.kind !== "alias" || e.from === e.to) continue;
		const a: AliasEvent = e;
		// A → B then B → A (the words changed back): drop the older edge into `from` instead of looping.
		let cur = a.to;
		for (let i = 0; i <= aliases.size && aliases.has(cur); i++) {
			const next = aliases.get(cur) as string;
			if (next === a.from) {
				aliases.delete(cur);
				break;
			}
			cur = next;
		}
		aliases.set(a.from, a.to);
	}
	return aliases;
}

/**
 * Replay every live event in (time, uid) order. Events later than `horizon` are set aside as
 * suspect: a grading stamped 20 years ahead would otherwise stay its card's last for ever, and no
 * grading made today could bring the card back. They count once the clock reaches them.
 */
export function replay(logs: Iterable<DeviceLog>, scheduler: Scheduler, horizon = Infinity): Replayed {
	const undone = new Set<string>();
	const all: LogEvent[] = [];
	const keys = new Map<string, string>();
	for (const log of logs) {
		for (const u of log.undone ?? []) undone.add(u);
		for (const e of log.events) all.push(e);
		for (const [qid, key] of Object.entries(log.keys ?? {})) keys.set(qid, key);
	}
	const live = all.filter((e) => !undone.has(e.uid)).sort(compareEvents);
	const events = live.filter((e) => eventTime(e) <= horizon);
	const suspect = events.length === live.length ? [] : live.filter((e) => eventTime(e) > horizon);
	const aliases = buildAliases(events);
	const reviews = new Map<string, ReviewEvent[]>();
	const cards = new Map<string, CardState>();
	const mockRuns: MockRunEvent[] = [];
	const control = emptyControlState();
	for (const e of events) {
		if (e.kind === "mock") mockRuns.push(e);
		if (e.kind === "control") {
			const qid = resolveAlias(aliases, e.qid);
			if (applyControl(control, e, qid)) cards.delete(qid);
		}
		if (e.kind !== "review") continue;
		const qid = resolveAlias(aliases, e.qid);
		const list = reviews.get(qid);
		if (list) list.push(e);
		else reviews.set(qid, [e]);
		cards.set(qid, scheduler.next(cards.get(qid) ?? null, qid, e.at, e.rating, e.secs));
	}
	return { events, aliases, reviews, cards, mockRuns, keys, suspect, control };
}

/**
 * A new grading added to a replay in place, when it is the latest event: no full replay for each
 * grading. Returns false, changing nothing, when another device's event is later (replay it all then).
 */
export function appendReview(derived: Replayed, scheduler: Scheduler, event: ReviewEvent, key?: string): boolean {
	const last = derived.events[derived.events.length - 1];
	if (last && eventTime(last) > event.at) return false;
	const target = resolveAlias(derived.aliases, event.qid);
	derived.events.push(event);
	const list = derived.reviews.get(target);
	if (list) list.push(event);
	else derived.reviews.set(target, [event]);
	derived.cards.set(target, scheduler.next(derived.cards.get(target) ?? null, target, event.at, event.rating, event.secs));
	if (key) derived.keys.set(event.qid, key);
	return true;
}
