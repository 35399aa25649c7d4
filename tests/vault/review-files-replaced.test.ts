// iCloud, Dropbox or git can put an older copy of the files a device writes in place while the plugin
// runs (another device put back an old copy of its folder, written anew, so the newest to the sync),
// and nothing tells the plugin. What only its memory holds must not be gone at the next start.
import { beforeEach, describe, expect, it } from "vitest";
import { ReviewStore } from "../../src/core/review/review-store";
import { writeDataFile } from "../../src/core/persist/data-file";
import { writeReviewFile } from "../../src/core/persist/review-file";
import { ReviewFiles } from "../../src/vault/review-files";
import { DATA, hostFor, ManualTimers, MemDisk, PLUGIN_DIR } from "./review-disk";

const T0 = new Date("2025-03-10T09:00:00").getTime();
const MIN = 60_000;
let now = T0;
const settings = { hubs: ["面试"] };
const OWN = `${PLUGIN_DIR}/reviews/devA.json`;
const CACHE = `${PLUGIN_DIR}/reviews/cache-devA.json`;

function open(disk: MemDisk) {
	const store = new ReviewStore({ device: "devA" });
	const timers = new ManualTimers();
	const files = new ReviewFiles(hostFor(disk), { device: "devA", store, getSettings: () => settings, now: () => now, timers });
	return { store, files, timers };
}

/** The texts of these files now, to be put back later as a sync would. */
function snapshot(disk: MemDisk, paths: string[]): Map<string, string> {
	return new Map(paths.map((p) => [p, disk.text(p) ?? ""]));
}

async function putBack(disk: MemDisk, texts: Map<string, string>): Promise<void> {
	for (const [path, text] of texts) await disk.write(path, text);
}

/** Two gradings saved, then the files as they were after the first put back: only memory holds q2. */
async function secondGradingPutBack<D extends MemDisk>(disk: D = new MemDisk() as D): Promise<{ disk: D; a: ReturnType<typeof open> }> {
	const a = open(disk);
	await a.files.load();
	a.store.grade("q1", 3, 20, now);
	a.files.requestSave();
	await a.files.flush();
	const older = snapshot(disk, [DATA, OWN]);
	a.store.grade("q2", 4, 20, now + MIN);
	a.files.requestSave();
	await a.files.flush();
	await putBack(disk, older);
	return { disk, a };
}

beforeEach(() => {
	now = T0;
});

describe("files put back by a sync while the plugin runs, unnoticed", () => {
	it("a grading saved before is found at the next start", async () => {
		const { disk, a } = await secondGradingPutBack();
		await a.files.unload();

		const b = open(disk);
		await b.files.load();
		expect(b.store.reviewsOf("q1")).toHaveLength(1);
		expect(b.store.reviewsOf("q2")).toHaveLength(1);
	});

	it("another device's grading that only this device's cache held is found at the next start", async () => {
		const disk = new MemDisk();
		const a = open(disk);
		await a.files.load();
		await a.files.flush();
		const older = snapshot(disk, [DATA, CACHE]);

		// Obsidian Sync brings devB's key; devA absorbs it into its cache.
		const devB = new ReviewStore({ device: "devB" });
		devB.grade("q1", 2, 20, now + MIN);
		const data = JSON.parse(disk.text(DATA) ?? "{}") as Record<string, unknown>;
		await disk.write(DATA, JSON.stringify({ ...(writeDataFile(settings, devB.ownLog(), []) as object), ...data }));
		await a.files.reload();
		await a.files.flush();
		expect(disk.text(CACHE)).toContain("devB");

		await putBack(disk, older);
		await a.files.unload();

		const b = open(disk);
		await b.files.load();
		expect(b.store.reviewsOf("q1").map((e) => e.uid)).toEqual([devB.ownLog().events[0].uid]);
	});

	it("when nothing was put back, quitting writes nothing", async () => {
		const disk = new MemDisk();
		const first = open(disk);
		await first.files.load();
		first.store.grade("q1", 3, 20, now);
		first.files.requestSave();
		await first.files.unload();
		// Then another device's own file arrives: the next start reads it, though this device has not cached it.
		const devB = new ReviewStore({ device: "devB" });
		devB.grade("q2", 2, 20, now + MIN);
		await disk.write(`${PLUGIN_DIR}/reviews/devB.json`, writeReviewFile("devB", [devB.ownLog()]));

		const a = open(disk);
		await a.files.load();
		expect(a.store.reviewsOf("q2")).toHaveLength(1);
		const before = new Map([...disk.files].map(([p, f]) => [p, f.mtime]));
		await a.files.unload();
		expect(new Map([...disk.files].map(([p, f]) => [p, f.mtime]))).toEqual(before);
	});
});

/** A disk whose writes take a while, counting how many run at once. */
class SlowDisk extends MemDisk {
	running = 0;
	mostAtOnce = 0;
	override async write(path: string, text: string): Promise<void> {
		this.running++;
		this.mostAtOnce = Math.max(this.mostAtOnce, this.running);
		try {
			await new Promise((resolve) => setTimeout(resolve, 1));
			await super.write(path, text);
		} finally {
			this.running--;
		}
	}
}

describe("the page is hidden (on mobile the app may then be killed without an unload)", () => {
	it("files put back by a sync are written again, before any quitting", async () => {
		const { disk, a } = await secondGradingPutBack();
		await a.files.pageHidden();
		const b = open(disk);
		await b.files.load();
		expect(b.store.reviewsOf("q2")).toHaveLength(1);
	});

	it("hidden again while a save is under way, the quiet moment ending too: one save at a time", async () => {
		const disk = new SlowDisk();
		const a = open(disk);
		await a.files.load();
		a.store.grade("q1", 3, 20, now);
		a.files.requestSave();
		const first = a.files.pageHidden();
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(disk.running).toBe(1);
		a.store.grade("q2", 4, 20, now + MIN);
		a.files.requestSave();
		a.timers.runAll();
		const second = a.files.pageHidden();
		await Promise.all([first, second]);
		expect(disk.mostAtOnce).toBe(1);
		const b = open(disk);
		await b.files.load();
		expect(["q1", "q2"].map((q) => b.store.reviewsOf(q).length)).toEqual([1, 1]);
	});

	it("hidden again and again after a sync put files back: each is written again once", async () => {
		const { disk, a } = await secondGradingPutBack(new SlowDisk());

		const written: string[] = [];
		const write = disk.write.bind(disk);
		disk.write = async (path, text) => {
			written.push(path);
			await write(path, text);
		};
		await Promise.all([a.files.pageHidden(), a.files.pageHidden(), a.files.pageHidden()]);
		expect(written.filter((p) => p === DATA || p.startsWith(OWN))).toEqual([DATA, `${OWN}.tmp`]);
		const b = open(disk);
		await b.files.load();
		expect(["q1", "q2"].map((q) => b.store.reviewsOf(q).length)).toEqual([1, 1]);
	});

	it("a save that fails then does not reject; it is tried again by itself", async () => {
		const disk = new MemDisk();
		const { store, files, timers } = open(disk);
		await files.load();
		store.grade("q1", 3, 20, now);
		files.requestSave();
		disk.failNext = "write";
		await files.pageHidden();
		expect(disk.text(OWN) ?? "").not.toContain("q1");
		expect(timers.pending.size).toBe(1);

		timers.runAll();
		await files.flush();
		const b = open(disk);
		await b.files.load();
		expect(b.store.reviewsOf("q1")).toHaveLength(1);
	});
});
