// Notes that are never prep notes, whatever they link to: the plugin's own mock-interview logs (the
// mock folder now and every folder a log was written to), templates (Obsidian's Templates folder,
// Templater's), the person's excluded folders, and a note whose front matter says
// `interview-prep: exclude`. A log or a template links the hub just as a prep note does, so links
// alone cannot tell them apart. The same rule serves the plugin and `scan`.
import type { Settings } from "./types";

export const EXCLUDE_PROPERTY = "interview-prep";
export const EXCLUDE_VALUE = "exclude";
/**
 * `interview-prep: no-questions`: the note stays in the prep set (its links still lead to other prep
 * notes: a hub, a reading list) but no question is taken from it.
 */
export const NO_QUESTIONS_VALUE = "no-questions";

/** True when `path` is in `folder` or below it ("" is the vault root and holds everything). */
export function inFolder(path: string, folder: string): boolean {
	return folder === "" || path.startsWith(folder.endsWith("/") ? folder : folder + "/");
}

/**
 * The folders whose notes are never prep notes. The root ("") is never one: an empty mock folder
 * or a template folder left blank must not exclude the whole vault.
 */
export function excludedFolders(settings: Pick<Settings, "excludedFolders" | "mockFolder" | "mockLogFolders">, templateFolders: readonly string[] = []): string[] {
	const out: string[] = [];
	for (const raw of [settings.mockFolder, ...settings.mockLogFolders, ...settings.excludedFolders, ...templateFolders]) {
		const folder = raw.trim().replace(/^\/+|\/+$/g, "");
		if (folder && !out.includes(folder)) out.push(folder);
	}
	return out;
}

export function inExcludedFolder(path: string, folders: readonly string[]): boolean {
	return folders.some((f) => f !== "" && inFolder(path, f));
}

function isWord(value: unknown, word: string): boolean {
	return typeof value === "string" && value.trim().toLowerCase() === word;
}

function isExcludeWord(value: unknown): boolean {
	return isWord(value, EXCLUDE_VALUE);
}

/** A note's front matter (as Obsidian's metadata cache gives it) says `interview-prep: exclude`. */
export function propertyExcludes(frontmatter: unknown): boolean {
	if (typeof frontmatter !== "object" || frontmatter === null) return false;
	const value = (frontmatter as Record<string, unknown>)[EXCLUDE_PROPERTY];
	return isExcludeWord(value) || (Array.isArray(value) && value.some(isExcludeWord));
}

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const PROPERTY_LINE = new RegExp(`^${EXCLUDE_PROPERTY}[ \\t]*:[ \\t]*(.*)$`);

/**
 * The same test on a note's text, for `scan` (no metadata cache there): the property as a plain
 * value (`exclude`, quoted or not), a flow list (`[exclude]`) or a block list (`- exclude`).
 */
export function frontMatterExcludes(text: string): boolean {
	return frontMatterSays(text, EXCLUDE_VALUE);
}

/** The note's front matter says `interview-prep: no-questions` (read by parseNote, so scan and the plugin agree). */
export function frontMatterNoQuestions(text: string): boolean {
	return frontMatterSays(text, NO_QUESTIONS_VALUE);
}

/** The property holds `word` as a plain value, in a flow list or in a block list. */
function frontMatterSays(text: string, word: string): boolean {
	if (!text.startsWith("---") && !text.startsWith("\uFEFF---")) return false;
	const m = FRONT_MATTER.exec(text);
	if (!m) return false;
	const lines = m[1].split(/\r?\n/);
	for (let i = 0; i < lines.length; i++) {
		const p = PROPERTY_LINE.exec(lines[i]);
		if (!p) continue;
		const value = p[1].replace(/\s+#.*$/, "").trim();
		const items = value.startsWith("[") && value.endsWith("]") ? value.slice(1, -1).split(",") : value ? [value] : [];
		for (let j = i + 1; !value && j < lines.length && /^\s*-\s/.test(lines[j]); j++) items.push(lines[j].replace(/^\s*-\s*/, ""));
		return items.some((item) => isWord(item.trim().replace(/^(["'])(.*)\1$/, "$2"), word));
	}
	return false;
}

/**
 * Template folders from Obsidian's own config files: the core Templates plugin's `templates.json`
 * (`folder`) and Templater's `data.json` (`templates_folder`), each as parsed JSON or null.
 */
export function templateFoldersOf(coreTemplates: unknown, templater: unknown): string[] {
	const out: string[] = [];
	const take = (config: unknown, key: string): void => {
		if (typeof config !== "object" || config === null) return;
		const value = (config as Record<string, unknown>)[key];
		if (typeof value !== "string") return;
		const folder = value.trim().replace(/\\/g, "/").replace(/^\/+|\/+$/g, "");
		if (folder && !out.includes(folder)) out.push(folder);
	};
	take(coreTemplates, "folder");
	take(templater, "templates_folder");
	return out;
}

/** Where those files sit under the vault's config folder (".obsidian" unless the person renamed it). */
export const TEMPLATE_CONFIG_FILES = {
	core: "templates.json",
	templater: "plugins/templater-obsidian/data.json",
} as const;
