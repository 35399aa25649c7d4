// The story bank's stories from the vault: notes the metadata cache shows as marked (the property
// interview-story, or the tag #story / #故事) are read and their stories found (src/core/star/stories.ts).
// Read once on layout ready, then one note at a time as the metadata cache reports changes.
// Links are written through Vault.process, by the quiz's "Link" control that says so.
import { TFile, type CachedMetadata, type EventRef, type MetadataCache, type Vault } from "obsidian";
import type { LabelWords, Question } from "../core/types";
import { detectLang } from "../core/lang";
import { findStories, STORY_PROPERTY, type Story } from "../core/star/stories";
import { storyLinkText } from "../core/star/story-links";
import { planStoryLink } from "../core/star/story-link-edit";
import type { StoryService } from "../services";

export interface StorySourceDeps {
	vault: Pick<Vault, "getMarkdownFiles" | "cachedRead" | "getFileByPath" | "process" | "on">;
	metadataCache: Pick<MetadataCache, "getFileCache" | "on">;
	registerEvent(ref: EventRef): void;
	labels(): LabelWords;
	/** Stories changed: views redraw. */
	changed(): void;
}

const STORY_TAG = /^#(?:story|故事)$/i;

/** The metadata cache shows a story marker in the note (property, front matter tag or inline tag). */
export function hasStoryMarker(cache: CachedMetadata | null): boolean {
	if (!cache) return false;
	const fm: Record<string, unknown> | undefined = cache.frontmatter;
	const prop = fm?.[STORY_PROPERTY];
	if (prop === true || (typeof prop === "string" && /^(?:true|yes|是)$/i.test(prop))) return true;
	const fmTags = fm?.tags;
	const list: unknown[] = Array.isArray(fmTags) ? fmTags : typeof fmTags === "string" ? fmTags.split(/[,\s]+/) : [];
	if (list.some((t) => typeof t === "string" && STORY_TAG.test(`#${t.replace(/^#/, "")}`))) return true;
	return (cache.tags ?? []).some((t) => STORY_TAG.test(t.tag));
}

export class StorySource implements StoryService {
	private byPath = new Map<string, Story[]>();
	private started = false;

	constructor(private readonly deps: StorySourceDeps) {}

	list(): Story[] {
		return [...this.byPath.values()].flat();
	}

	async start(): Promise<void> {
		if (this.started) return;
		this.started = true;
		const { vault, metadataCache } = this.deps;
		const registerEvent = (ref: EventRef) => this.deps.registerEvent(ref);
		registerEvent(metadataCache.on("changed", (file) => void this.reread(file).then((moved) => moved && this.deps.changed())));
		registerEvent(
			vault.on("delete", (file) => {
				if (this.byPath.delete(file.path)) this.deps.changed();
			}),
		);
		registerEvent(
			vault.on("rename", (file, oldPath) => {
				const had = this.byPath.delete(oldPath);
				if (file instanceof TFile) void this.reread(file).then((moved) => (had || moved) && this.deps.changed());
			}),
		);
		for (const file of vault.getMarkdownFiles()) await this.reread(file);
		this.deps.changed();
	}

	/** Reads one note again; true when its stories changed. */
	private async reread(file: TFile): Promise<boolean> {
		const had = this.byPath.has(file.path);
		if (!hasStoryMarker(this.deps.metadataCache.getFileCache(file))) {
			this.byPath.delete(file.path);
			return had;
		}
		const found = findStories(file.path, await this.deps.vault.cachedRead(file), this.deps.labels());
		if (found.length > 0) this.byPath.set(file.path, found);
		else this.byPath.delete(file.path);
		return had || found.length > 0;
	}

	/** Writes `Story: [[…]]` under the question in its note; false when the question is no longer there. */
	async link(q: Question, story: Story): Promise<boolean> {
		const file = this.deps.vault.getFileByPath(q.path);
		if (!file) return false;
		let wrote = false;
		await this.deps.vault.process(file, (text) => {
			const next = planStoryLink(text, q, storyLinkText(story, q.path), detectLang(q.text));
			wrote = next !== null;
			return next ?? text;
		});
		return wrote;
	}
}
