// Draws the card in hand (CardModel): its note and topic, the question and timer, the hint,
// after reveal every copy's answer with its stories and STAR panel, the grade buttons with when each
// brings the question back, and the card's controls.
import type { Lang, Rating } from "../../core/types";
import { t, type StringKey } from "../../core/i18n";
import { formatInterval, formatRelative } from "../../core/i18n/time-format";
import { TOPIC_SEPARATOR } from "../../core/topic";
import { noteName } from "../../core/note-name";
import { updateTimer } from "./render-timer";
import type { CardModel } from "./quiz-model";
import type { QuizHandlers } from "./quiz-handlers";
import { renderCounts, renderProgress } from "./render-counts";
import { renderInterviewCap } from "./render-flow";
import { renderCardControlKeys, renderCardControls } from "./render-card-controls";
import { renderStarPanel } from "./render-star-panel";
import { renderStoryCard } from "./render-story-card";
import { notQuestionButton } from "../not-question";

const RATINGS: readonly Rating[] = [1, 2, 3, 4];

export function renderCard(root: HTMLElement, card: CardModel, lang: Lang, now: number, handlers: QuizHandlers): void {
	const q = card.question;
	const box = root.createDiv({ cls: `ip-quiz-card ip-quiz-phase-${card.phase}` });

	const progress = box.createDiv({ cls: "ip-quiz-progress-row" });
	renderProgress(progress, card.counts, lang);
	progress.createSpan({ cls: "ip-quiz-left", text: t(lang, "quiz.left", { n: card.remaining }) });

	const meta = box.createDiv({ cls: "ip-quiz-meta" });
	if (q.topic.length > 0) meta.createDiv({ cls: "ip-quiz-topic", text: q.topic.join(TOPIC_SEPARATOR) });
	const link = meta.createEl("a", { cls: "ip-quiz-note-link", text: noteName(q.path), href: "#", title: q.path });
	link.addEventListener("click", (evt) => {
		evt.preventDefault();
		handlers.openNote();
	});
	const info = meta.createDiv({ cls: "ip-quiz-info" });
	// The counts underline the kind in hand ("New" among them), so no separate new-card badge.
	renderCounts(info, card.counts, lang);
	if (!card.isNew && card.lastReview !== null) {
		info.createSpan({ cls: "ip-quiz-last", text: t(lang, "quiz.lastReviewed", { ago: formatRelative(card.lastReview, now, lang) }) });
	}

	box.createDiv({ cls: "ip-quiz-question", text: q.text });
	const timer = box.createDiv({ cls: "ip-quiz-timer" });
	updateTimer(timer, card.elapsed, card.target, lang, card.pausedFor, card.stopped);
	handlers.drawRecording?.(box, card.phase === "revealed" ? "revealed" : "front");

	if (card.phase === "hint" || card.phase === "revealed") {
		const hint = box.createDiv({ cls: "ip-quiz-hint" });
		const { hints, labelled } = card.answer;
		if (hints.length > 0) {
			hint.createDiv({ cls: "ip-quiz-section-title", text: t(lang, "quiz.hintHeading") });
			for (const h of hints) {
				if (labelled) fromNote(hint, h.path, lang);
				handlers.renderMarkdown(hint.createDiv({ cls: "ip-quiz-markdown" }), h.markdown, h.path);
			}
		} else if (card.phase === "hint") {
			hint.createDiv({ cls: "ip-quiz-muted", text: t(lang, "quiz.noHint") });
		}
	}

	if (card.phase === "revealed") renderAnswer(box, card, lang, handlers);

	// While grading, the buttons stay in sight at the bottom of the sidebar however long the answer is.
	const actions = box.createDiv({ cls: card.phase === "revealed" ? "ip-quiz-actions ip-quiz-actions-grading" : "ip-quiz-actions" });
	if (card.phase === "revealed") {
		actions.createDiv({ cls: "ip-quiz-grade-prompt", text: t(lang, "quiz.gradePrompt") });
		const grades = actions.createDiv({ cls: "ip-quiz-grades" });
		for (const r of RATINGS) {
			const b = grades.createEl("button", { cls: `ip-quiz-grade ip-quiz-grade-${r}`, attr: { "data-rating": String(r) } });
			b.createSpan({ cls: "ip-quiz-grade-label", text: `${r} ${t(lang, `quiz.grade.${r}` as StringKey)}` });
			if (card.comesBack) {
				// A grade the interview date cuts short says so rather than a time equal to the others'.
				const capped = card.interviewCap?.ratings.includes(r) ?? false;
				const when = capped ? t(lang, "quiz.interview.capped") : formatInterval(card.comesBack[r] - now, lang);
				b.createSpan({ cls: capped ? "ip-quiz-grade-when is-capped" : "ip-quiz-grade-when", text: when });
			}
			b.addEventListener("click", () => handlers.grade(r));
		}
		if (card.interviewCap && card.comesBack) renderInterviewCap(actions, card.interviewCap, card.comesBack, now, lang);
	} else {
		const row = actions.createDiv({ cls: "ip-quiz-buttons" });
		const hint = row.createEl("button", { cls: "ip-quiz-hint-button", text: t(lang, "quiz.hint") });
		hint.disabled = card.phase === "hint";
		hint.addEventListener("click", () => handlers.hint());
		const show = row.createEl("button", { cls: "mod-cta ip-quiz-reveal", text: t(lang, "quiz.showAnswer") });
		show.addEventListener("click", () => handlers.reveal());
		const skip = row.createEl("button", { cls: "ip-quiz-skip", text: t(lang, "quiz.skip") });
		skip.addEventListener("click", () => handlers.skip());
	}
	if (card.answer.state !== "model") {
		const write = actions.createEl("button", { cls: "ip-quiz-write", text: t(lang, "quiz.writeAnswer") });
		write.addEventListener("click", () => handlers.writeAnswer());
	}
	if (handlers.cardControl) renderCardControls(box, lang, handlers.cardControl);
	if (handlers.notQuestion) notQuestionButton(actions, lang, handlers.notQuestion, "ip-quiz-not-question");
	// R is named only when recording is on (drawRecording is set only then).
	const keys = t(lang, "quiz.keys");
	box.createDiv({ cls: "ip-quiz-keys", text: handlers.drawRecording ? t(lang, "rec.keys", { keys }) : keys });
	if (handlers.cardControl) renderCardControlKeys(box, lang);
}

