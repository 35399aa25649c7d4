// The story bank's coverage: per competency the stories and the questions they serve, behavioural
// questions no story serves, stories many questions reuse, stories no question uses. Pure.
import type { Question } from "../types";
import { isBehaviouralQuestion } from "./star-scope";
import type { Story } from "./stories";
import { linkedStories, storyLookup, type StoryLookup } from "./story-links";

/** A story serving this many questions or more is "used by many questions". */
export const REUSED_STORY = 3;

export interface ServedStory {
	story: Story;
	/** Canonical questions whose answer (or a merged variant's) links to the story. */
	questions: Question[];
}

export interface StoryBankReport {
	stories: ServedStory[];
	/** Each competency (as first written), its stories, most used first; sorted by name. */
	competencies: { name: string; stories: ServedStory[] }[];
	/** Stories with no competency. */
	untagged: ServedStory[];
	/** Behavioural questions (canonical) that link to no story. */
	unserved: Question[];
	/** Stories serving REUSED_STORY questions or more, most first. */
	reused: ServedStory[];
	/** Stories no question links to. */
	unused: Story[];
}

/** Question id (canonical) → the stories its answer or its variants' answers link to. */
export function storiesByQuestion(questions: readonly Question[], lookup: StoryLookup): Map<string, Story[]> {
	const out = new Map<string, Story[]>();
	for (const q of questions) {
		const linked = linkedStories(q.answerMarkdown, q.path, lookup);
		if (linked.length === 0) continue;
		const id = q.variantOf ?? q.id;
		const list = out.get(id) ?? [];
		for (const s of linked) if (!list.includes(s)) list.push(s);
		out.set(id, list);
	}
	return out;
}

export function storyBank(questions: readonly Question[], stories: readonly Story[]): StoryBankReport {
	const lookup = storyLookup(stories);
	const byQuestion = storiesByQuestion(questions, lookup);
	const served = new Map<Story, Question[]>(stories.map((s) => [s, []]));
	const canonical = questions.filter((q) => q.variantOf === null);
	for (const q of canonical) for (const s of byQuestion.get(q.id) ?? []) served.get(s)?.push(q);
	const all: ServedStory[] = stories.map((story) => ({ story, questions: served.get(story) ?? [] }));
	const mostUsed = (a: ServedStory, b: ServedStory) => b.questions.length - a.questions.length || a.story.name.localeCompare(b.story.name);

	const groups = new Map<string, { name: string; stories: ServedStory[] }>();
	for (const s of all) {
		for (const c of s.story.competencies) {
			const key = c.toLowerCase();
			const group = groups.get(key) ?? { name: c, stories: [] };
			group.stories.push(s);
			groups.set(key, group);
		}
	}
	const competencies = [...groups.values()].sort((a, b) => a.name.localeCompare(b.name));
	for (const g of competencies) g.stories.sort(mostUsed);
	return {
		stories: all,
		competencies,
		untagged: all.filter((s) => s.story.competencies.length === 0),
		unserved: canonical.filter((q) => isBehaviouralQuestion(q.text) && !byQuestion.has(q.id)),
		reused: all.filter((s) => s.questions.length >= REUSED_STORY).sort(mostUsed),
		unused: all.filter((s) => s.questions.length === 0).map((s) => s.story),
	};
}
