// Draws the quiz from plain data (QuizModel) with Obsidian's DOM helpers; every action goes to a handler.
// Tests call it directly; the view calls it on every change.
import type { Lang } from "../../core/types";
import { t, type StringKey } from "../../core/i18n";
import { formatSpoken, formatWhen } from "../../core/i18n/time-format";
import { QUIZ_MODES } from "../../core/quiz/quiz-filter";
import { TOPIC_SEPARATOR } from "../../core/topic";
import { noteName } from "../../core/note-name";
import type { EmptyState, QuizModel, SummaryModel } from "./quiz-model";
import type { QuizHandlers } from "./quiz-handlers";
import { renderDueBadge } from "./render-counts";
import { renderSkipped } from "./render-flow";
import { renderCard } from "./render-quiz-card";

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
