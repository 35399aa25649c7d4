// An in-memory plugin folder for the review-files tests: the adapter methods ReviewFiles uses,
// loadData/saveData on data.json (as Obsidian does), modification times for sync simulation.
import type { ReviewAdapter, ReviewFilesHost } from "../../src/vault/review-files";
import type { Timers } from "../../src/vault/timers";

export const PLUGIN_DIR = ".obsidian/plugins/interview-prep";
export const DATA = `${PLUGIN_DIR}/data.json`;

let clock = 0;

export class MemDisk implements ReviewAdapter {
	readonly files = new Map<string, { text: string; mtime: number }>();
	readonly folders = new Set<string>();
	/** Test hook: throw from the next call of this method (a crash mid-save). */
	failNext: "write" | "rename" | "remove" | null = null;

	private fail(op: "write" | "rename" | "remove"): void {
		if (this.failNext === op) {
			this.failNext = null;
			throw new Error(`simulated crash in ${op}`);
		}
	}
	async exists(path: string): Promise<boolean> {
		return this.files.has(path) || this.folders.has(path);
	}
	async read(path: string): Promise<string> {
		const f = this.files.get(path);
		if (!f) throw new Error(`ENOENT ${path}`);
		return f.text;
	}
	async write(path: string, text: string): Promise<void> {
		this.fail("write");
		this.files.set(path, { text, mtime: ++clock });
	}
	async list(path: string): Promise<{ files: string[]; folders: string[] }> {
		const direct = (p: string) => p.startsWith(path + "/") && !p.slice(path.length + 1).includes("/");
		return { files: [...this.files.keys()].filter(direct), folders: [...this.folders].filter(direct) };
	}
	async mkdir(path: string): Promise<void> {
		this.folders.add(path);
	}
	async remove(path: string): Promise<void> {
		this.fail("remove");
		if (!this.files.delete(path)) throw new Error(`ENOENT ${path}`);
	}
	async rename(from: string, to: string): Promise<void> {
		this.fail("rename");
		const f = this.files.get(from);
		if (!f) throw new Error(`ENOENT ${from}`);
		if (this.files.has(to)) throw new Error(`EEXIST ${to}`);
		this.files.delete(from);
		this.files.set(to, f);
	}
	text(path: string): string | undefined {
		return this.files.get(path)?.text;
	}
	/** Names of files in a folder of the plugin. */
	names(folder: string): string[] {
		const prefix = `${PLUGIN_DIR}/${folder}/`;
		return [...this.files.keys()].filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length)).sort();
	}
}

export function hostFor(disk: MemDisk): ReviewFilesHost {
	return {
		adapter: disk,
		pluginDir: PLUGIN_DIR,
		async loadData() {
			const t = disk.text(DATA);
			return t === undefined ? null : (JSON.parse(t) as unknown);
		},
		async saveData(data: unknown) {
			await disk.write(DATA, JSON.stringify(data));
		},
	};
}

/** Timers that only run when the test says so. */
export class ManualTimers implements Timers {
	private next = 1;
	readonly pending = new Map<number, () => void>();
	set(fn: () => void): unknown {
		const id = this.next++;
		this.pending.set(id, fn);
		return id;
	}
	clear(handle: unknown): void {
		this.pending.delete(handle as number);
	}
	runAll(): void {
		const fns = [...this.pending.values()];
		this.pending.clear();
		for (const fn of fns) fn();
	}
}
