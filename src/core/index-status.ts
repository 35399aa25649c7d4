// Where the question index stands, as the live index reports it and the views show it.

export type IndexState = "cold" | "building" | "ready";

export interface IndexStatus {
	state: IndexState;
	/** Notes parsed so far and notes in the prep set (for "indexing 120/500 notes"). */
	done: number;
	total: number;
	/** Bumped on every change to the index; views re-render when it moves. */
	revision: number;
}
