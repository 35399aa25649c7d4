// The coverage view's story bank report from the services: null when the plugin has no story service.
import type { PrepServices } from "../../services";
import { storyBank, type StoryBankReport } from "../../core/star/story-bank";

export function storyBankOf(services: Pick<PrepServices, "getIndex" | "stories">): StoryBankReport | null {
	if (!services.stories) return null;
	return storyBank(services.getIndex().questions, services.stories.list());
}
