import { beforeEach, describe, expect, it } from "vitest";
import { ReviewStore } from "../../src/core/review/review-store";
import { ReviewFiles } from "../../src/vault/review-files";
import { writeDataFile } from "../../src/core/persist/data-file";
import { MAX_REPAIR_CHARS } from "../../src/core/persist/lenient-json";
import { DATA, hostFor, ManualTimers, MemDisk, PLUGIN_DIR } from "./review-disk";

const T0 = new Date("2025-03-10T09:00:00").getTime();
const MIN = 60_000;
let now = T0;
const settings = { hubs: ["面试-面试官角度准备"] };

function open(disk: MemDisk, device = "devA", timers = new ManualTimers()) {
	const store = new ReviewStore({ device });
	const files = new ReviewFiles(hostFor(disk), { device, store, getSettings: () => settings, now: () => now, timers });
	return { store, files, timers };
}

async function settle(): Promise<void> {
	for (let i = 0; i < 20; i++) await Promise.resolve();
}

beforeEach(() => {
	now = T0;
});

describe("ReviewFiles", () => {
	it("a reload shows the same cards; data.json holds settings and this device's key only", async () => {
		const disk = new MemDisk();
		const a = open(disk);
		await a.files.load();
		a.store.grade("q1", 3, 30, now);
		a.store.grade("q2", 1, 12, now + MIN);
		a.files.requestSave();
		await a.files.unload();

		const data = JSON.parse(disk.text(DATA) ?? "{}") as Record<string, unknown>;
		expect(Object.keys(data).sort()).toEqual(["log:devA", "schema", "settings"]);
		expect(disk.names("reviews")).toContain("devA.json");

		const b = open(disk);
		const report = await b.files.load();
		expect(report.notice).toBeNull();
		expect(report.settings).toEqual(settings);
		expect(b.store.cards()).toEqual(a.store.cards());
	});

	it("saving is debounced: many changes, one save when the timer fires", async () => {
		const disk = new MemDisk();
		const a = open(disk);
		await a.files.load();
		for (let i = 0; i < 5; i++) {
			a.store.grade(`q${i}`, 3, 0, now + i * MIN);
			a.files.requestSave();
		}
		expect(disk.text(DATA)).toBeUndefined();
		expect(a.timers.pending.size).toBe(1);
		a.timers.runAll();
		await settle();
		const data = JSON.parse(disk.text(DATA) ?? "{}") as { "log:devA": { ev: unknown[] } };
		expect(data["log:devA"].ev).toHaveLength(5);
	});

	it("a damaged data.json: a verbatim copy is kept, reviews come back from the device's own file, one notice", async () => {
		const disk = new MemDisk();
		const a = open(disk);
		await a.files.load();
		a.store.grade("q1", 3, 0, now);
		a.store.grade("q2", 3, 0, now + MIN);
		a.files.requestSave();
		await a.files.flush();
		const broken = "{\u0000 not json at all";
		await disk.write(DATA, broken);

		now += 60 * MIN;
		const b = open(disk);
		const report = await b.files.load();
		expect(report.notice?.kind).toBe("recovered");
		expect(report.notice?.backup).toMatch(/backups\/unreadable-20250310-100000\.json$/);
		expect(disk.text(report.notice?.backup ?? "")).toBe(broken);
		expect(b.store.reviewsOf("q1")).toHaveLength(1);
		expect(b.store.reviewsOf("q2")).toHaveLength(1);
		await b.files.flush();

		// Repaired on disk: the next start is quiet.
		const c = open(disk);
		expect((await c.files.load()).notice).toBeNull();
		expect(c.store.cards()).toEqual(a.store.cards());
	});

	it("a data.json cut short mid-save keeps what was written before the cut", async () => {
		const disk = new MemDisk();
		const store = new ReviewStore({ device: "devA" });
		for (let i = 0; i < 10; i++) store.grade(`q${i}`, 3, 0, now + i * MIN);
		const full = JSON.stringify(writeDataFile(settings, store.ownLog()));
		await disk.write(DATA, full.slice(0, full.indexOf('"r,8,')));
		const b = open(disk);
		const report = await b.files.load();
		expect(report.notice?.kind).toBe("recovered");
		expect(b.store.allEvents().map((e) => e.uid)).toEqual(Array.from({ length: 8 }, (_, i) => `devA:${i}`));
		expect(report.settings).toEqual(settings);
	});

	it("a data.json from a newer version is copied aside and read as far as understood", async () => {
		const disk = new MemDisk();
		const store = new ReviewStore({ device: "devA" });
		store.grade("q1", 3, 0, now);
		const newer = JSON.stringify({ ...writeDataFile(settings, store.ownLog()), schema: 7, shiny: true });
		await disk.write(DATA, newer);
		const b = open(disk);
		const report = await b.files.load();
		expect(report.notice?.kind).toBe("newer-version");
		expect(disk.text(report.notice?.backup ?? "")).toBe(newer);
		expect(b.store.reviewsOf("q1")).toHaveLength(1);
	});

	it("before migrating an old data.json a copy is kept, without bothering the person", async () => {
		const disk = new MemDisk();
		const old = JSON.stringify({ hubs: ["hub"], newPerDay: 5 });
		await disk.write(DATA, old);
		const b = open(disk);
		const report = await b.files.load();
		expect(report.notice).toBeNull();
		expect(report.settings).toEqual({ hubs: ["hub"], newPerDay: 5 });
		const copies = disk.names("backups");
		expect(copies).toHaveLength(1);
		expect(copies[0]).toMatch(/^before-migration-/);
		expect(disk.text(`${PLUGIN_DIR}/backups/${copies[0]}`)).toBe(old);
	});

	it("another device's key merged into data.json by Obsidian Sync is absorbed, cached, and removed from data.json", async () => {
		const disk = new MemDisk();
		const other = new ReviewStore({ device: "devB" });
		other.grade("q1", 1, 0, now);
		const mine = new ReviewStore({ device: "devA" });
		mine.grade("q2", 3, 0, now);
		await disk.write(DATA, JSON.stringify({ ...writeDataFile({}, other.ownLog()), ...writeDataFile(settings, mine.ownLog()) }));

		const a = open(disk);
		await a.files.load();
		expect(a.store.reviewsOf("q1")).toHaveLength(1);
		await a.files.flush();
		expect(Object.keys(JSON.parse(disk.text(DATA) ?? "{}") as object)).not.toContain("log:devB");
		expect(disk.names("reviews")).toEqual(["cache-devA.json", "devA.json"]);

		// After a restart, before any new sync: devB's review is still known.
		const again = open(disk);
		await again.files.load();
		expect(again.store.reviewsOf("q1")).toHaveLength(1);
	});

	it("a crash between removing the old file and moving the new one in loses nothing", async () => {
		const disk = new MemDisk();
		const a = open(disk);
		await a.files.load();
		a.store.grade("q1", 3, 0, now);
		a.files.requestSave();
		await a.files.flush();
		a.store.grade("q2", 3, 0, now + MIN);
		a.files.requestSave();
		disk.failNext = "rename";
		await expect(a.files.flush()).rejects.toThrow(/crash/);
		// data.json was written but is then lost too (say, replaced by a sync).
		disk.files.delete(DATA);
		expect(disk.names("reviews")).toEqual(["devA.json.tmp"]);
		const b = open(disk);
		await b.files.load();
		expect(b.store.reviewsOf("q2")).toHaveLength(1);
		expect(b.store.reviewsOf("q1")).toHaveLength(1);
	});

	it("takes a backup regularly while reviewing and keeps few", async () => {
		const disk = new MemDisk();
		const a = open(disk);
		await a.files.load();
		for (let i = 0; i < 40; i++) {
			now = T0 + i * 45 * MIN;
			a.store.grade(`q${i % 5}`, 3, 0, now);
			a.files.requestSave();
			await a.files.flush();
		}
		const backups = disk.names("backups");
		expect(backups.length).toBeGreaterThan(2);
		expect(backups.length).toBeLessThanOrEqual(16);
		expect(backups.every((n) => n.startsWith("auto-"))).toBe(true);
		// A backup restores by being copied into reviews/: it holds every review.
		const newest = backups[backups.length - 1];
		await disk.write(`${PLUGIN_DIR}/reviews/restored.json`, disk.text(`${PLUGIN_DIR}/backups/${newest}`) ?? "");
		disk.files.delete(DATA);
		disk.files.delete(`${PLUGIN_DIR}/reviews/devA.json`);
		const b = open(disk);
		await b.files.load();
		expect(b.store.allEvents().length).toBeGreaterThanOrEqual(39);
	});

	it("files that cannot be read at start-up are not written over, and the person is told", async () => {
		const disk = new MemDisk();
		const before = open(disk);
		await before.files.load();
		before.store.grade("q1", 3, 0, now);
		before.files.requestSave();
		await before.files.flush();
		const saved = { data: disk.text(DATA), own: disk.text(`${PLUGIN_DIR}/reviews/devA.json`) };

		const realRead = disk.read.bind(disk);
		disk.read = () => Promise.reject(new Error("EIO"));
		const host = hostFor(disk);
		host.loadData = () => Promise.reject(new Error("EIO"));
		const store = new ReviewStore({ device: "devA" });
		const files = new ReviewFiles(host, { device: "devA", store, getSettings: () => settings, now: () => now, timers: new ManualTimers() });
		const report = await files.load();
		expect(report.notice?.kind).toBe("recovered");
		store.grade("q2", 3, 0, now + MIN);
		files.requestSave();
		await files.flush();
		expect(disk.text(DATA)).toBe(saved.data);
		expect(disk.text(`${PLUGIN_DIR}/reviews/devA.json`)).toBe(saved.own);

		// Readable again: a reload unions both, and saving resumes.
		disk.read = realRead;
		await files.reload();
		await files.flush();
		const after = open(disk);
		await after.files.load();
		expect(after.store.reviewsOf("q1")).toHaveLength(1);
		expect(after.store.reviewsOf("q2")).toHaveLength(1);
	});

	it("a damaged data.json past the size worth repairing: the plugin starts, says so once and keeps the file verbatim", async () => {
		const disk = new MemDisk();
		const a = open(disk);
		await a.files.load();
		a.store.grade("q1", 3, 30, now);
		a.files.requestSave();
		await a.files.unload();
		const damaged = `${disk.text(DATA)?.slice(0, -2) ?? ""},"junk":${"[".repeat(MAX_REPAIR_CHARS)}`;
		await disk.write(DATA, damaged);

		const b = open(disk);
		const report = await b.files.load();
		expect(report.notice?.kind).toBe("recovered");
		expect(report.notice?.problems.join(" ")).toMatch(/too big/);
		expect(disk.text(report.notice?.backup ?? "")).toBe(damaged);
		// The review made before is still read from the device's own review file.
		expect(b.store.reviewsOf("q1")).toHaveLength(1);
	});
});
