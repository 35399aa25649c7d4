// What a quiz card shows of the story bank after reveal: the STAR parts of each story the answer
// links to; for a behavioural question with no answer and no story, the closest stories to link. Pure.
import type { Lang, StarKey } from "../types";
import { STAR_KEYS } from "../types";
import { t } from "../i18n";
import { isBehaviouralQuestion } from "./star-scope";
import type { Story } from "./stories";
import { linkedStories, storyLookup } from "./story-links";
import { suggestStories } from "./story-suggest";

export interface StoryCard {
	linked: { story: Story; title: string; parts: { key: StarKey; name: string; text: string; empty: boolean }[] }[];
	/** Closest stories, for a behavioural question with no answer and no story yet. */
	suggestions: Story[];
}

export function storyCard(
	q: { text: string; path: string },
	answerMarkdown: string,
	answered: boolean,
	stories: readonly Story[],
	lang: Lang,
): StoryCard | null {
	if (stories.length === 0) return null;
	const linked = linkedStories(answerMarkdown, q.path, storyLookup(stories)).map((story) => ({
		story,
		title: t(lang, "story.linkedTitle", { name: story.name }),
		parts: STAR_KEYS.map((key) => {
			const text = story.parts[key].trim();
			return { key, name: t(lang, `star.part.${key}`), text: text || t(lang, "story.partEmpty"), empty: text === "" };
		}),
	}));
	const suggestions = linked.length === 0 && !answered && isBehaviouralQuestion(q.text) ? suggestStories(q.text, stories).map((s) => s.story) : [];
	return linked.length === 0 && suggestions.length === 0 ? null : { linked, suggestions };
}
