// The narrow part of the vault the mock interview needs to write its log note.
import { normalizePath, TFile, type Vault } from "obsidian";

export interface MockLogVault {
	exists(path: string): boolean;
	/** A note's text, or null when there is no such note. */
	read(path: string): Promise<string | null>;
	/** Creates a new note (fails if one exists: never overwrites). */
	create(path: string, text: string): Promise<void>;
	/** Creates the folder (and its parents) when missing. */
	ensureFolder(path: string): Promise<void>;
}

export function mockLogVault(vault: Vault): MockLogVault {
	return {
		exists: (path) => vault.getAbstractFileByPath(normalizePath(path)) !== null,
		read: async (path) => {
			const file = vault.getAbstractFileByPath(normalizePath(path));
			return file instanceof TFile ? vault.cachedRead(file) : null;
		},
		create: async (path, text) => {
			await vault.create(normalizePath(path), text);
		},
		ensureFolder: async (path) => {
			if (path === "" || vault.getAbstractFileByPath(normalizePath(path)) !== null) return;
			await vault.createFolder(normalizePath(path));
		},
	};
}
