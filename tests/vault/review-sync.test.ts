// Two devices review offline and sync, in many random interleavings, with Obsidian Sync (data.json
// merged shallowly, local top-level keys winning, or replaced outright), with whole-file sync
// (every file, last writer wins), or both: after the final syncs and reloads not one review is lost
// and no undone grading comes back.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { seeded } from "../property-seed";
import { ReviewStore } from "../../src/core/review/review-store";
import { readDataText } from "../../src/core/persist/data-file";
import { readReviewFile } from "../../src/core/persist/review-file";
import type { DeviceLog, LogEvent, ReviewEvent } from "../../src/core/types";
import { ReviewFiles } from "../../src/vault/review-files";
import { sessionSeqFrom } from "../../src/vault/device-ids";
import { DATA, hostFor, ManualTimers, MemDisk } from "./review-disk";

type Dev = 0 | 1;
type Op =
	| { op: "review"; dev: Dev; q: number; rating: 1 | 2 | 3 | 4 }
	| { op: "undo"; dev: Dev }
	/** A grading on a device whose clock is 20 years ahead. */
	| { op: "wrong-clock"; dev: Dev; q: number }
	| { op: "save"; dev: Dev }
	| { op: "restart"; dev: Dev }
	/** The person copies the device's plugin folder, or later puts that copy back. */
	| { op: "copy"; dev: Dev }
	| { op: "restore"; dev: Dev }
	| { op: "obsidian"; from: Dev; merge: boolean; notify: boolean }
	| { op: "files"; from: Dev; notify: boolean };

type Kind = "obsidian" | "files" | "both";

const DEVICES = ["devA", "devB"];
const T0 = new Date("2025-03-10T09:00:00").getTime();

interface Device {
	disk: MemDisk;
	store: ReviewStore;
	files: ReviewFiles;
	timers: ManualTimers;
}

