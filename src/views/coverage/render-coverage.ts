// Draws the coverage report: hub → note → topic rows with counts and bars, gaps, weak spots,
// countdown and mock runs. Called again on every change: it patches the DOM by key, so open or
// closed groups, focus and the scroll position survive a live update.
import type { CoverageCounts, HubCoverage, NoteCoverage, TopicCoverage } from "../../core/coverage";
import { t, type StringKey } from "../../core/i18n";
import { formatRelative } from "../../core/i18n/time-format";
import { gapState } from "../../core/coverage-words";
import { TOPIC_SEPARATOR } from "../../core/topic";
import type { CoverageModel } from "./coverage-model";
import { KeyedChildren, setTextIfChanged } from "./keyed-children";
import { makeActivatable, noteName, questionLink } from "./coverage-links";
import { drawWeak } from "./draw-weak";
import { drawDeckBadge, drawSuspended } from "./draw-deck";
import { topicRowKey, type DeckCount } from "../../core/deck-overview";
import type { QuizRequest } from "../../core/quiz/quiz-filter";
import type { Question } from "../../core/types";
import { drawNotQuestion } from "./draw-not-question";

export interface CoverageHandlers {
	/** Open a note with the cursor on a 1-based line. */
	openAt(path: string, line: number): void;
	/** Start the quiz filtered to a hub, a note or a note's topic. */
	openQuiz(filter: QuizRequest): void;
	/** Bring a suspended question back into practice. */
	unsuspend?(q: Question): void;
	/** Make this note the hub. */
	useHub(name: string): void;
	/** "Not a question": hide a gap's question (the button shows only when it is set). */
	notQuestion?: (id: string) => void;
}


/** Latest handlers per root, so listeners attached once always call the current ones. */
const handlersOf = new WeakMap<HTMLElement, CoverageHandlers>();

export function renderCoverage(root: HTMLElement, model: CoverageModel, handlers: CoverageHandlers): void {
	handlersOf.set(root, handlers);
	const h = (): CoverageHandlers => handlersOf.get(root) ?? handlers;
	root.addClass("ip-cov");
	const { lang, report } = model;
	const kids = new KeyedChildren(root);

	// Header: totals, countdown, last practised, mock runs.
	const head = kids.el("head", "div", "ip-cov-head");
	const hk = new KeyedChildren(head);
	const notes = report.hubs.reduce((n, hub) => n + hub.notes.length, 0);
	setTextIfChanged(
		hk.el("summary", "div", "ip-cov-summary"),
		t(lang, "coverage.summary", { notes, questions: report.totals.questions }),
	);
	if (model.interviewDays !== null) {
		const text = model.interviewDays === 0 ? t(lang, "coverage.countdown.today") : t(lang, "coverage.countdown", { days: model.interviewDays });
		setTextIfChanged(hk.el("countdown", "div", "ip-cov-countdown"), text);
	}
	if (report.totals.lastPractised !== null) {
		setTextIfChanged(
			hk.el("last", "div", "ip-cov-last"),
			t(lang, "coverage.lastPractised", { when: formatRelative(report.totals.lastPractised, report.now, lang) }),
		);
	}
	drawMock(hk.el("mock", "div", "ip-cov-mock"), model, h);
	if (report.totals.questions > 0) drawLegend(hk.el("legend", "div", "ip-cov-legend"), model);
	hk.end();

	if (model.status.state !== "ready") {
		setTextIfChanged(
			kids.el("status", "div", "ip-cov-status"),
			t(lang, "coverage.indexing", { done: model.status.done, total: model.status.total }),
		);
	}
	if (!model.hubSet) drawNoHub(kids.el("nohub", "div", "ip-cov-nohub"), model, h);
	if (report.missingHubs.length > 0) {
		setTextIfChanged(kids.el("missing", "div", "ip-cov-missing"), t(lang, "coverage.missingHubs", { hubs: report.missingHubs.join(", ") }));
	}

	if (report.totals.questions === 0) {
		const empty = kids.el("empty", "div", "ip-cov-empty");
		const ek = new KeyedChildren(empty);
		setTextIfChanged(ek.el("title", "p", "ip-cov-empty-title"), t(lang, "coverage.empty"));
		setTextIfChanged(ek.el("more", "p", "ip-cov-empty-more"), t(lang, "coverage.emptyMore"));
		ek.end();
		kids.end();
		return;
	}

	const tree = kids.el("tree", "div", "ip-cov-tree");
	const tk = new KeyedChildren(tree);
	for (const hub of report.hubs) drawHub(tk.el(`hub:${hub.hub ?? ""}`, "details", "ip-cov-hub", (d) => (d.open = true)), hub, model, h);
	tk.end();

	drawGaps(kids.el("gaps", "details", "ip-cov-gaps", (d) => (d.open = true)), model, h);
	drawWeak(kids.el("weak", "details", "ip-cov-weak", (d) => (d.open = true)), model, () => (p: string, l: number) => h().openAt(p, l));
	if (model.suspended.length > 0) {
		const details = kids.el("suspended", "details", "ip-cov-suspended-section", (d) => (d.open = true));
		drawSuspended(details, model.suspended, lang, () => (q) => h().unsuspend?.(q), () => (p: string, l: number) => h().openAt(p, l));
	}
	kids.end();
}

