// What `npm run demo` does to a vault, apart from building: copy the plugin's files in and turn it on.
// The plugin's settings (data.json) are never written here: the demo vault ships its own (the hub is
// set), and a vault named with VAULT=… keeps whatever settings it has.
import * as fs from "node:fs";
import * as path from "node:path";

/** A vault on disk, outside Obsidian: its config folder has the default name. */
export const CONFIG_DIR = ".obsidian";
export const PLUGIN_FILES = ["main.js", "manifest.json", "styles.css"] as const;

function readJson(file: string): unknown {
	try {
		return JSON.parse(fs.readFileSync(file, "utf8"));
	} catch {
		return null;
	}
}

/** Copies the built plugin from `root` into `vault` and enables it; returns the plugin folder. */
export function installPlugin(root: string, vault: string): { id: string; pluginDir: string } {
	const manifest = readJson(path.join(root, "manifest.json")) as { id?: string } | null;
	const id = manifest?.id ?? "interview-prep";
	const pluginDir = path.join(vault, CONFIG_DIR, "plugins", id);
	fs.mkdirSync(pluginDir, { recursive: true });
	for (const file of PLUGIN_FILES) fs.copyFileSync(path.join(root, file), path.join(pluginDir, file));

	const listFile = path.join(vault, CONFIG_DIR, "community-plugins.json");
	const list = readJson(listFile);
	const enabled = Array.isArray(list) ? list.filter((x): x is string => typeof x === "string") : [];
	if (!enabled.includes(id)) {
		enabled.push(id);
		fs.writeFileSync(listFile, JSON.stringify(enabled, null, 2) + "\n");
	}
	return { id, pluginDir };
}