class World {
	now = T0;
	/** Reviews that must be found on both devices in the end. */
	readonly made = new Set<string>();
	/** Every review ever made, with its contents: after a restore an undone grading may come back (its undo was lost). */
	readonly ever = new Map<string, string>();
	/** Uids given to two different gradings: the second would be dropped wherever the first is known. */
	readonly reused: string[] = [];
	restored = false;
	private readonly copies: (MemDisk | null)[] = [null, null];
	readonly devs: Device[];
	/** Starts so far: each start numbers its events from a block of its own, as the plugin does. */
	private starts = 0;
	constructor(private readonly sessions = true) {
		this.devs = [0, 1].map((i) => this.start(new MemDisk(), DEVICES[i]));
	}
	private start(disk: MemDisk, device: string): Device {
		const session = this.sessions ? sessionSeqFrom(++this.starts, 0) : undefined;
		const store = new ReviewStore({ device, session, clock: () => this.now });
		const timers = new ManualTimers();
		const files = new ReviewFiles(hostFor(disk), { device, store, getSettings: () => ({ device }), now: () => this.now, timers });
		return { disk, store, files, timers };
	}
	async boot(): Promise<void> {
		for (const d of this.devs) await d.files.load();
	}
	/** A copy of the whole plugin folder of a device, as the person would make with the file manager. */
	copyFolder(i: Dev): MemDisk {
		const copy = new MemDisk();
		for (const [path, f] of this.devs[i].disk.files) copy.files.set(path, { ...f });
		for (const folder of this.devs[i].disk.folders) copy.folders.add(folder);
		return copy;
	}
	/** Obsidian closed, the folder replaced by the copy (its files written anew), Obsidian started. */
	async restoreFolder(i: Dev, copy: MemDisk): Promise<void> {
		const old = this.devs[i];
		await old.files.unload();
		old.disk.files.clear();
		old.disk.folders.clear();
		for (const folder of copy.folders) old.disk.folders.add(folder);
		for (const [path, f] of copy.files) await old.disk.write(path, f.text);
		this.devs[i] = this.start(old.disk, DEVICES[i]);
		await this.devs[i].files.load();
	}
	async restart(i: Dev): Promise<void> {
		const old = this.devs[i];
		await old.files.unload();
		this.devs[i] = this.start(old.disk, DEVICES[i]);
		await this.devs[i].files.load();
	}
	/** Obsidian Sync delivering `from`'s data.json to the other device. */
	async obsidianSync(from: Dev, merge: boolean, notify: boolean): Promise<void> {
		const to = (1 - from) as Dev;
		const remote = this.devs[from].disk.files.get(DATA);
		if (!remote) return;
		const local = this.devs[to].disk.files.get(DATA);
		let text = remote.text;
		if (merge && local) text = JSON.stringify({ ...(JSON.parse(remote.text) as object), ...(JSON.parse(local.text) as object) });
		await this.devs[to].disk.write(DATA, text);
		if (notify) await this.devs[to].files.reload();
	}
	/** iCloud / Dropbox / git: every file of `from` that is newer replaces the other's copy. */
	async fileSync(from: Dev, notify: boolean): Promise<void> {
		const src = this.devs[from].disk;
		const dst = this.devs[1 - from].disk;
		for (const [path, f] of src.files) {
			const have = dst.files.get(path);
			if (!have || have.mtime < f.mtime) dst.files.set(path, { ...f });
		}
		for (const folder of src.folders) dst.folders.add(folder);
		if (notify) await this.devs[1 - from].files.reload();
	}
	private note(e: ReviewEvent): void {
		if (this.ever.has(e.uid)) this.reused.push(e.uid);
		this.made.add(e.uid);
		this.ever.set(e.uid, contentOf(e));
	}
	async run(op: Op): Promise<void> {
		if (op.op === "review") {
			this.now += 7 * 60_000;
			const d = this.devs[op.dev];
			this.note(d.store.grade(`q${op.q}`, op.rating, 20, this.now));
			d.files.requestSave();
		} else if (op.op === "wrong-clock") {
			const d = this.devs[op.dev];
			this.note(d.store.grade(`q${op.q}`, 4, 5, this.now + 20 * 365 * 86_400_000));
			d.files.requestSave();
		} else if (op.op === "undo") {
			const e = this.devs[op.dev].store.undoLast();
			if (e) this.made.delete(e.uid);
			this.devs[op.dev].files.requestSave();
		} else if (op.op === "save") {
			await this.devs[op.dev].files.flush();
		} else if (op.op === "restart") {
			await this.restart(op.dev);
		} else if (op.op === "copy") {
			this.copies[op.dev] = this.copyFolder(op.dev);
		} else if (op.op === "restore") {
			const copy = this.copies[op.dev];
			if (!copy) return;
			// What must survive: what the copy holds and what the other device has loaded, unless an undo
			// of it waits unread on the other device's disk. Reviews that lived only in the replaced
			// files (or only on the other device's disk, unread) may be gone.
			const other = this.devs[1 - op.dev];
			const live = (logs: DeviceLog[]) => {
				const probe = new ReviewStore({ device: "probe" });
				probe.load(logs);
				return new Set(probe.allEvents().map((e) => e.uid));
			};
			const known = [...other.store.allLogs(), ...readFolder(copy)];
			const undoneOnDisk = live([...known, ...readFolder(other.disk)]);
			const keep = new Set([...live(known)].filter((uid) => undoneOnDisk.has(uid)));
			for (const uid of [...this.made]) if (!keep.has(uid)) this.made.delete(uid);
			for (const uid of keep) if (this.ever.has(uid) && !this.reused.includes(uid)) this.made.add(uid);
			this.restored = true;
			await this.restoreFolder(op.dev, copy);
		} else if (op.op === "obsidian") {
			await this.obsidianSync(op.from, op.merge, op.notify);
		} else {
			await this.fileSync(op.from, op.notify);
		}
	}
	/** Both devices save, sync every way the person uses, and start again. Three rounds: reviews that
	 * a restored device lacks go back to it under the other device's relay key after its own key arrived. */
	async settle(kind: Kind): Promise<void> {
		for (let round = 0; round < 3; round++) {
			for (const d of this.devs) await d.files.flush();
			for (const from of [0, 1] as Dev[]) {
				if (kind !== "files") await this.obsidianSync(from, true, true);
				if (kind !== "obsidian") await this.fileSync(from, true);
			}
		}
		await this.restart(0);
		await this.restart(1);
	}
}

async function review(w: World, i: Dev, q: number, rating: 1 | 2 | 3 | 4 = 3): Promise<void> {
	await w.run({ op: "review", dev: i, q, rating });
}

describe.each<Kind>(["obsidian", "files", "both"])("restoring an old copy of the plugin folder, %s sync", (kind) => {
	it("reviews made after the copy, kept by the other device, and reviews made after the restore are all found on both", async () => {
		const w = new World();
		await w.boot();
		for (let q = 0; q < 3; q++) await review(w, 0, q);
		await w.settle(kind);
		const copy = w.copyFolder(0);
		for (let q = 3; q < 6; q++) await review(w, 0, q, 1);
		await review(w, 1, 0, 4);
		await w.settle(kind);
		await w.restoreFolder(0, copy);
		for (let q = 6; q < 9; q++) await review(w, 0, q, 2);
		await review(w, 1, 1, 1);
		await w.settle(kind);
		expect(w.made.size).toBe(11);
		expectFound(w);
	});
});