/** What the two bars of every row mean, and what "learned" is. */
function drawLegend(el: HTMLElement, model: CoverageModel): void {
	const { lang } = model;
	const k = new KeyedChildren(el);
	for (const [key, label] of [["answered", "coverage.legend.answered"], ["learned", "coverage.legend.learned"]] as const) {
		const item = k.el(key, "span", "ip-cov-legend-item", (s) => {
			s.createSpan({ cls: `ip-cov-swatch ip-cov-swatch-${key}` });
			s.createSpan({ cls: "ip-cov-legend-text" });
		});
		const text = item.querySelector<HTMLElement>(".ip-cov-legend-text");
		if (text) setTextIfChanged(text, t(lang, label));
	}
	setTextIfChanged(k.el("explain", "div", "ip-cov-explain"), t(lang, "coverage.learned.explain"));
	k.end();
}

/** A row's deck overview: its new and due counts, and what its button practises (read at click time). */
interface RowDeck {
	count: DeckCount | undefined;
	practise: () => () => void;
}

/** One row of numbers: name, new and due (deck overview), chips for each count, and two bars (with a model answer, learned). */
function drawRow(row: HTMLElement, name: string, c: CoverageCounts, model: CoverageModel, deck?: RowDeck): void {
	const { lang } = model;
	const k = new KeyedChildren(row);
	setTextIfChanged(k.el("name", "span", "ip-cov-name"), name);
	if (deck) drawDeckBadge(k.el("deck", "span", "ip-cov-deck"), deck.count ?? { fresh: 0, due: 0 }, lang, deck.practise);
	const bars = k.el("bars", "span", "ip-cov-bars");
	const bk = new KeyedChildren(bars);
	const bar = (key: "answered" | "learned", value: number): void => {
		const el = bk.el(key, "progress", `ip-cov-bar ip-cov-bar-${key}`);
		el.max = Math.max(1, c.questions);
		el.value = value;
		const label = `${t(lang, `coverage.legend.${key}`)}: ${value} / ${c.questions}`;
		el.setAttribute("aria-label", label);
		el.title = label;
	};
	bar("answered", c.withAnswer);
	bar("learned", c.learned);
	bk.end();

	const stats = k.el("stats", "span", "ip-cov-stats");
	const sk = new KeyedChildren(stats);
	const stat = (key: string, value: string, label: StringKey, extra = "") => {
		const chip = sk.el(key, "span", `ip-cov-stat ip-cov-stat-${key}${extra}`, (el) => {
			el.dataset.stat = key;
			el.createSpan({ cls: "ip-cov-stat-value" });
			el.createSpan({ cls: "ip-cov-stat-label" });
		});
		chip.toggleClass("is-zero", value === "0");
		setTextIfChanged(chip.querySelector<HTMLElement>(".ip-cov-stat-value") as HTMLElement, value);
		setTextIfChanged(chip.querySelector<HTMLElement>(".ip-cov-stat-label") as HTMLElement, t(lang, label));
	};
	stat("questions", String(c.questions), "coverage.stat.questions");
	stat("withAnswer", String(c.withAnswer), "coverage.stat.withAnswer");
	stat("hintsOnly", String(c.hintsOnly), "coverage.stat.hintsOnly");
	stat("unanswered", String(c.unanswered), "coverage.stat.unanswered", c.unanswered > 0 ? " is-warning" : "");
	stat("starComplete", String(c.starComplete), "coverage.stat.star");
	stat("practised", String(c.practised), "coverage.stat.practised");
	stat("due", String(c.due), "coverage.stat.due");
	stat("learned", String(c.learned), "coverage.stat.learned");
	const last = sk.el("last", "span", "ip-cov-stat ip-cov-stat-last", (el) => (el.dataset.stat = "last"));
	setTextIfChanged(last, c.lastPractised === null ? t(lang, "coverage.never") : formatRelative(c.lastPractised, model.report.now, lang));
	sk.end();
	k.end();
}

