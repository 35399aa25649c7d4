// Backups of the review data in the plugin's backups/ folder: verbatim copies of anything unreadable or
// about to be migrated, and a regular snapshot while reviewing, thinned like Anki's.
import { backupName, parseBackupName, thinBackups, type BackupKind } from "../core/persist/backups";
import type { DataAdapter } from "obsidian";

type BackupAdapter = Pick<DataAdapter, "exists" | "write" | "list" | "mkdir" | "remove">;

export class ReviewBackups {
	/** Time of the newest regular snapshot (on disk or written by this device). */
	private lastSnapshot = 0;
	private changesSinceSnapshot = false;

	constructor(
		private readonly adapter: BackupAdapter,
		private readonly dir: string,
		private readonly now: () => number,
	) {}

	/** Review data changed: the next due snapshot has something to keep. */
	changed(): void {
		this.changesSinceSnapshot = true;
	}

	/** A verbatim copy of a file's text; its vault path, or null when it could not be written. */
	async keepCopy(kind: BackupKind, text: string): Promise<string | null> {
		try {
			await this.ensureDir();
			const existing = await this.names();
			const path = `${this.dir}/${backupName(kind, this.now(), existing)}`;
			await this.adapter.write(path, text);
			return path;
		} catch {
			return null;
		}
	}

	/** Counts the newest snapshot already on disk (another device's, or one from an earlier start). */
	async noteNewestOnDisk(): Promise<void> {
		this.lastSnapshot = Math.max(this.lastSnapshot, await this.newestSnapshot());
	}

	/** A snapshot (`text()`: every device's log and the settings) once `everyMs` of reviewing has passed since the last. */
	async snapshotIfDue(text: () => string, everyMs: number): Promise<void> {
		const now = this.now();
		if (!this.changesSinceSnapshot || now - this.lastSnapshot < everyMs) return;
		await this.ensureDir();
		const existing = await this.names();
		const name = backupName("auto", now, existing);
		await this.adapter.write(`${this.dir}/${name}`, text());
		this.lastSnapshot = now;
		this.changesSinceSnapshot = false;
		for (const old of thinBackups([...existing, name], now)) await this.adapter.remove(`${this.dir}/${old}`);
	}

	private async ensureDir(): Promise<void> {
		if (!(await this.adapter.exists(this.dir))) await this.adapter.mkdir(this.dir);
	}

	private async names(): Promise<string[]> {
		if (!(await this.adapter.exists(this.dir))) return [];
		const listed = await this.adapter.list(this.dir);
		return listed.files.map((f) => f.slice(f.lastIndexOf("/") + 1));
	}

	private async newestSnapshot(): Promise<number> {
		try {
			let newest = 0;
			for (const n of await this.names()) {
				const b = parseBackupName(n);
				if (b?.kind === "auto") newest = Math.max(newest, b.time);
			}
			return newest;
		} catch {
			return 0;
		}
	}
}
