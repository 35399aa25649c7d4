// Fake of `DataAdapter` (https://docs.obsidian.md/Reference/TypeScript+API/DataAdapter): an in-memory
// file system for paths outside the vault index (plugin folders, caches), that also sees vault notes.
import type { DataAdapter, DataWriteOptions, ListedFiles, Stat } from "obsidian";

/** What the adapter needs from the vault to see notes as files. */
export interface VaultView {
	readNote(path: string): string | null;
	notePaths(): string[];
	now(): number;
}

const encoder = new TextEncoder();

/** Imitates `DataAdapter` in memory. */
export class InMemoryAdapter implements DataAdapter {
	/** Raw files (not vault notes), path → text. Tests may corrupt them directly. */
	readonly files = new Map<string, { text: string; mtime: number; ctime: number }>();
	readonly folders = new Set<string>();
	/** Test helper: make every read/write throw (an unreadable disk). */
	failing = false;
	constructor(private readonly vault: VaultView) {}

	getName(): string {
		return "fake-vault";
	}
	private check(): void {
		if (this.failing) throw new Error("adapter failure (fake)");
	}
	private text(path: string): string | null {
		return this.files.get(path)?.text ?? this.vault.readNote(path);
	}
	async exists(normalizedPath: string): Promise<boolean> {
		this.check();
		return this.text(normalizedPath) !== null || this.folders.has(normalizedPath);
	}
	async stat(normalizedPath: string): Promise<Stat | null> {
		const f = this.files.get(normalizedPath);
		if (f) return { type: "file", ctime: f.ctime, mtime: f.mtime, size: encoder.encode(f.text).length };
		if (this.folders.has(normalizedPath)) return { type: "folder", ctime: 0, mtime: 0, size: 0 };
		return null;
	}
	async list(normalizedPath: string): Promise<ListedFiles> {
		this.check();
		const prefix = normalizedPath === "/" || normalizedPath === "" ? "" : normalizedPath + "/";
		const direct = (p: string) => p.startsWith(prefix) && !p.slice(prefix.length).includes("/");
		const all = [...this.files.keys(), ...this.vault.notePaths()];
		return { files: [...new Set(all.filter(direct))], folders: [...this.folders].filter(direct) };
	}
	async read(normalizedPath: string): Promise<string> {
		this.check();
		const t = this.text(normalizedPath);
		if (t === null) throw new Error(`ENOENT: no such file '${normalizedPath}'`);
		return t;
	}
	async readBinary(normalizedPath: string): Promise<ArrayBuffer> {
		const bytes = encoder.encode(await this.read(normalizedPath));
		return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
	}
	async write(normalizedPath: string, data: string, options?: DataWriteOptions): Promise<void> {
		this.check();
		const now = options?.mtime ?? this.vault.now();
		const old = this.files.get(normalizedPath);
		this.files.set(normalizedPath, { text: data, mtime: now, ctime: old?.ctime ?? options?.ctime ?? now });
	}
	async writeBinary(normalizedPath: string, data: ArrayBuffer, options?: DataWriteOptions): Promise<void> {
		await this.write(normalizedPath, new TextDecoder().decode(data), options);
	}
	async append(normalizedPath: string, data: string, options?: DataWriteOptions): Promise<void> {
		await this.write(normalizedPath, (this.files.get(normalizedPath)?.text ?? "") + data, options);
	}
	async appendBinary(normalizedPath: string, data: ArrayBuffer, options?: DataWriteOptions): Promise<void> {
		await this.append(normalizedPath, new TextDecoder().decode(data), options);
	}
	async process(normalizedPath: string, fn: (data: string) => string, options?: DataWriteOptions): Promise<string> {
		const next = fn(await this.read(normalizedPath));
		await this.write(normalizedPath, next, options);
		return next;
	}
	getResourcePath(normalizedPath: string): string {
		return `app://local/${normalizedPath}`;
	}
	async mkdir(normalizedPath: string): Promise<void> {
		this.check();
		const parts = normalizedPath.split("/");
		for (let i = 1; i <= parts.length; i++) this.folders.add(parts.slice(0, i).join("/"));
	}
	async trashSystem(normalizedPath: string): Promise<boolean> {
		await this.remove(normalizedPath);
		return true;
	}
	async trashLocal(normalizedPath: string): Promise<void> {
		await this.remove(normalizedPath);
	}
	async rmdir(normalizedPath: string, recursive: boolean): Promise<void> {
		this.check();
		const inside = [...this.files.keys()].filter((p) => p.startsWith(normalizedPath + "/"));
		if (inside.length > 0 && !recursive) throw new Error(`ENOTEMPTY: '${normalizedPath}'`);
		for (const p of inside) this.files.delete(p);
		for (const f of [...this.folders]) if (f === normalizedPath || f.startsWith(normalizedPath + "/")) this.folders.delete(f);
	}
	async remove(normalizedPath: string): Promise<void> {
		this.check();
		if (!this.files.delete(normalizedPath)) throw new Error(`ENOENT: no such file '${normalizedPath}'`);
	}
	async rename(normalizedPath: string, normalizedNewPath: string): Promise<void> {
		this.check();
		const f = this.files.get(normalizedPath);
		if (!f) throw new Error(`ENOENT: no such file '${normalizedPath}'`);
		this.files.delete(normalizedPath);
		this.files.set(normalizedNewPath, f);
	}
	async copy(normalizedPath: string, normalizedNewPath: string): Promise<void> {
		await this.write(normalizedNewPath, await this.read(normalizedPath));
	}
}
