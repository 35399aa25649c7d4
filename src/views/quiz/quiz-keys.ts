// The quiz's bare keys, on the view's own scope (active only while the quiz has focus, so the note's
// editor keeps its keys): Space/Enter, 1–4, H, O, S, R to record, U and Ctrl/Cmd+Z, and the card controls.
import type { Scope } from "obsidian";
import type { Rating } from "../../core/types";
import { CARD_CONTROL_KEYS, type CardControlHandlers } from "./render-card-controls";

/** What each key does. One returning a boolean says whether it acted; when it did not, the key goes on. */
export interface QuizKeyActions {
	/** Show the answer (false: no card in hand). */
	reveal(): boolean;
	grade(rating: Rating): void;
	hint(): void;
	openNote(): void;
	skip(): void;
	/** Start or stop recording the answer (false: recording is off or no card in hand). */
	toggleRecording(): boolean;
	/** Take back the last grade or card control (false: nothing to take back). */
	undo(): boolean;
	cardControl: CardControlHandlers;
}

const RATINGS: readonly Rating[] = [1, 2, 3, 4];

export function registerQuizKeys(scope: Scope, actions: QuizKeyActions): void {
	const always = (fn: () => void) => () => {
		fn();
		return true;
	};
	const keys: [string, () => boolean][] = [
		[" ", () => actions.reveal()],
		["Enter", () => actions.reveal()],
		...RATINGS.map((r): [string, () => boolean] => [String(r), always(() => actions.grade(r))]),
		["h", always(() => actions.hint())],
		["o", always(() => actions.openNote())],
		["s", always(() => actions.skip())],
		["r", () => actions.toggleRecording()],
		...CARD_CONTROL_KEYS.map(({ key, control }): [string, () => boolean] => [key, always(() => actions.cardControl[control]())]),
		["u", () => actions.undo()],
	];
	// A handler returning false stops the key there; true lets it through.
	for (const [key, act] of keys) scope.register([], key, () => !act());
	scope.register(["Mod"], "z", () => !actions.undo());
}
