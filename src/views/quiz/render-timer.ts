// The quiz card's speaking timer: the time, the target or the overrun, and why it stands still.
// Drawn with the card and again every second by the view.
import type { Lang } from "../../core/types";
import { t, type StringKey } from "../../core/i18n";
import { formatClock } from "../../core/i18n/time-format";
import type { PauseReason } from "../../core/quiz/speaking-clock";

/** What the timer says while it stands still, the most telling reason first. */
const PAUSE_TEXT: [PauseReason, StringKey][] = [
	["mock", "quiz.timer.paused"],
	["modal", "quiz.timer.pausedModal"],
	["note", "quiz.timer.pausedNote"],
	["hidden", "quiz.timer.pausedHidden"],
	["blur", "quiz.timer.pausedBlur"],
];

/**
 * Sets the speaking timer's text; past the target it gets the overrun class. Called every second.
 * Stopped (the answer shown) it reads as the time spoken; paused it says why.
 */
export function updateTimer(
	el: HTMLElement,
	elapsed: number,
	target: number,
	lang: Lang,
	pausedFor: readonly PauseReason[] = [],
	stopped = false,
): void {
	el.empty();
	const over = target > 0 && elapsed > target;
	const paused = !stopped && pausedFor.length > 0;
	el.toggleClass("ip-quiz-timer-over", over);
	el.toggleClass("is-paused", paused);
	el.toggleClass("is-stopped", stopped);
	if (stopped) el.createSpan({ cls: "ip-quiz-timer-spoken", text: t(lang, "quiz.timer.stopped") });
	el.createSpan({ cls: "ip-quiz-timer-clock", text: formatClock(elapsed) });
	el.createSpan({
		cls: "ip-quiz-timer-target",
		text: over ? t(lang, "quiz.timer.over", { over: formatClock(elapsed - target) }) : t(lang, "quiz.timer.target", { target: formatClock(target) }),
	});
	const why = PAUSE_TEXT.find(([reason]) => pausedFor.includes(reason));
	if (paused && why) el.createSpan({ cls: "ip-quiz-timer-paused", text: t(lang, why[1]) });
}
