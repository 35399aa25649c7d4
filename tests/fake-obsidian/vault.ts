// Fake of `Vault` (https://docs.obsidian.md/Reference/TypeScript+API/Vault): notes in memory, events
// 'create' | 'modify' | 'delete' | 'rename', and a hook the fake MetadataCache uses to follow changes.
import type { DataWriteOptions } from "obsidian";
import { InMemoryAdapter } from "./adapter";
import { Events } from "./events";
import { movePath, TAbstractFile, TFile, TFolder } from "./files";
import { normalizePath } from "./util";

/** What the metadata cache wants to hear after each vault change (in Obsidian it listens too). */
export interface VaultChangeHook {
	created(file: TFile, text: string): void;
	modified(file: TFile, text: string): void;
	deleted(file: TFile): void;
	renamed(file: TFile, oldPath: string): void;
}

const encoder = new TextEncoder();

/** Imitates `Vault`. */
export class Vault extends Events {
	adapter: InMemoryAdapter;
	configDir = ".obsidian";
	private readonly texts = new Map<string, string>();
	/** Bytes of files written with createBinary (audio, images), kept as written. */
	private readonly binaries = new Map<string, ArrayBuffer>();
	/** Object URLs handed out by getResourcePath in a browser, by path. */
	private readonly urls = new Map<string, string>();
	private readonly entries = new Map<string, TAbstractFile>();
	private readonly root: TFolder;
	hook: VaultChangeHook | null = null;
	/** Test helper: counts of reads, to check what the index read. */
	readonly readCount = { read: 0, cachedRead: 0 };

	constructor(private readonly clock: () => number, private readonly name = "Fake vault") {
		super();
		this.root = new TFolder(this, "/", null);
		this.adapter = new InMemoryAdapter({
			readNote: (p) => this.texts.get(p) ?? null,
			notePaths: () => [...this.texts.keys()],
			now: () => this.clock(),
		});
	}

	getName(): string {
		return this.name;
	}
	getFileByPath(path: string): TFile | null {
		const f = this.entries.get(normalizePath(path));
		return f instanceof TFile ? f : null;
	}
	getFolderByPath(path: string): TFolder | null {
		const p = normalizePath(path);
		if (p === "/") return this.root;
		const f = this.entries.get(p);
		return f instanceof TFolder ? f : null;
	}
	getAbstractFileByPath(path: string): TAbstractFile | null {
		const p = normalizePath(path);
		return p === "/" ? this.root : (this.entries.get(p) ?? null);
	}
	getRoot(): TFolder {
		return this.root;
	}

	private ensureFolder(path: string): TFolder {
		if (path === "" || path === "/") return this.root;
		const existing = this.entries.get(path);
		if (existing instanceof TFolder) return existing;
		const slash = path.lastIndexOf("/");
		const parent = this.ensureFolder(slash < 0 ? "" : path.slice(0, slash));
		const folder = new TFolder(this, path, parent);
		parent.children.push(folder);
		this.entries.set(path, folder);
		return folder;
	}
	private parentPath(path: string): string {
		const slash = path.lastIndexOf("/");
		return slash < 0 ? "" : path.slice(0, slash);
	}
	private stat(text: string, options?: DataWriteOptions, ctime?: number) {
		const now = this.clock();
		return { ctime: options?.ctime ?? ctime ?? now, mtime: options?.mtime ?? now, size: encoder.encode(text).length };
	}

	/** Test helper: put a note in place silently, as if it was there when Obsidian started. */
	seed(path: string, text: string): TFile {
		const p = normalizePath(path);
		const parent = this.ensureFolder(this.parentPath(p));
		const file = new TFile(this, p, parent, this.stat(text));
		parent.children.push(file);
		this.entries.set(p, file);
		this.texts.set(p, text);
		return file;
	}

	async create(path: string, data: string, options?: DataWriteOptions): Promise<TFile> {
		const p = normalizePath(path);
		if (this.entries.has(p)) throw new Error(`File already exists: ${p}`);
		const file = this.seed(p, data);
		if (options) file.stat = this.stat(data, options);
		this.trigger("create", file);
		this.hook?.created(file, data);
		return file;
	}
	/** Imitates `Vault.createBinary`: the bytes are kept as they are (readBinary gives them back). */
	async createBinary(path: string, data: ArrayBuffer, options?: DataWriteOptions): Promise<TFile> {
		const p = normalizePath(path);
		if (this.entries.has(p)) throw new Error(`File already exists: ${p}`);
		const file = this.seed(p, "");
		this.binaries.set(p, data.slice(0));
		file.stat = { ...file.stat, size: data.byteLength, ...(options?.mtime ? { mtime: options.mtime } : {}) };
		this.trigger("create", file);
		return file;
	}
	async createFolder(path: string): Promise<TFolder> {
		const folder = this.ensureFolder(normalizePath(path));
		this.trigger("create", folder);
		return folder;
	}
	private textOf(file: TFile): string {
		const t = this.texts.get(file.path);
		if (t === undefined) throw new Error(`File not found: ${file.path}`);
		return t;
	}
	async read(file: TFile): Promise<string> {
		this.readCount.read++;
		return this.textOf(file);
	}
	async cachedRead(file: TFile): Promise<string> {
		this.readCount.cachedRead++;
		return this.textOf(file);
	}
	async readBinary(file: TFile): Promise<ArrayBuffer> {
		const binary = this.binaries.get(file.path);
		if (binary) return binary.slice(0);
		const bytes = encoder.encode(this.textOf(file));
		return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
	}
	/**
	 * Imitates `Vault.getResourcePath`: in a browser a binary file gets an object URL the page can play
	 * or show (Obsidian's app:// URL serves the file the same way); elsewhere an app:// URL.
	 */
	getResourcePath(file: TFile): string {
		const binary = this.binaries.get(file.path);
		if (binary && typeof URL !== "undefined" && typeof URL.createObjectURL === "function" && typeof Blob !== "undefined") {
			let url = this.urls.get(file.path);
			if (!url) {
				url = URL.createObjectURL(new Blob([binary]));
				this.urls.set(file.path, url);
			}
			return url;
		}
		return `app://local/${file.path}`;
	}

