// Fakes of `App` (https://docs.obsidian.md/Reference/TypeScript+API/App) and `FileManager`
// (https://docs.obsidian.md/Reference/TypeScript+API/FileManager).
import type * as Real from "obsidian";
import type { Command, DataWriteOptions } from "obsidian";
import { Scope } from "./component";
import type { TAbstractFile, TFile, TFolder } from "./files";
import { MetadataCache } from "./metadata-cache";
import { Vault } from "./vault";
import { Workspace } from "./workspace";

/** Imitates `FileManager`: rename with link updates, front matter edits, trash. */
export class FileManager {
	constructor(private readonly app: App) {}
	getNewFileParent(_sourcePath: string, _newFilePath?: string): TFolder {
		return this.app.vault.getRoot();
	}
	/** Renames and rewrites `[[old name]]` links in other notes, as Obsidian does with link updates on. */
	async renameFile(file: TAbstractFile, newPath: string): Promise<void> {
		const oldBase = file.name.replace(/\.md$/, "");
		const oldPath = file.path.replace(/\.md$/, "");
		await this.app.vault.rename(file, newPath);
		const newBase = file.name.replace(/\.md$/, "");
		const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
		const pattern = new RegExp(`\\[\\[(${escape(oldPath)}|${escape(oldBase)})(?=[\\]|#^])`, "g");
		for (const f of this.app.vault.getMarkdownFiles()) {
			const text = await this.app.vault.read(f);
			if (pattern.test(text)) await this.app.vault.modify(f, text.replace(pattern, `[[${newBase}`));
			pattern.lastIndex = 0;
		}
	}
	async promptForDeletion(_file: TAbstractFile): Promise<boolean> {
		return true;
	}
	async trashFile(file: TAbstractFile): Promise<void> {
		await this.app.vault.delete(file);
	}
	generateMarkdownLink(file: TFile, sourcePath: string, subpath?: string, alias?: string): string {
		return `[[${this.app.metadataCache.fileToLinktext(file, sourcePath)}${subpath ?? ""}${alias ? `|${alias}` : ""}]]`;
	}
	/** Front matter edited as a plain object; only flat `key: value` YAML is written back. */
	async processFrontMatter(file: TFile, fn: (frontmatter: Record<string, unknown>) => void, options?: DataWriteOptions): Promise<void> {
		const fm: Record<string, unknown> = { ...(this.app.metadataCache.getFileCache(file)?.frontmatter ?? {}) };
		fn(fm);
		await this.app.vault.process(file, (text) => {
			const body = text.startsWith("---\n") && text.indexOf("\n---", 4) > 0 ? text.slice(text.indexOf("\n---", 4) + 4).replace(/^\n/, "") : text;
			const yaml = Object.entries(fm)
				.map(([k, v]) => `${k}: ${Array.isArray(v) ? `[${v.join(", ")}]` : String(v)}`)
				.join("\n");
			return Object.keys(fm).length ? `---\n${yaml}\n---\n${body}` : body;
		}, options);
	}
	async getAvailablePathForAttachment(filename: string, _sourcePath?: string): Promise<string> {
		return filename;
	}
}

export interface FakeAppOptions {
	/** Clock for file times; a counter from a fixed epoch by default (tests freeze time). */
	now?: () => number;
}

/** Imitates `App`, plus fake-only registries tests use (commands, plugin data, local storage). */
export class App {
	scope = new Scope();
	vault: Vault;
	metadataCache: MetadataCache;
	workspace: Workspace;
	fileManager: FileManager;
	lastEvent = null;
	/** Fake-only: each plugin's data.json, by plugin id (what loadData/saveData see). */
	readonly pluginData = new Map<string, unknown>();
	/** Fake-only: commands added by plugins, by full id (`plugin-id:command-id`). */
	readonly commands = new Map<string, Command>();
	/** Fake-only: setting tabs added by plugins. */
	readonly settingTabs: Real.PluginSettingTab[] = [];
	/** Fake-only: ribbon icons added by plugins. */
	readonly ribbon: { icon: string; title: string; el: HTMLElement; callback: (evt: MouseEvent) => unknown }[] = [];
	/** Fake-only: status bar items added by plugins. */
	readonly statusBar: HTMLElement[] = [];
	private readonly localStorage = new Map<string, unknown>();

	constructor(options: FakeAppOptions = {}) {
		let tick = Date.UTC(2025, 0, 1);
		const now = options.now ?? (() => (tick += 1000));
		this.vault = new Vault(now);
		this.metadataCache = new MetadataCache(this.vault);
		this.workspace = new Workspace(this);
		this.fileManager = new FileManager(this);
	}
	isDarkMode(): boolean {
		return false;
	}
	loadLocalStorage(key: string): unknown {
		return this.localStorage.has(key) ? structuredClone(this.localStorage.get(key)) : null;
	}
	saveLocalStorage(key: string, data: unknown): void {
		if (data === null || data === undefined) this.localStorage.delete(key);
		else this.localStorage.set(key, structuredClone(data));
	}

	/**
	 * Fake-only: run a command by full id the way the palette does (checkCallback / editorCallback against
	 * the active markdown view). Returns false when the command is missing or not available.
	 */
	executeCommandById(id: string): boolean {
		const cmd = this.commands.get(id);
		if (!cmd) return false;
		const view = this.workspace.activeEditor;
		if (cmd.editorCheckCallback || cmd.editorCallback) {
			if (!view) return false;
			const editor = view.editor as never;
			if (cmd.editorCheckCallback) {
				if (!cmd.editorCheckCallback(true, editor, view as never)) return false;
				cmd.editorCheckCallback(false, editor, view as never);
				return true;
			}
			void cmd.editorCallback?.(editor, view as never);
			return true;
		}
		if (cmd.checkCallback) {
			if (!cmd.checkCallback(true)) return false;
			cmd.checkCallback(false);
			return true;
		}
		void cmd.callback?.();
		return cmd.callback !== undefined;
	}
}
