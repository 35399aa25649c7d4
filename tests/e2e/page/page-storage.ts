// The page's "disk": the vault's notes, the adapter's files and each plugin's data.json live in the
// page's localStorage, so a reload is an Obsidian restart that keeps everything written before it.
import type { App } from "../../fake-obsidian";

type FakeApp = App;

const KEY = "ip-e2e-disk";

interface Disk {
	/** Vault notes by path. */
	notes: Record<string, string>;
	/** Adapter files outside the note index (plugin folders, caches). */
	files: Record<string, { text: string; mtime: number; ctime: number }>;
	/** data.json of each plugin, by id. */
	pluginData: Record<string, unknown>;
	/** Leaves open in the right sidebar at the last unload. */
	layout: { type: string; state: Record<string, unknown> }[];
}

export function readDisk(): Disk | null {
	const raw = localStorage.getItem(KEY);
	if (!raw) return null;
	try {
		return JSON.parse(raw) as Disk;
	} catch {
		return null;
	}
}

export function wipeDisk(): void {
	localStorage.removeItem(KEY);
}

/** Counts writes so tests can wait for a debounced save to land. */
export const diskStats = { pluginDataWrites: 0, fileWrites: 0, noteWrites: 0 };

/**
 * Wraps the fake app's stores so each write also lands in localStorage. The fake stays one fake: this
 * only observes its maps and vault events, as a file system under Obsidian would.
 */
export function persistApp(app: FakeApp, layout: () => Disk["layout"]): { save(): void } {
	const disk: Disk = readDisk() ?? { notes: {}, files: {}, pluginData: {}, layout: [] };
	const save = (): void => {
		disk.layout = layout();
		localStorage.setItem(KEY, JSON.stringify(disk));
	};
	const data = app.pluginData;
	const setData = data.set.bind(data);
	data.set = (id: string, value: unknown) => {
		setData(id, value);
		disk.pluginData[id] = value;
		diskStats.pluginDataWrites++;
		save();
		return data;
	};
	const files = app.vault.adapter.files;
	const setFile = files.set.bind(files);
	const deleteFile = files.delete.bind(files);
	files.set = (path, value) => {
		setFile(path, value);
		disk.files[path] = value;
		diskStats.fileWrites++;
		save();
		return files;
	};
	files.delete = (path) => {
		const had = deleteFile(path);
		delete disk.files[path];
		save();
		return had;
	};
	const noteChanged = async (path: string): Promise<void> => {
		const file = app.vault.getFileByPath(path);
		if (file) disk.notes[path] = await app.vault.read(file);
		else delete disk.notes[path];
		diskStats.noteWrites++;
		save();
	};
	// Typed loosely: the fake's event signatures follow the real Vault's overloads.
	const events = app.vault as unknown as { on(name: string, cb: (file: { path: string }, oldPath?: string) => unknown): unknown };
	events.on("create", (f) => void noteChanged(f.path));
	events.on("modify", (f) => void noteChanged(f.path));
	events.on("delete", (f) => void noteChanged(f.path));
	events.on("rename", (f, oldPath) => {
		if (oldPath) delete disk.notes[oldPath];
		void noteChanged(f.path);
	});
	return { save };
}

/** Fills the fake app from the disk (after a reload) or from the vault the server hands out (first start). */
const PLUGIN_DATA = /^\.obsidian\/plugins\/([^/]+)\/data\.json$/;

/** The vault as served: notes, and config files under `.obsidian/` (plugin data.json, templates.json). */
function splitVault(vault: Record<string, string>): Pick<Disk, "notes" | "files" | "pluginData"> {
	const out: Pick<Disk, "notes" | "files" | "pluginData"> = { notes: {}, files: {}, pluginData: {} };
	for (const [path, text] of Object.entries(vault)) {
		const data = PLUGIN_DATA.exec(path);
		if (data) out.pluginData[data[1]] = JSON.parse(text) as unknown;
		else if (path.startsWith(".obsidian/")) out.files[path] = { text, mtime: 0, ctime: 0 };
		else out.notes[path] = text;
	}
	return out;
}

export function restoreApp(app: FakeApp, served: Record<string, string>): { layout: Disk["layout"]; notes: Record<string, string> } {
	const initial = splitVault(served);
	// First start: the vault as served (its notes and its config); later starts: what was written since.
	const disk = readDisk() ?? { ...initial, layout: [] };
	if (!readDisk()) localStorage.setItem(KEY, JSON.stringify(disk satisfies Disk));
	const notes = Object.keys(disk.notes).length > 0 ? disk.notes : initial.notes;
	const vault = app.vault as unknown as { seed(path: string, text: string): unknown };
	for (const [path, text] of Object.entries(notes)) vault.seed(path, text);
	const adapter = app.vault.adapter as unknown as { files: Map<string, Disk["files"][string]>; folders: Set<string> };
	for (const [path, f] of Object.entries(disk.files)) {
		adapter.files.set(path, f);
		const parts = path.split("/");
		for (let i = 1; i < parts.length; i++) adapter.folders.add(parts.slice(0, i).join("/"));
	}
	for (const [id, d] of Object.entries(disk.pluginData)) app.pluginData.set(id, d);
	return { layout: disk.layout, notes };
}

export type { FakeApp, Disk };
