// Coverage's findings in words, for the coverage view and `scan --table` alike: what a gap has instead of a
// model answer, and how a weak spot went in its last mock run.
import type { GapEntry } from "./coverage";
import { t } from "./i18n";
import type { Lang } from "./types";
import type { WeakSpot } from "./weak-spots";

/** What a gap has instead of a model answer, in the one vocabulary of answer states. */
export function gapState(gap: GapEntry, lang: Lang): string {
	if (gap.scaffold) return t(lang, "answerState.scaffold");
	return t(lang, gap.has === "hint" ? "answerState.hint" : "answerState.nothing");
}

/** "rated Hard", "ran out of time", or both. */
export function weakMockText(w: WeakSpot, lang: Lang): string {
	const parts: string[] = [];
	if (w.mock?.rating != null) parts.push(t(lang, "coverage.weak.mockRating", { rating: t(lang, `mock.rating.${w.mock.rating}`) }));
	if (w.mock?.timedOut) parts.push(t(lang, "coverage.weak.mockTimedOut"));
	return parts.join(lang === "zh" ? "，" : ", ");
}