function renderAnswer(box: HTMLElement, card: CardModel, lang: Lang, handlers: QuizHandlers): void {
	const answer = box.createDiv({ cls: "ip-quiz-answer" });
	const { answers, labelled, state, scaffold } = card.answer;
	if (answers.length === 0 || state !== "model") {
		// One vocabulary: a hint only, a STAR scaffold not written yet, or nothing at all.
		const key = state === "hint" ? "answerState.hintNoModel" : scaffold ? "answerState.scaffoldYet" : "answerState.nothingYet";
		answer.createDiv({ cls: "ip-quiz-muted", text: t(lang, key) });
	}
	for (const a of answers) {
		const copy = answer.createDiv({ cls: "ip-quiz-answer-copy" });
		if (labelled) fromNote(copy, a.path, lang);
		const section = (cls: string, title: StringKey | null, markdown: string) => {
			if (!markdown) return;
			const part = copy.createDiv({ cls: `ip-quiz-answer-part ${cls}` });
			if (title) part.createDiv({ cls: "ip-quiz-section-title", text: t(lang, title) });
			handlers.renderMarkdown(part.createDiv({ cls: "ip-quiz-markdown" }), markdown, a.path);
		};
		const onlyModel = !a.context && !a.rest;
		section("ip-quiz-model", onlyModel ? null : "quiz.modelAnswer", a.model);
		section("ip-quiz-context", "quiz.context", a.context);
		section("ip-quiz-rest", a.model || a.context ? "quiz.moreAnswer" : null, a.rest);
	}

	if (card.stories) renderStoryCard(answer, card.stories, lang, handlers);
	if (card.star) renderStarPanel(answer, card.star);
}

/** Which note a merged question's hint or answer comes from. */
function fromNote(el: HTMLElement, path: string, lang: Lang): void {
	el.createDiv({ cls: "ip-quiz-from-note", text: t(lang, "answerState.fromNote", { note: noteName(path) }), attr: { title: path } });
}
