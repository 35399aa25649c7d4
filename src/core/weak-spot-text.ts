// How a weak spot went in its last mock run, in words: for the coverage view and `scan --table` alike.
import { coverageText } from "./coverage-strings";
import { mockText } from "./mock/mock-strings";
import type { Lang } from "./types";
import type { WeakSpot } from "./weak-spots";

/** "rated Hard", "ran out of time", or both. */
export function weakMockText(w: WeakSpot, lang: Lang): string {
	const parts: string[] = [];
	if (w.mock?.rating != null) parts.push(coverageText(lang, "coverage.weak.mockRating", { rating: mockText(lang, `mock.rating.${w.mock.rating}`) }));
	if (w.mock?.timedOut) parts.push(coverageText(lang, "coverage.weak.mockTimedOut"));
	return parts.join(lang === "zh" ? "，" : ", ");
}
