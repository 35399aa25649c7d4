// Card control as in Anki: bury until tomorrow, suspend / unsuspend, reset progress. Each is an event
// in the device's log, so devices merge them like gradings; the state is folded in (time, uid) order
// during replay, which makes the merged result the same whatever order the logs arrive in.
import { addDays, startOfDay } from "date-fns";
import type { CardAction, CardControlEvent } from "../types";

export const CARD_ACTIONS: readonly CardAction[] = ["bury", "suspend", "unsuspend", "reset"];

export function isCardAction(x: unknown): x is CardAction {
	return typeof x === "string" && (CARD_ACTIONS as readonly string[]).includes(x);
}

/** When a card buried at `now` comes back: the start of the next local day (Anki's "until tomorrow"). */
export function buryUntil(now: number): number {
	return startOfDay(addDays(now, 1)).getTime();
}

/** Buried and suspended cards after replaying the controls (ids with aliases applied). */
export interface ControlState {
	/** Question id → when its burial ends (the latest bury wins). */
	buried: Map<string, number>;
	/** Question ids suspended: the last suspend or unsuspend of each decides. */
	suspended: Set<string>;
}

export function emptyControlState(): ControlState {
	return { buried: new Map(), suspended: new Set() };
}

/**
 * Fold one control into the state (replay calls it in event order, `qid` already resolved). Reset
 * clears the burial too (the card starts over); it leaves suspension alone, as Anki's "forget" does.
 * Returns whether the card's progress is to be forgotten.
 */
export function applyControl(state: ControlState, e: CardControlEvent, qid: string): boolean {
	switch (e.action) {
		case "bury":
			state.buried.set(qid, e.until ?? buryUntil(e.at));
			return false;
		case "suspend":
			state.suspended.add(qid);
			return false;
		case "unsuspend":
			state.suspended.delete(qid);
			return false;
		case "reset":
			state.buried.delete(qid);
			return true;
	}
}

/** Question ids the queue leaves out at `now`: suspended, or buried and not yet back. */
export function hiddenCards(state: ControlState, now: number): Set<string> {
	const out = new Set(state.suspended);
	for (const [qid, until] of state.buried) if (until > now) out.add(qid);
	return out;
}
