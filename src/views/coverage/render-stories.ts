// The story bank in the coverage view: per competency the stories and the questions they serve,
// stories used by many questions, behavioural questions no story serves, stories nothing links to.
// Drawn from the pure report (src/core/star/story-bank.ts); redrawn whole (it is short).
import type { Lang, Question } from "../../core/types";
import { t } from "../../core/i18n";
import type { ServedStory, StoryBankReport } from "../../core/star/story-bank";
import type { Story } from "../../core/star/stories";

export interface StoryBankHandlers {
	openAt(path: string, line: number): void;
}

/** The open/closed state of the section survives a redraw. */
export function renderStories(el: HTMLElement, report: StoryBankReport | null, lang: Lang, h: StoryBankHandlers): void {
	const wasOpen = el.querySelector("details.ip-cov-stories")?.hasAttribute("open") ?? true;
	el.empty();
	if (report === null) return;
	const details = el.createEl("details", { cls: "ip-cov-stories" });
	details.open = wasOpen;
	details.createEl("summary", { cls: "ip-cov-section-title", text: t(lang, "story.bank.title") });
	if (report.stories.length === 0) {
		details.createEl("p", { cls: "ip-cov-stories-none", text: t(lang, "story.bank.none") });
		return;
	}
	const served = new Set(report.stories.flatMap((s) => s.questions.map((q) => q.id))).size;
	details.createDiv({
		cls: "ip-cov-stories-summary",
		text: t(lang, "story.bank.summary", { stories: report.stories.length, served, unserved: report.unserved.length }),
	});

	const groups: [string, ServedStory[]][] = report.competencies.map((c) => [`#${c.name}`, c.stories]);
	if (report.untagged.length > 0) groups.push([t(lang, "story.bank.untagged"), report.untagged]);
	for (const [name, stories] of groups) {
		const group = details.createDiv({ cls: "ip-cov-story-group" });
		group.createDiv({ cls: "ip-cov-story-competency", text: name });
		const ul = group.createEl("ul", { cls: "ip-cov-story-list" });
		for (const s of stories) drawServed(ul.createEl("li", { cls: "ip-cov-story" }), s, lang, h);
	}

	if (report.reused.length > 0) {
		const sec = section(details, "ip-cov-stories-reused", t(lang, "story.bank.reused"));
		for (const s of report.reused) {
			const li = sec.createEl("li");
			storyLink(li, s.story, h);
			li.createSpan({ cls: "ip-cov-meta", text: t(lang, "story.bank.serves", { n: s.questions.length }) });
		}
	}
	if (report.unserved.length > 0) {
		const sec = section(details, "ip-cov-stories-unserved", `${t(lang, "story.bank.unserved")} (${report.unserved.length})`);
		for (const q of report.unserved) questionLink(sec.createEl("li"), q, h);
	}
	if (report.unused.length > 0) {
		const sec = section(details, "ip-cov-stories-unused", t(lang, "story.bank.unused"));
		for (const s of report.unused) storyLink(sec.createEl("li"), s, h);
	}
}

function section(parent: HTMLElement, cls: string, title: string): HTMLElement {
	const box = parent.createDiv({ cls: `ip-cov-stories-list ${cls}` });
	box.createDiv({ cls: "ip-cov-weak-title", text: title });
	return box.createEl("ul");
}

function drawServed(li: HTMLElement, s: ServedStory, lang: Lang, h: StoryBankHandlers): void {
	storyLink(li, s.story, h);
	li.createSpan({ cls: "ip-cov-meta", text: t(lang, "story.bank.serves", { n: s.questions.length }) });
	if (s.questions.length === 0) return;
	const ul = li.createEl("ul", { cls: "ip-cov-story-questions" });
	for (const q of s.questions) questionLink(ul.createEl("li"), q, h);
}

function storyLink(el: HTMLElement, story: Story, h: StoryBankHandlers): void {
	const a = el.createEl("a", { cls: "ip-cov-story-name", text: story.name, attr: { href: "#", title: story.path } });
	a.addEventListener("click", (e) => {
		e.preventDefault();
		h.openAt(story.path, story.line);
	});
}

function questionLink(el: HTMLElement, q: Question, h: StoryBankHandlers): void {
	const a = el.createEl("a", { cls: "ip-cov-story-question", text: q.text, attr: { href: "#", title: q.path } });
	a.addEventListener("click", (e) => {
		e.preventDefault();
		h.openAt(q.path, q.line);
	});
}
