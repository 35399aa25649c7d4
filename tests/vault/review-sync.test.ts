// Two devices review offline and sync, in many random interleavings, with Obsidian Sync (data.json
// merged shallowly, local top-level keys winning, or replaced outright), with whole-file sync
// (every file, last writer wins), or both: after the final syncs and reloads not one review is lost
// and no undone grading comes back.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { seeded } from "../property-seed";
import { ReviewStore } from "../../src/core/review/review-store";
import { ReviewFiles } from "../../src/vault/review-files";
import { DATA, hostFor, ManualTimers, MemDisk } from "./review-disk";

type Dev = 0 | 1;
type Op =
	| { op: "review"; dev: Dev; q: number; rating: 1 | 2 | 3 | 4 }
	| { op: "undo"; dev: Dev }
	| { op: "save"; dev: Dev }
	| { op: "restart"; dev: Dev }
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
	readonly made = new Set<string>();
	readonly devs: Device[];
	constructor() {
		this.devs = [0, 1].map((i) => this.start(new MemDisk(), DEVICES[i]));
	}
	private start(disk: MemDisk, device: string): Device {
		const store = new ReviewStore({ device });
		const timers = new ManualTimers();
		const files = new ReviewFiles(hostFor(disk), { device, store, getSettings: () => ({ device }), now: () => this.now, timers });
		return { disk, store, files, timers };
	}
	async boot(): Promise<void> {
		for (const d of this.devs) await d.files.load();
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
	async run(op: Op): Promise<void> {
		if (op.op === "review") {
			this.now += 7 * 60_000;
			const d = this.devs[op.dev];
			this.made.add(d.store.grade(`q${op.q}`, op.rating, 20, this.now).uid);
			d.files.requestSave();
		} else if (op.op === "undo") {
			const e = this.devs[op.dev].store.undoLast();
			if (e) this.made.delete(e.uid);
			this.devs[op.dev].files.requestSave();
		} else if (op.op === "save") {
			await this.devs[op.dev].files.flush();
		} else if (op.op === "restart") {
			await this.restart(op.dev);
		} else if (op.op === "obsidian") {
			await this.obsidianSync(op.from, op.merge, op.notify);
		} else {
			await this.fileSync(op.from, op.notify);
		}
	}
	/** Both devices save, sync every way the person uses, and start again. */
	async settle(kind: Kind): Promise<void> {
		for (let round = 0; round < 2; round++) {
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

const dev = fc.constantFrom<Dev>(0, 1);
const opArb: fc.Arbitrary<Op> = fc.oneof(
	{ weight: 6, arbitrary: fc.record({ op: fc.constant("review" as const), dev, q: fc.integer({ min: 0, max: 5 }), rating: fc.constantFrom<1 | 2 | 3 | 4>(1, 2, 3, 4) }) },
	{ weight: 1, arbitrary: fc.record({ op: fc.constant("undo" as const), dev }) },
	{ weight: 3, arbitrary: fc.record({ op: fc.constant("save" as const), dev }) },
	{ weight: 1, arbitrary: fc.record({ op: fc.constant("restart" as const), dev }) },
	{ weight: 3, arbitrary: fc.record({ op: fc.constant("obsidian" as const), from: dev, merge: fc.boolean(), notify: fc.boolean() }) },
	{ weight: 3, arbitrary: fc.record({ op: fc.constant("files" as const), from: dev, notify: fc.boolean() }) },
);

function allowed(kind: Kind) {
	return (op: Op) => !((kind === "obsidian" && op.op === "files") || (kind === "files" && op.op === "obsidian"));
}

describe.each<Kind>(["obsidian", "files", "both"])("two devices reviewing offline, %s sync", (kind) => {
	it("not one review is lost and no undone grading returns, whatever the order of reviews and syncs", async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(opArb, { maxLength: 40 }).map((ops) => ops.filter(allowed(kind))), async (ops) => {
				const w = new World();
				await w.boot();
				for (const op of ops) await w.run(op);
				await w.settle(kind);
				for (const d of w.devs) {
					const live = new Set(d.store.allEvents().map((e) => e.uid));
					expect([...w.made].filter((uid) => !live.has(uid))).toEqual([]);
					expect([...live].filter((uid) => !w.made.has(uid))).toEqual([]);
				}
				// Both devices derive the same schedule.
				expect(w.devs[0].store.cards()).toEqual(w.devs[1].store.cards());
			}),
			seeded({ numRuns: 150 }),
		);
	});
});
