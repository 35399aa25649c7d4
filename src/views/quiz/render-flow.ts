// Small pieces of the quiz card and summary: the line the interview date puts under the grades, and
// the skipped cards in the summary.
import type { Lang, Rating } from "../../core/types";
import { t } from "../../core/i18n";
import { formatWhen } from "../../core/i18n/time-format";
import type { InterviewCap } from "./quiz-model";

/** "The interview on Mar 12 caps these: back on the day before, Mar 11, 0:00 (in 15 hours)." */
export function renderInterviewCap(el: HTMLElement, cap: InterviewCap, comesBack: Record<Rating, number>, now: number, lang: Lang): void {
	const date = new Intl.DateTimeFormat(lang === "zh" ? "zh-CN" : "en-US", { month: "short", day: "numeric" }).format(cap.interviewAt);
	const back = comesBack[cap.ratings[0]];
	el.createDiv({ cls: "ip-quiz-interview-cap", text: t(lang, "quiz.interview.cappedLine", { date, when: formatWhen(back, now, lang) }) });
}

/** Skipped cards in the summary; when nothing was graded, a sentence that says so instead of "reviewed 0". */
export function renderSkipped(list: HTMLElement, skipped: number, lang: Lang, onlySkips: boolean): void {
	const key = onlySkips ? "quiz.summary.allSkipped" : "quiz.summary.skipped";
	list.createEl("li", { cls: onlySkips ? "ip-quiz-summary-all-skipped" : "ip-quiz-summary-skipped", text: t(lang, key, { n: skipped }) });
}
