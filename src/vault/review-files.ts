// Loads and saves the review data through a narrow handle on the plugin's folder.
//  - data.json: settings + this device's own log under its own key (Obsidian Sync merges it).
//  - reviews/<device>.json: this device's own log again (whole-file sync: iCloud, Dropbox, git).
//  - reviews/cache-<device>.json: every other device's log this device holds. Not only what their own
//    files lack: a device that puts back an old copy of its folder replaces its own file with an older
//    one, and the reviews it made since then live on only in the other devices' caches.
//  - backups/: verbatim copies of anything unreadable or about to be migrated, and regular snapshots.
// Everything read is unioned into the store, so no copy can make another lose an event. This file decides
// when to read and save; review-sources.ts reads, review-writer.ts writes, review-backups.ts keeps copies.
import type { DataAdapter } from "obsidian";
import type { ReviewStore } from "../core/review/review-store";
import { lackedBy } from "../core/review/log-merge";
import type { DeviceLog } from "../core/types";
import { cacheFileName, ownFileName, readReviewFile } from "../core/persist/review-file";
import type { BackupKind } from "../core/persist/backups";
import { DelayedCall, windowTimers, type Timers } from "./timers";
import { ReviewBackups } from "./review-backups";
import { ReviewWriter } from "./review-writer";
import { listReviewFiles, readDataJson, readStoredLogs } from "./review-sources";

export type ReviewAdapter = Pick<DataAdapter, "exists" | "read" | "write" | "list" | "mkdir" | "remove" | "rename">;

export interface ReviewFilesHost {
	adapter: ReviewAdapter;
	loadData(): Promise<unknown>;
	saveData(data: unknown): Promise<void>;
	/** The plugin's folder, e.g. `.obsidian/plugins/interview-prep`. */
	pluginDir: string;
}

export interface ReviewFilesOptions {
	device: string;
	store: ReviewStore;
	/** Settings as they are to be written to data.json. */
	getSettings(): unknown;
	now(): number;
	/** Quiet time before a save (default 2 s). */
	debounceMs?: number;
	/** Time between regular backups while reviewing (default 30 min). */
	backupEveryMs?: number;
	timers?: Timers;
	/** Saving has failed several times in a row (told once until a save works again). */
	onSaveFailing?(error: string): void;
}

/** Failed saves in a row before the person is told. */
const FAILURES_BEFORE_NOTICE = 3;
/** Longest wait between retries of a failing save. */
const MAX_RETRY_MS = 60_000;

export interface LoadNotice {
	kind: "recovered" | "newer-version";
	/** Vault path of the copy that was kept. */
	backup: string | null;
	problems: string[];
}

export interface LoadReport {
	/** Settings as stored (for migrateSettings); undefined when there were none. */
	settings: unknown;
	/** Tell the person once (a Notice), or null. */
	notice: LoadNotice | null;
	/** New events merged in (on a reload after a sync). */
	added: number;
}

export class ReviewFiles {
	private readonly host: ReviewFilesHost;
	private readonly opts: ReviewFilesOptions;
	private readonly saveLater: DelayedCall;
	private readonly backups: ReviewBackups;
	private dirty = false;
	/** Failed saves in a row (reset by a save that works). */
	private failures = 0;
	private saving: Promise<void> = Promise.resolve();
	/** The last check that the files hold what memory holds (see secure). */
	private securing: Promise<void> = Promise.resolve();
	private readonly writer: ReviewWriter;

	constructor(host: ReviewFilesHost, opts: ReviewFilesOptions) {
		this.host = host;
		this.opts = opts;
		this.saveLater = new DelayedCall(opts.timers ?? windowTimers, () => this.saveNow());
		this.backups = new ReviewBackups(host.adapter, this.backupsDir, () => opts.now());
		this.writer = new ReviewWriter({
			adapter: host.adapter,
			saveData: (data) => host.saveData(data),
			dataPath: this.dataPath,
			reviewsDir: this.reviewsDir,
			device: opts.device,
			store: opts.store,
			getSettings: () => opts.getSettings(),
			backups: this.backups,
			backupEveryMs: opts.backupEveryMs ?? 30 * 60_000,
		});
	}

	get dataPath(): string {
		return `${this.host.pluginDir}/data.json`;
	}
	get reviewsDir(): string {
		return `${this.host.pluginDir}/reviews`;
	}
	get backupsDir(): string {
		return `${this.host.pluginDir}/backups`;
	}

	/** First load: replaces what the store holds. */
	async load(): Promise<LoadReport> {
		return this.read(true);
	}

	/** data.json or the review files changed on disk (a sync): union what is there now. */
	async reload(): Promise<LoadReport> {
		return this.read(false);
	}

	/** Review data or settings changed: save after a quiet moment. */
	requestSave(): void {
		this.dirty = true;
		this.backups.changed();
		this.saveLater.restart(this.opts.debounceMs ?? 2000);
	}

	/** The quiet moment is over. */
	private saveNow(): void {
		void this.settle(this.flush());
	}

	/**
	 * Counts a save that worked or failed. A failed save (disk full, file locked) is tried again by itself,
	 * not only at the next change: on mobile Obsidian can be killed without an unload. Waits double up to a
	 * minute. Never rejects.
	 */
	private settle(run: Promise<void>): Promise<void> {
		return run.then(
			() => {
				this.failures = 0;
			},
			(e: unknown) => {
				this.failures++;
				if (this.failures === FAILURES_BEFORE_NOTICE) this.opts.onSaveFailing?.(e instanceof Error ? e.message : String(e));
				const base = this.opts.debounceMs ?? 2000;
				this.saveLater.restart(Math.min(MAX_RETRY_MS, base * 2 ** this.failures));
			},
		);
	}

