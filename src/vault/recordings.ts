// The recordings folder of the vault: save a recording (Vault.createBinary), give a URL the <audio>
// element plays (Vault.getResourcePath), and move the oldest recordings of a question to the trash
// (FileManager.trashFile, so the person's trash settings apply).
import { normalizePath, TFile, TFolder, type App } from "obsidian";
import { recordingsToRemove } from "../core/speech/recording-files";

export interface RecordingVault {
	/** Writes a new file, making the folder when missing; returns the path written (a free one). */
	save(path: string, data: ArrayBuffer): Promise<string>;
	/** A URL the page can play the file from, or null when there is no such file. */
	resourceUrl(path: string): string | null;
	/** Moves the recordings of `qid` in `folder` beyond the newest `keep` to the trash; returns their paths. */
	prune(folder: string, qid: string, keep: number): Promise<string[]>;
}

export function recordingVault(app: App): RecordingVault {
	const { vault, fileManager } = app;
	const ensureFolder = async (folder: string): Promise<void> => {
		if (folder === "" || vault.getAbstractFileByPath(folder) instanceof TFolder) return;
		try {
			await vault.createFolder(folder);
		} catch (err) {
			// Made meanwhile (two saves at once) is fine; anything else is the save's error.
			if (!(vault.getAbstractFileByPath(folder) instanceof TFolder)) throw err;
		}
	};
	return {
		save: async (path, data) => {
			const wanted = normalizePath(path);
			const slash = wanted.lastIndexOf("/");
			await ensureFolder(slash < 0 ? "" : wanted.slice(0, slash));
			const dot = wanted.lastIndexOf(".");
			let free = wanted;
			for (let n = 2; vault.getAbstractFileByPath(free) !== null; n++) free = `${wanted.slice(0, dot)} ${n}${wanted.slice(dot)}`;
			await vault.createBinary(free, data);
			return free;
		},
		resourceUrl: (path) => {
			const file = vault.getAbstractFileByPath(normalizePath(path));
			return file instanceof TFile ? vault.getResourcePath(file) : null;
		},
		prune: async (folder, qid, keep) => {
			const dir = vault.getAbstractFileByPath(normalizePath(folder));
			if (!(dir instanceof TFolder)) return [];
			const files = dir.children.filter((c): c is TFile => c instanceof TFile);
			const gone = recordingsToRemove(
				files.map((f) => f.path),
				qid,
				keep,
			);
			for (const path of gone) {
				const file = vault.getAbstractFileByPath(path);
				if (file) await fileManager.trashFile(file);
			}
			return gone;
		},
	};
}
