// Fakes of `TAbstractFile`, `TFile` and `TFolder` (https://docs.obsidian.md/Reference/TypeScript+API/TFile).
// Their fields carry the real types, so a fake file is a real one structurally and the reverse.
import type * as Real from "obsidian";

/** Imitates `TAbstractFile`: path, name, parent, vault. */
export abstract class TAbstractFile implements Real.TAbstractFile {
	vault: Real.Vault;
	path = "";
	name = "";
	parent: Real.TFolder | null = null;
	constructor(vault: unknown, path: string, parent: Real.TFolder | null) {
		this.vault = vault as Real.Vault;
		movePath(this, path, parent);
	}
}

/** Imitates `TFile`: stat, basename, extension. */
export class TFile extends TAbstractFile implements Real.TFile {
	stat: Real.FileStats;
	basename = "";
	extension = "";
	constructor(vault: unknown, path: string, parent: Real.TFolder | null, stat: Real.FileStats) {
		super(vault, path, parent);
		this.stat = stat;
		movePath(this, path, parent);
	}
}

/** Imitates `TFolder`: children and isRoot(). */
export class TFolder extends TAbstractFile implements Real.TFolder {
	children: Real.TAbstractFile[] = [];
	isRoot(): boolean {
		return this.path === "/";
	}
}

/** Sets path, name (and basename/extension of a file) as a rename does. */
export function movePath(file: Real.TAbstractFile, path: string, parent: Real.TFolder | null): void {
	file.path = path;
	file.name = path.split("/").pop() ?? path;
	file.parent = parent;
	if (file instanceof TFile) {
		const dot = file.name.lastIndexOf(".");
		file.basename = dot > 0 ? file.name.slice(0, dot) : file.name;
		file.extension = dot > 0 ? file.name.slice(dot + 1) : "";
	}
}
