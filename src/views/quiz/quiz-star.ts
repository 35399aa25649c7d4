// The quiz card's STAR check (the question asked, checked against the answer of the copy that answers
// it, with the person's labels and speaking speed) and its stories from the story bank.
import type { PrepServices } from "../../services";
import type { Question } from "../../core/types";
import { copiesOf } from "../../core/answer-state";
import { questionStarPanel, type StarPanel } from "../../core/star/star-report";
import { storyCard, type StoryCard } from "../../core/star/story-card";
import type { Story } from "../../core/star/stories";
import { storyLinkText } from "../../core/star/story-links";
import { t } from "../../core/i18n";

export function starPanelOf(q: Question, services: Pick<PrepServices, "getIndex" | "getSettings" | "lang" | "stories">): StarPanel | null {
	const answering = copiesOf(q, services.getIndex()).find((c) => c.answered) ?? q;
	return questionStarPanel(q, answering, services.stories?.list() ?? [], services.getSettings(), services.lang());
}

/** The story bank on the card after reveal: linked stories' STAR parts, or stories to link. */
export function storyCardOf(q: Question, services: Pick<PrepServices, "getIndex" | "lang" | "stories">): StoryCard | null {
	const stories = services.stories?.list() ?? [];
	if (stories.length === 0) return null;
	const copies = copiesOf(q, services.getIndex());
	const answering = copies.find((c) => c.answered) ?? q;
	// A link in any copy's answer counts (the story may be linked from the question's other note).
	const markdown = copies.map((c) => c.answerMarkdown).join("\n");
	return storyCard({ text: q.text, path: answering.path }, markdown, copies.some((c) => c.answered), stories, services.lang());
}

/** Writes the link under the question (Vault.process, through the story service) and says what happened. */
export async function linkStoryTo(q: Question, story: Story, services: Pick<PrepServices, "lang" | "stories">, notify: (message: string) => void): Promise<void> {
	const wrote = (await services.stories?.link(q, story)) ?? false;
	const lang = services.lang();
	notify(wrote ? t(lang, "story.linked", { link: storyLinkText(story, q.path) }) : t(lang, "story.linkFailed"));
}