function drawHub(details: HTMLDetailsElement, hub: HubCoverage, model: CoverageModel, h: () => CoverageHandlers): void {
	const k = new KeyedChildren(details);
	const summary = k.el("summary", "summary", "ip-cov-row ip-cov-hub-row");
	const hubRequest: QuizRequest = { hub: hub.hub ?? "", path: "", topic: "", mode: "due" };
	drawRow(summary, hub.hub === null ? t(model.lang, "coverage.allNotes") : noteName(hub.hub), hub, model, {
		count: model.deck.hubs.get(hub.hub ?? ""),
		practise: () => () => h().openQuiz(hubRequest),
	});
	const list = k.el("notes", "div", "ip-cov-notes");
	const nk = new KeyedChildren(list);
	for (const note of hub.notes) drawNote(nk.el(`note:${note.path}`, "details", "ip-cov-note"), note, model, h);
	nk.end();
	k.end();
}

function drawNote(details: HTMLDetailsElement, note: NoteCoverage, model: CoverageModel, h: () => CoverageHandlers): void {
	details.dataset.path = note.path;
	const k = new KeyedChildren(details);
	drawRow(k.el("summary", "summary", "ip-cov-row ip-cov-note-row"), noteName(note.path), note, model, {
		count: model.deck.notes.get(note.path),
		practise: () => () => h().openQuiz({ path: note.path, topic: "", mode: "due" }),
	});
	const list = k.el("topics", "div", "ip-cov-topics");
	const tk = new KeyedChildren(list);
	for (const topic of note.topics) drawTopic(tk, note.path, topic, model, h);
	tk.end();
	k.end();
}

function drawTopic(tk: KeyedChildren, path: string, topic: TopicCoverage, model: CoverageModel, h: () => CoverageHandlers): void {
	const name = topic.topic.length > 0 ? topic.topic.join(TOPIC_SEPARATOR) : t(model.lang, "coverage.noTopic");
	const row = tk.el(`topic:${topic.topic.join("\u0000")}`, "div", "ip-cov-row ip-cov-topic", (el) => {
		el.dataset.topic = topic.topic.join(TOPIC_SEPARATOR);
		el.setAttribute("aria-label", t(model.lang, "coverage.practiseTopic"));
		makeActivatable(el, () => {
			const joined = topic.topic.join(TOPIC_SEPARATOR);
			h().openQuiz(joined ? { path, topic: joined } : { path });
		});
	});
	row.title = t(model.lang, "coverage.practiseTopic");
	const joined = topic.topic.join(TOPIC_SEPARATOR);
	drawRow(row, name, topic, model, {
		count: model.deck.topics.get(topicRowKey(path, topic.topic)),
		practise: () => () => h().openQuiz({ path, topic: joined, mode: "due" }),
	});
}