	async delete(file: TAbstractFile, _force?: boolean): Promise<void> {
		if (file instanceof TFolder) {
			for (const child of [...file.children]) await this.delete(child, true);
		}
		this.entries.delete(file.path);
		if (file.parent) file.parent.children = file.parent.children.filter((c) => c !== file);
		if (file instanceof TFile) {
			this.texts.delete(file.path);
			this.binaries.delete(file.path);
			const url = this.urls.get(file.path);
			if (url) URL.revokeObjectURL(url);
			this.urls.delete(file.path);
		}
		this.trigger("delete", file);
		if (file instanceof TFile) this.hook?.deleted(file);
	}
	async trash(file: TAbstractFile, _system: boolean): Promise<void> {
		await this.delete(file);
	}
	async rename(file: TAbstractFile, newPath: string): Promise<void> {
		const p = normalizePath(newPath);
		if (this.entries.has(p)) throw new Error(`Destination file already exists: ${p}`);
		const oldPath = file.path;
		if (file instanceof TFile) {
			const text = this.textOf(file);
			this.texts.delete(oldPath);
			this.texts.set(p, text);
		}
		this.entries.delete(oldPath);
		if (file.parent) file.parent.children = file.parent.children.filter((c) => c !== file);
		const parent = this.ensureFolder(this.parentPath(p));
		movePath(file, p, parent);
		parent.children.push(file);
		this.entries.set(p, file);
		if (file instanceof TFolder) {
			for (const child of [...file.children]) {
				const childOld = child.path;
				this.entries.delete(childOld);
				movePath(child, `${p}/${child.name}`, file);
				this.entries.set(child.path, child);
				if (child instanceof TFile) {
					this.texts.set(child.path, this.texts.get(childOld) ?? "");
					this.texts.delete(childOld);
				}
			}
		}
		this.trigger("rename", file, oldPath);
		if (file instanceof TFile) this.hook?.renamed(file, oldPath);
	}

	async modify(file: TFile, data: string, options?: DataWriteOptions): Promise<void> {
		this.textOf(file);
		this.texts.set(file.path, data);
		file.stat = this.stat(data, options, file.stat.ctime);
		this.trigger("modify", file);
		this.hook?.modified(file, data);
	}
	async modifyBinary(file: TFile, data: ArrayBuffer, options?: DataWriteOptions): Promise<void> {
		await this.modify(file, new TextDecoder().decode(data), options);
	}
	async append(file: TFile, data: string, options?: DataWriteOptions): Promise<void> {
		await this.modify(file, this.textOf(file) + data, options);
	}
	async appendBinary(file: TFile, data: ArrayBuffer, options?: DataWriteOptions): Promise<void> {
		await this.append(file, new TextDecoder().decode(data), options);
	}
	/** Imitates `Vault.process`: the callback must be synchronous (Obsidian's rule). */
	async process(file: TFile, fn: (data: string) => string, options?: DataWriteOptions): Promise<string> {
		const next = fn(this.textOf(file));
		if (typeof next !== "string") throw new Error("Vault.process callback must return a string synchronously");
		await this.modify(file, next, options);
		return next;
	}
	async copy<T extends TAbstractFile>(file: T, newPath: string): Promise<T> {
		if (!(file instanceof TFile)) throw new Error("Copying folders is not supported by the fake");
		return (await this.create(newPath, this.textOf(file))) as unknown as T;
	}
	getAllLoadedFiles(): TAbstractFile[] {
		return [this.root, ...this.entries.values()];
	}
	getAllFolders(includeRoot?: boolean): TFolder[] {
		const folders = [...this.entries.values()].filter((f): f is TFolder => f instanceof TFolder);
		return includeRoot ? [this.root, ...folders] : folders;
	}
	static recurseChildren(root: TFolder, cb: (file: TAbstractFile) => unknown): void {
		cb(root);
		for (const c of root.children) {
			if (c instanceof TFolder) Vault.recurseChildren(c, cb);
			else cb(c);
		}
	}
	getMarkdownFiles(): TFile[] {
		return this.getFiles().filter((f) => f.extension === "md");
	}
	getFiles(): TFile[] {
		return [...this.entries.values()].filter((f): f is TFile => f instanceof TFile);
	}
}
