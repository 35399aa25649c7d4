// The vault's own settings, as the plugin in Obsidian would use them: the plugin's data.json (hubs,
// depth, extra folders and tags, excluded and mock-log folders, labels), Obsidian's templates.json and Templater's folder. So
// `scan` and Obsidian agree on which notes are prep notes. A missing file is no problem; an unreadable
// one is a warning and the defaults.
import * as fs from "node:fs";
import * as path from "node:path";
import { TEMPLATE_CONFIG_FILES, templateFoldersOf } from "../core/excluded-notes";
import { readDataFile } from "../core/persist/data-file";
import { migrateSettings } from "../core/settings";
import type { Settings } from "../core/types";

/** A vault on disk, outside Obsidian: its config folder has the default name. */
export const CONFIG_DIR = ".obsidian";
export const PLUGIN_ID = "interview-prep";

export interface VaultSettings {
	/** The plugin's settings, or the defaults when the plugin was never set up in this vault. */
	settings: Settings;
	/** True when the vault has the plugin's data.json with settings in it. */
	fromVault: boolean;
	templateFolders: string[];
	/** Warnings: "<vault-relative path>: <what is wrong>". */
	problems: string[];
}

function readJson(folder: string, rel: string, problems: string[]): unknown {
	let text: string;
	try {
		text = fs.readFileSync(path.join(folder, rel), "utf8");
	} catch (err) {
		const code = err && typeof err === "object" && "code" in err ? String(err.code) : "";
		if (code !== "ENOENT" && code !== "ENOTDIR") problems.push(`${rel}: cannot read file (${code || String(err)}); using the defaults`);
		return null;
	}
	try {
		return JSON.parse(text.replace(/^\uFEFF/, "")) as unknown;
	} catch {
		problems.push(`${rel}: not valid JSON; using the defaults`);
		return null;
	}
}

export function readVaultSettings(folder: string): VaultSettings {
	const problems: string[] = [];
	const dataFile = `${CONFIG_DIR}/plugins/${PLUGIN_ID}/data.json`;
	const raw = readJson(folder, dataFile, problems);
	const stored = raw === null ? undefined : readDataFile(raw, "").settings;
	const templateFolders = templateFoldersOf(
		readJson(folder, `${CONFIG_DIR}/${TEMPLATE_CONFIG_FILES.core}`, problems),
		readJson(folder, `${CONFIG_DIR}/${TEMPLATE_CONFIG_FILES.templater}`, problems),
	);
	return { settings: migrateSettings(stored), fromVault: stored !== undefined, templateFolders, problems };
}
