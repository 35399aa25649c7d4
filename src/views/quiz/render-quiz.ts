// Draws the quiz from plain data (QuizModel) with Obsidian's DOM helpers; every action goes to a handler.
// Tests call it directly; the view calls it on every change.
import type { Lang, Rating } from "../../core/types";
import { formatInterval, formatRelative, formatSpoken, formatWhen, t, type StringKey } from "../../core/i18n";
import { QUIZ_MODES, type QuizMode } from "../../core/quiz/quiz-filter";
import { TOPIC_SEPARATOR } from "../../core/topic";
import { updateTimer } from "./render-timer";
import type { CardModel, EmptyState, QuizModel, SummaryModel } from "./quiz-model";
import { renderCounts, renderDueBadge, renderProgress } from "./render-counts";
import { renderInterviewCap, renderSkipped } from "./render-flow";
import { renderCardControlKeys, renderCardControls, type CardControlHandlers } from "./render-card-controls";
import { renderStarPanel } from "./render-star-panel";
import { renderStoryCard, type StoryHandlers } from "./render-story-card";
import { notQuestionButton } from "../not-question";
import { noteName } from "../../core/note-name";

export interface QuizHandlers extends StoryHandlers {
	setMode(mode: QuizMode): void;
	setNote(path: string): void;
	setTopic(topic: string): void;
	hint(): void;
	reveal(): void;
	grade(rating: Rating): void;
	skip(): void;
	openNote(): void;
	writeAnswer(): void;
	useHub(path: string): void;
	again(): void;
	/** Take back the session's last grade. */
	undo(): void;
	/** Renders note markdown into el (MarkdownRenderer.render in the view). */
	renderMarkdown(el: HTMLElement, markdown: string, sourcePath: string): void;
	/** "Not a question": hide the card's question (the button shows only when it is set). */
	notQuestion?: () => void;
	/** Provided by the mock interview feature; the button shows only when it is set. */
	onStartMock?: () => void;
	/** Bury, suspend, reset and edit on the card (the row shows only when set). */
	cardControl?: CardControlHandlers;
	/** Draws the answer's recording (button before reveal, playback after) under the timer, when recording is on. */
	drawRecording?: (el: HTMLElement, phase: "front" | "revealed") => void;
}

const RATINGS: readonly Rating[] = [1, 2, 3, 4];

export function renderQuiz(el: HTMLElement, model: QuizModel, handlers: QuizHandlers): void {
	el.empty();
	const root = el.createDiv({ cls: "ip-quiz" });
	const lang = model.lang;

	if (model.indexing) {
		const text =
			model.indexing.total > 0
				? t(lang, "quiz.status.indexing", { done: model.indexing.done, total: model.indexing.total })
				: t(lang, "quiz.status.cold");
		root.createDiv({ cls: "ip-quiz-status", text });
	}
	if (model.countdown) {
		const { days, notPractised } = model.countdown;
		const text =
			days === 0
				? t(lang, "quiz.countdown.today", { count: notPractised })
				: t(lang, "quiz.countdown", { days, count: notPractised });
		root.createDiv({ cls: "ip-quiz-countdown", text });
	}

	const kind = model.empty?.kind;
	const hasQuestions = kind !== "noHub" && kind !== "noQuestions" && kind !== "waiting";
	if (hasQuestions) renderToolbar(root, model, handlers);

	if (model.empty) renderEmpty(root, model.empty, model, handlers);
	else if (model.card) renderCard(root, model.card, lang, model.now, handlers);
	else if (model.summary) renderSummary(root, model.summary, lang, model.now, handlers);
	if (model.canUndo && (model.card || model.summary)) renderUndo(root, lang, handlers);

	if (handlers.onStartMock && hasQuestions) {
		const start = handlers.onStartMock;
		const footer = root.createDiv({ cls: "ip-quiz-footer" });
		const button = footer.createEl("button", { cls: "ip-quiz-mock", text: t(lang, "quiz.startMock") });
		button.addEventListener("click", () => start());
	}
}

function renderToolbar(root: HTMLElement, model: QuizModel, handlers: QuizHandlers): void {
	const lang = model.lang;
	const bar = root.createDiv({ cls: "ip-quiz-toolbar" });

	const modes = bar.createDiv({ cls: "ip-quiz-modes", attr: { role: "group", "aria-label": t(lang, "quiz.mode.label") } });
	for (const mode of QUIZ_MODES) {
		const button = modes.createEl("button", {
			cls: mode === model.mode ? "ip-quiz-mode is-active" : "ip-quiz-mode",
			text: t(lang, `quiz.mode.${mode}` as StringKey),
			attr: { "data-mode": mode, "aria-pressed": mode === model.mode ? "true" : "false" },
		});
		if (mode === "due" && model.due) renderDueBadge(button, model.due.due + model.due.fresh, lang);
		button.addEventListener("click", () => handlers.setMode(mode));
	}

	const filters = bar.createDiv({ cls: "ip-quiz-filters" });
	const note = filters.createEl("select", {
		cls: "dropdown ip-quiz-filter-note",
		attr: { "aria-label": t(lang, "quiz.filter.note") },
	});
	note.createEl("option", { text: t(lang, "quiz.filter.allNotes"), value: "" });
	for (const path of model.noteOptions) note.createEl("option", { text: noteName(path), value: path, title: path });
	note.value = model.filters.path;
	note.addEventListener("change", () => handlers.setNote(note.value));

	const topic = filters.createEl("select", {
		cls: "dropdown ip-quiz-filter-topic",
		attr: { "aria-label": t(lang, "quiz.filter.topic") },
	});
	topic.createEl("option", { text: t(lang, "quiz.filter.allTopics"), value: "" });
	for (const path of model.topicOptions) {
		const depth = path.split(TOPIC_SEPARATOR).length - 1;
		const label = "\u2003".repeat(depth) + (path.split(TOPIC_SEPARATOR).pop() ?? path);
		topic.createEl("option", { text: label, value: path, title: path });
	}
	topic.value = model.filters.topic;
	topic.addEventListener("change", () => handlers.setTopic(topic.value));
}