function drawGaps(details: HTMLDetailsElement, model: CoverageModel, h: () => CoverageHandlers): void {
	const { lang, report } = model;
	const total = report.gaps.reduce((n, g) => n + g.items.length, 0);
	const k = new KeyedChildren(details);
	setTextIfChanged(k.el("summary", "summary", "ip-cov-section-title"), total > 0 ? t(lang, "coverage.gaps", { n: total }) : t(lang, "coverage.noGaps"));
	const body = k.el("body", "div", "ip-cov-gap-groups");
	const gk = new KeyedChildren(body);
	report.gaps.forEach((group) => {
		const g = gk.el(`gap:${group.topic.join("\u0000")}`, "div", "ip-cov-gap-group");
		const ik = new KeyedChildren(g);
		setTextIfChanged(
			ik.el("topic", "div", "ip-cov-gap-topic"),
			group.topic.length > 0 ? group.topic.join(TOPIC_SEPARATOR) : t(lang, "coverage.noTopic"),
		);
		const ul = ik.el("items", "ul", "ip-cov-gap-list");
		const lk = new KeyedChildren(ul);
		// What the gap has instead of a model answer, in the one vocabulary (hint only, STAR scaffold, nothing).
		for (const item of group.items) {
			const li = lk.el(`q:${item.id}`, "li", "ip-cov-gap");
			questionLink(li, item, () => (p: string, l: number) => h().openAt(p, l), `${noteName(item.path)} · ${gapState(item, lang)}`, (k) => drawNotQuestion(k, item.id, lang, () => h().notQuestion));
		}
		lk.end();
		ik.end();
	});
	gk.end();
	k.end();
}

function drawMock(el: HTMLElement, model: CoverageModel, h: () => CoverageHandlers): void {
	const { lang, report } = model;
	const k = new KeyedChildren(el);
	const last = report.mock.last;
	if (report.mock.runs === 0 || !last) {
		setTextIfChanged(k.el("count", "span", "ip-cov-mock-count"), t(lang, "coverage.mock.none"));
	} else {
		setTextIfChanged(k.el("count", "span", "ip-cov-mock-count"), t(lang, "coverage.mock", { n: report.mock.runs }));
		setTextIfChanged(
			k.el("last", "span", "ip-cov-mock-last"),
			` · ${t(lang, "coverage.mock.last", { when: formatRelative(last.endedAt, report.now, lang), questions: last.total })}`,
		);
		if (last.notePath) {
			const path = last.notePath;
			const link = k.el(`log:${path}`, "a", "ip-cov-mock-log", (a) => makeActivatable(a, () => h().openAt(path, 1)));
			setTextIfChanged(link, ` ${t(lang, "coverage.mock.openLog")}`);
		}
	}
	k.end();
}

function drawNoHub(el: HTMLElement, model: CoverageModel, h: () => CoverageHandlers): void {
	const { lang } = model;
	const k = new KeyedChildren(el);
	setTextIfChanged(k.el("title", "p", "ip-cov-nohub-title"), t(lang, "coverage.noHub"));
	setTextIfChanged(
		k.el("more", "p", "ip-cov-nohub-more"),
		t(lang, model.suggestions.length > 0 ? "coverage.noHubMore" : "coverage.noHubNone"),
	);
	if (model.suggestions.length > 0) {
		const list = k.el("suggestions", "div", "ip-cov-suggestions");
		const sk = new KeyedChildren(list);
		for (const name of model.suggestions) {
			const b = sk.el(`s:${name}`, "button", "ip-cov-suggestion", (btn) => btn.addEventListener("click", () => h().useHub(name)));
			setTextIfChanged(b, t(lang, "coverage.useHub", { name: noteName(name) }));
		}
		sk.end();
	}
	k.end();
}
