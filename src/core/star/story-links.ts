// Which stories an answer links to (`[[Story note]]`, `[[note#Story heading]]`, `[[#Heading]]`), and
// the link to write for a story. Links resolve among the stories' notes by Obsidian's rules; a
// heading matches without regard to case, spaces, punctuation or tags. Pure.
import { makePathLookup, resolveLink } from "../resolve-link";
import type { Story } from "./stories";

const LINK = /!?\[\[([^\]|#\n]*)(?:#([^\]|\n]*))?(?:\|[^\]\n]*)?\]\]/g;

/** Heading text as compared: no tags, no punctuation, no case. */
function headingKey(text: string): string {
	return text
		.replace(/#[^\s#]+/g, " ")
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, "");
}

/** Code spans and fenced code hold no links. */
function withoutCode(markdown: string): string {
	return markdown.replace(/```[\s\S]*?```|~~~[\s\S]*?~~~/g, " ").replace(/`[^`\n]*`/g, " ");
}

export interface StoryLookup {
	stories: readonly Story[];
	find(target: string, heading: string | null, fromPath: string): Story | null;
}

export function storyLookup(stories: readonly Story[]): StoryLookup {
	const paths = makePathLookup(new Set(stories.map((s) => s.path)));
	const byName = new Map<string, Story>();
	for (const s of stories) if (!byName.has(headingKey(s.name))) byName.set(headingKey(s.name), s);
	return {
		stories,
		find(target, heading, fromPath) {
			const path = target.trim() === "" ? fromPath : resolveLink(target, fromPath, paths);
			if (path === null) return heading === null ? (byName.get(headingKey(target)) ?? null) : null;
			if (heading === null) return stories.find((s) => s.path === path && s.heading === null) ?? null;
			const key = headingKey(heading);
			// Obsidian writes a heading's tags into its link as plain words: `[[note#Title story 沟通]]`.
			const matches = (h: string) => headingKey(h) === key || headingKey(h.replace(/#/g, " ")) === key;
			return stories.find((s) => s.path === path && s.heading !== null && (matches(s.heading) || matches(s.name))) ?? null;
		},
	};
}

/** The stories an answer links to, each once, in the order linked. */
export function linkedStories(answerMarkdown: string, fromPath: string, lookup: StoryLookup): Story[] {
	const out: Story[] = [];
	for (const m of withoutCode(answerMarkdown).matchAll(LINK)) {
		const story = lookup.find(m[1], m[2] ?? null, fromPath);
		if (story && !out.includes(story)) out.push(story);
	}
	return out;
}

/** The wikilink that points at a story from a note at `fromPath`. */
export function storyLinkText(story: Story, fromPath: string): string {
	const note = story.path.slice(story.path.lastIndexOf("/") + 1).replace(/\.md$/i, "");
	if (story.heading === null) return `[[${note}]]`;
	// Obsidian's heading links drop `#`, `|`, `^`, `[`, `]`; the name reads as the link's text.
	const sub = story.heading.replace(/[#|^[\]]+/g, " ").replace(/\s+/g, " ").trim();
	const target = story.path === fromPath ? "" : note;
	return sub === story.name ? `[[${target}#${sub}]]` : `[[${target}#${sub}|${story.name}]]`;
}

/** The answer followed by the text of each story it links to: what the STAR check reads. */
export function withLinkedStories(answerMarkdown: string, fromPath: string, stories: readonly Story[]): string {
	if (stories.length === 0) return answerMarkdown;
	const linked = linkedStories(answerMarkdown, fromPath, storyLookup(stories));
	return linked.length === 0 ? answerMarkdown : [answerMarkdown, ...linked.map((s) => s.text)].join("\n\n");
}
