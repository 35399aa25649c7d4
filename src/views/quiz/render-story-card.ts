// Draws the story bank on a revealed quiz card: each linked story's STAR parts (with a link to open
// it), or, for a behavioural question with no answer, the closest stories each with a control that
// says it writes the link into the note.
import type { Lang } from "../../core/types";
import { t } from "../../core/i18n";
import type { StoryCard } from "../../core/star/story-card";
import type { Story } from "../../core/star/stories";

export interface StoryHandlers {
	/** Open the story's note at its heading. */
	openStory?(story: Story): void;
	/** Write a link to the story under the question (Vault.process). */
	linkStory?(story: Story): void;
}

export function renderStoryCard(parent: HTMLElement, card: StoryCard, lang: Lang, handlers: StoryHandlers): void {
	for (const linked of card.linked) {
		const box = parent.createDiv({ cls: "ip-story" });
		const head = box.createDiv({ cls: "ip-story-head" });
		head.createSpan({ cls: "ip-story-title", text: linked.title });
		if (handlers.openStory) {
			const open = head.createEl("button", { cls: "ip-story-open", text: t(lang, "story.open") });
			open.addEventListener("click", () => handlers.openStory?.(linked.story));
		}
		const parts = box.createEl("dl", { cls: "ip-story-parts" });
		for (const part of linked.parts) {
			parts.createEl("dt", { cls: `ip-story-part-name ${part.empty ? "is-missing" : "is-present"}`, text: part.name });
			parts.createEl("dd", { cls: part.empty ? "ip-story-part is-empty" : "ip-story-part", text: part.text });
		}
	}
	if (card.suggestions.length === 0) return;
	const box = parent.createDiv({ cls: "ip-story-suggest" });
	box.createDiv({ cls: "ip-quiz-section-title", text: t(lang, "story.suggestTitle") });
	const list = box.createEl("ul", { cls: "ip-story-suggestions" });
	for (const story of card.suggestions) {
		const item = list.createEl("li", { cls: "ip-story-suggestion" });
		item.createSpan({ cls: "ip-story-name", text: story.name });
		if (story.competencies.length > 0) item.createSpan({ cls: "ip-story-tags", text: story.competencies.map((c) => `#${c}`).join(" ") });
		if (handlers.linkStory) {
			const link = item.createEl("button", { cls: "ip-story-link", text: t(lang, "story.link") });
			link.addEventListener("click", () => {
				link.disabled = true;
				handlers.linkStory?.(story);
			});
		}
	}
}