describe.each<Kind>(["files", "both"])("a sync puts back an older copy of a device's files while it runs, %s sync", (kind) => {
	it.each([
		["grading", "review"],
		["grading stamped 20 years ahead", "wrong-clock"],
	] as const)("a %s made before is found on both after that device quits unaware", async (_name, op) => {
		const w = new World();
		await w.boot();
		await w.run({ op: "save", dev: 1 });
		await w.run({ op: "files", from: 1, notify: false });
		// Reviewed on devB after its files reached devA: only devB's disk holds it.
		await w.run(op === "review" ? { op, dev: 1, q: 0, rating: 3 } : { op, dev: 1, q: 0 });
		await w.run({ op: "save", dev: 1 });
		// devA's folder, with the older copy of devB's files, is copied and put back: written anew, it is the newest.
		await w.run({ op: "copy", dev: 0 });
		await w.run({ op: "restore", dev: 0 });
		// The file sync brings it to devB, which is not told (no reload), and quits with nothing waiting to save.
		await w.run({ op: "files", from: 0, notify: false });
		await w.run({ op: "restart", dev: 1 });
		await w.settle(kind);
		expect(w.made.size).toBe(1);
		expectFound(w);
	});
});

/** Every log readable in a plugin folder (data.json and reviews/), as a start would read them. */
function contentOf(e: LogEvent): string {
	return e.kind === "review" ? `${e.qid} ${e.at} ${e.rating}` : e.kind;
}

/** Every review to be found is found, with the contents it was made with, and nothing else is. */
function expectFound(w: World): void {
	expect(w.reused).toEqual([]);
	for (const d of w.devs) {
		const live = d.store.allEvents();
		const uids = new Set(live.map((e) => e.uid));
		expect([...w.made].filter((uid) => !uids.has(uid)).map((uid) => `${d.store.device} lacks ${uid}`)).toEqual([]);
		const allowed = w.restored ? new Set(w.ever.keys()) : w.made;
		expect([...uids].filter((uid) => !allowed.has(uid))).toEqual([]);
		expect(live.filter((e) => contentOf(e) !== w.ever.get(e.uid)).map((e) => `${d.store.device}: ${e.uid} changed`)).toEqual([]);
	}
	// Both devices derive the same schedule.
	expect(w.devs[0].store.cards()).toEqual(w.devs[1].store.cards());
}

function readFolder(disk: MemDisk): DeviceLog[] {
	const out: DeviceLog[] = [];
	for (const [path, f] of disk.files) {
		if (path === DATA) {
			const data = readDataText(f.text, "probe");
			out.push(...data.otherLogs, ...data.relayed);
		} else if (path.includes("/reviews/")) out.push(...readReviewFile(f.text).logs);
	}
	return out;
}

const dev = fc.constantFrom<Dev>(0, 1);
const opArb: fc.Arbitrary<Op> = fc.oneof(
	{ weight: 6, arbitrary: fc.record({ op: fc.constant("review" as const), dev, q: fc.integer({ min: 0, max: 5 }), rating: fc.constantFrom<1 | 2 | 3 | 4>(1, 2, 3, 4) }) },
	{ weight: 1, arbitrary: fc.record({ op: fc.constant("undo" as const), dev }) },
	{ weight: 1, arbitrary: fc.record({ op: fc.constant("wrong-clock" as const), dev, q: fc.integer({ min: 0, max: 5 }) }) },
	{ weight: 3, arbitrary: fc.record({ op: fc.constant("save" as const), dev }) },
	{ weight: 1, arbitrary: fc.record({ op: fc.constant("restart" as const), dev }) },
	{ weight: 2, arbitrary: fc.record({ op: fc.constant("copy" as const), dev }) },
	{ weight: 2, arbitrary: fc.record({ op: fc.constant("restore" as const), dev }) },
	{ weight: 3, arbitrary: fc.record({ op: fc.constant("obsidian" as const), from: dev, merge: fc.boolean(), notify: fc.boolean() }) },
	{ weight: 3, arbitrary: fc.record({ op: fc.constant("files" as const), from: dev, notify: fc.boolean() }) },
);

function allowed(kind: Kind) {
	return (op: Op) => !((kind === "obsidian" && op.op === "files") || (kind === "files" && op.op === "obsidian"));
}

describe.each<Kind>(["obsidian", "files", "both"])("two devices reviewing offline, %s sync", (kind) => {
	it("not one review is lost and no undone grading returns, whatever the order of reviews, syncs and restores", async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(opArb, { maxLength: 40, size: "max" }).map((ops) => ops.filter(allowed(kind))), async (ops) => {
				const w = new World();
				await w.boot();
				for (const op of ops) await w.run(op);
				await w.settle(kind);
				expectFound(w);
			}),
			seeded({ numRuns: 150 }),
		);
	});
});
