// Writing the review data: data.json (through saveData: settings, this device's log, the relay), this
// device's own file in reviews/, its cache of every other device's log and the regular snapshot. A file
// goes to a temporary first and is then moved into place, an unchanged file is not written again (nor
// synced again), and a file that exists but could not be read is never written over until it can be.
import type { DataAdapter } from "obsidian";
import type { ReviewStore } from "../core/review/review-store";
import type { DeviceLog } from "../core/types";
import { writeDataFile } from "../core/persist/data-file";
import { cacheFileName, ownFileName, writeReviewFile } from "../core/persist/review-file";
import type { ReviewBackups } from "./review-backups";

export interface ReviewWriterDeps {
	adapter: Pick<DataAdapter, "exists" | "write" | "mkdir" | "remove" | "rename">;
	saveData(data: unknown): Promise<void>;
	dataPath: string;
	reviewsDir: string;
	device: string;
	store: ReviewStore;
	/** Settings as they are to be written to data.json. */
	getSettings(): unknown;
	backups: ReviewBackups;
	/** Time between regular backups while reviewing. */
	backupEveryMs: number;
}

export class ReviewWriter {
	/** Text of the cache file, made again only after a read changed what other devices' logs hold. */
	private cacheText: string | null = null;
	/** Last text written per path: unchanged files are not rewritten (and not re-synced). */
	private written = new Map<string, string>();
	/** Files that exist but could not be read: never written over until they can be. */
	private blocked = new Set<string>();
	/** What each other device's own key in data.json held when it last arrived (Obsidian Sync). */
	private keyed = new Map<string, { uids: Set<string>; undone: Set<string> }>();

	constructor(private readonly deps: ReviewWriterDeps) {}

	/** A read starts: every file may be readable again. */
	clearBlocks(): void {
		this.blocked.clear();
	}

	/** This file exists but could not be read: do not write over it. */
	block(path: string): void {
		this.blocked.add(path);
	}

	get hasBlocks(): boolean {
		return this.blocked.size > 0;
	}

	/**
	 * The file on disk is not what was last written to it (a sync put an older copy in place): forget the
	 * write, so the next save writes it again. Returns whether it was so.
	 */
	forgetIfReplaced(path: string, text: string): boolean {
		if (!this.written.has(path) || this.written.get(path) === text) return false;
		this.written.delete(path);
		return true;
	}

	/** Files on disk may not be what was written to them: the next save writes each again. */
	forgetWritten(): void {
		this.written.clear();
	}

	/** Other devices' logs may have changed: the cache file's text is made again at the next save. */
	othersChanged(): void {
		this.cacheText = null;
	}

	/** Another device's own key in data.json arrived holding this log. */
	noteKeyed(log: DeviceLog): void {
		this.keyed.set(log.device, { uids: new Set(log.events.map((e) => e.uid)), undone: new Set(log.undone) });
	}

	/** Writes every file whose text changed; throws when a write fails. */
	async save(): Promise<void> {
		const { device, store, reviewsDir } = this.deps;
		const own = store.ownLog();
		if (!this.blocked.has(this.deps.dataPath)) await this.deps.saveData(writeDataFile(this.deps.getSettings(), own, this.relay()));
		await this.ensureDir(reviewsDir);
		await this.writeIfChanged(`${reviewsDir}/${ownFileName(device)}`, writeReviewFile(device, [own]));
		const others = store.allLogs().filter((l) => l.device !== device && (l.events.length > 0 || (l.undone?.length ?? 0) > 0));
		const cachePath = `${reviewsDir}/${cacheFileName(device)}`;
		if (others.length > 0 || this.written.has(cachePath)) await this.writeIfChanged(cachePath, (this.cacheText ??= writeReviewFile(device, others)));
		await this.deps.backups.snapshotIfDue(() => writeReviewFile(device, store.allLogs(), this.deps.getSettings()), this.deps.backupEveryMs);
	}

	/**
	 * Events of other devices that their own key lacked when it last arrived: after a device put
	 * back an old copy of its folder, Obsidian Sync brings them back to it under our relay key.
	 */
	private relay(): DeviceLog[] {
		const out: DeviceLog[] = [];
		for (const log of this.deps.store.allLogs()) {
			const seen = this.keyed.get(log.device);
			if (!seen || log.device === this.deps.device) continue;
			const events = log.events.filter((e) => !seen.uids.has(e.uid));
			const undone = (log.undone ?? []).filter((u) => !seen.undone.has(u));
			if (events.length === 0 && undone.length === 0) continue;
			const part: DeviceLog = { device: log.device, seq: log.seq, events };
			if (undone.length > 0) part.undone = undone;
			out.push(part);
		}
		return out;
	}

	/** Write to a temporary file, then move it into place: a crash leaves the old or the new file, and the temporary is read too. */
	private async writeIfChanged(path: string, text: string): Promise<void> {
		if (this.written.get(path) === text || this.blocked.has(path)) return;
		const a = this.deps.adapter;
		const tmp = `${path}.tmp`;
		await a.write(tmp, text);
		if (await a.exists(path)) await a.remove(path);
		await a.rename(tmp, path);
		this.written.set(path, text);
	}

	private async ensureDir(dir: string): Promise<void> {
		if (!(await this.deps.adapter.exists(dir))) await this.deps.adapter.mkdir(dir);
	}
}