function renderEmpty(root: HTMLElement, empty: EmptyState, model: QuizModel, handlers: QuizHandlers): void {
	if (empty.kind === "waiting") return;
	const lang = model.lang;
	const box = root.createDiv({ cls: `ip-quiz-empty ip-quiz-empty-${empty.kind}` });
	switch (empty.kind) {
		case "noHub": {
			box.createEl("p", { cls: "ip-quiz-empty-title", text: t(lang, "quiz.empty.noHub") });
			box.createEl("p", { cls: "ip-quiz-muted", text: t(lang, "quiz.empty.noHubMore") });
			if (empty.suggestions.length > 0) {
				box.createEl("p", { text: t(lang, "quiz.empty.suggest") });
				const list = box.createDiv({ cls: "ip-quiz-hub-choices" });
				for (const path of empty.suggestions) {
					const b = list.createEl("button", { cls: "ip-quiz-hub-choice", text: noteName(path), title: path });
					b.addEventListener("click", () => handlers.useHub(path));
				}
			}
			break;
		}
		case "noQuestions":
			box.createEl("p", { cls: "ip-quiz-empty-title", text: t(lang, "quiz.empty.noQuestions") });
			if (empty.missingHubs.length > 0) {
				box.createEl("p", { cls: "ip-quiz-warning", text: t(lang, "quiz.empty.missingHub", { hubs: empty.missingHubs.join(", ") }) });
			}
			box.createEl("p", { cls: "ip-quiz-muted", text: t(lang, "quiz.empty.noQuestionsMore") });
			break;
		case "noMatch":
			box.createEl("p", { cls: "ip-quiz-empty-title", text: t(lang, "quiz.empty.noMatch") });
			break;
		case "allAnswered":
			box.createEl("p", { cls: "ip-quiz-empty-title", text: t(lang, "quiz.empty.allAnswered") });
			break;
		case "nothingDue": {
			const text =
				empty.nextDue === null
					? t(lang, "quiz.empty.nothingDueEver")
					: t(lang, "quiz.empty.nothingDue", { when: formatWhen(empty.nextDue, model.now, lang) });
			box.createEl("p", { cls: "ip-quiz-empty-title", text });
			const all = box.createEl("button", { cls: "ip-quiz-practise-all", text: t(lang, "quiz.practiseAll") });
			all.addEventListener("click", () => handlers.setMode("all"));
			break;
		}
	}
}

function renderCard(root: HTMLElement, card: CardModel, lang: Lang, now: number, handlers: QuizHandlers): void {
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
	box.createDiv({ cls: "ip-quiz-keys", text: t(lang, "quiz.keys") });
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

/** One step back: the last grade of the session, until the next grade. */
function renderUndo(root: HTMLElement, lang: Lang, handlers: QuizHandlers): void {
	const row = root.createDiv({ cls: "ip-quiz-undo-row" });
	const button = row.createEl("button", {
		cls: "ip-quiz-undo",
		text: t(lang, "quiz.undo"),
		attr: { "aria-label": t(lang, "quiz.undo.label"), title: t(lang, "quiz.undo.label") },
	});
	button.addEventListener("click", () => handlers.undo());
}

function renderSummary(root: HTMLElement, summary: SummaryModel, lang: Lang, now: number, handlers: QuizHandlers): void {
	const box = root.createDiv({ cls: "ip-quiz-summary" });
	box.createDiv({ cls: "ip-quiz-summary-title", text: t(lang, "quiz.summary.title") });
	const list = box.createEl("ul", { cls: "ip-quiz-summary-stats" });
	const { stats } = summary;
	if (stats.reviewed === 0 && stats.skipped > 0) renderSkipped(list, stats.skipped, lang, true);
	else {
		list.createEl("li", { text: t(lang, "quiz.summary.reviewed", { n: stats.reviewed }) });
		list.createEl("li", { text: t(lang, "quiz.summary.forgotten", { n: stats.forgotten }) });
		list.createEl("li", { text: t(lang, "quiz.summary.spoken", { time: formatSpoken(stats.secondsSpoken, lang) }) });
		if (stats.skipped > 0) renderSkipped(list, stats.skipped, lang, false);
	}
	if (summary.dueNow > 0) list.createEl("li", { text: t(lang, "quiz.summary.dueNow", { n: summary.dueNow }) });
	else if (summary.nextDue !== null) {
		list.createEl("li", { text: t(lang, "quiz.summary.next", { when: formatWhen(summary.nextDue, now, lang) }) });
	} else list.createEl("li", { text: t(lang, "quiz.summary.nothingNext") });
	const again = box.createEl("button", { cls: "mod-cta ip-quiz-again", text: t(lang, "quiz.again") });
	again.addEventListener("click", () => handlers.again());
}