	/** Save now if anything is waiting; resolves when it is on disk. */
	async flush(): Promise<void> {
		this.saveLater.cancel();
		const run = this.saving.then(() => (this.dirty ? this.save() : undefined));
		this.saving = run.catch(() => undefined);
		return run;
	}

	/**
	 * The page was hidden: on mobile the app may now be killed in the background without an unload. Secure
	 * now what memory alone holds; a failure goes the way of a failed save (tried again, then told).
	 */
	async pageHidden(): Promise<void> {
		await this.settle(this.secure());
	}

	/** On plugin unload. */
	async unload(): Promise<void> {
		await this.secure();
	}

	/**
	 * Write whatever is pending. A file sync (iCloud, Dropbox, git) may meanwhile have put older copies of
	 * the files this device writes in place (another device put back an old copy of its folder), and the
	 * plugin is told of data.json changes at most: what memory alone holds would be gone at the next start.
	 * Then union what is on disk and write every file again (never otherwise: no churn). One at a time: a
	 * second call (the page hidden again) waits for the first, and so finds the files already written.
	 */
	private secure(): Promise<void> {
		const run = this.securing.then(async () => {
			await this.flush();
			const onDisk = await readStoredLogs(this.host.adapter, () => this.host.loadData(), this.dataPath, this.reviewsDir, this.opts.device);
			if (lackedBy(this.opts.store.allLogs(), onDisk).length === 0) return;
			await this.reload();
			this.writer.forgetWritten();
			this.dirty = true;
			await this.flush();
		});
		this.securing = run.catch(() => undefined);
		return run;
	}

	private async read(replace: boolean): Promise<LoadReport> {
		const { device, store } = this.opts;
		const problems: string[] = [];
		let notice: LoadNotice | null = null;

		this.writer.clearBlocks();
		let stale = false;
		let ownFiled = 0;
		const { data, text, unreadable } = await readDataJson(this.host.adapter, () => this.host.loadData(), this.dataPath, device);
		if (unreadable) this.writer.block(this.dataPath);
		const sources: DeviceLog[] = [];
		if (data.ownLog) sources.push(data.ownLog);
		// Loops, not push(...list): a damaged file can hold more entries than a call takes arguments.
		for (const log of data.otherLogs) sources.push(log);
		for (const log of data.relayed) sources.push(log);
		for (const log of data.otherLogs) this.writer.noteKeyed(log);
		for (const p of data.problems) problems.push(p);
		if (data.recovered || data.newerVersion || data.migratedFrom !== null) {
			const kind: BackupKind = data.newerVersion ? "newer-version" : data.recovered ? "unreadable" : "before-migration";
			const backup = text !== null ? await this.backups.keepCopy(kind, text) : null;
			if (kind !== "before-migration") notice = { kind: kind === "newer-version" ? "newer-version" : "recovered", backup, problems };
		}

		for (const file of await listReviewFiles(this.host.adapter, this.reviewsDir)) {
			const name = file.slice(this.reviewsDir.length + 1);
			let fileText: string;
			try {
				fileText = await this.host.adapter.read(file);
			} catch (e) {
				problems.push(`${name}: ${String(e)}`);
				this.writer.block(file);
				continue;
			}
			const read = readReviewFile(fileText);
			for (const log of read.logs) sources.push(log);
			// Only files this device writes over need a copy and a word to the person.
			const mine = name === ownFileName(device) || name === cacheFileName(device);
			// A sync put an older version of our own file in place (another device restored an old copy
			// of the folder): write ours again, whatever we remember having written.
			if (mine && this.writer.forgetIfReplaced(file, fileText)) stale = true;
			if (name === ownFileName(device)) ownFiled = read.logs.find((l) => l.device === device)?.events.length ?? 0;
			if ((read.recovered || read.newerVersion) && mine) {
				for (const p of read.problems) problems.push(`${name}: ${p}`);
				const backup = await this.backups.keepCopy(read.newerVersion ? "newer-version" : "unreadable", fileText);
				notice ??= { kind: read.newerVersion ? "newer-version" : "recovered", backup, problems };
			}
		}

		if (this.writer.hasBlocks) notice ??= { kind: "recovered", backup: null, problems };
		let added = 0;
		if (replace) store.load(sources);
		else added = store.merge(sources);
		this.writer.othersChanged();
		// Part of this device's own log may be lost here yet alive on another device: never reuse its numbers.
		if (notice) store.skipSeqTo(this.opts.now());
		await this.backups.noteNewestOnDisk();

		// Rewrite what is not as it should be: other devices' keys in data.json go to the cache,
		// our own log goes back where a sync removed it, a damaged file is replaced.
		// A data.json without our key is written at once: other devices learn from our key what we lack
		// (an old copy of the folder put back) and send it back under their relay key.
		const ownStored = data.ownLog?.events.length ?? 0;
		const own = store.ownLog().events.length;
		if (stale || ownFiled !== own || data.otherLogs.length > 0 || data.ownLog === null || ownStored !== own || data.recovered || data.migratedFrom !== null || added > 0) {
			this.requestSave();
		}
		return { settings: data.settings, notice, added };
	}

	private async save(): Promise<void> {
		this.dirty = false;
		try {
			await this.writer.save();
		} catch (e) {
			this.dirty = true; // try again on the next save
			throw e;
		}
	}
}
