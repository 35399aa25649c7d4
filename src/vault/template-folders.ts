// The vault's template folders, read from Obsidian's config folder: the core Templates plugin's
// templates.json and Templater's data.json. A template links the hub as a prep note does; its notes
// must stay out of the prep set. Missing or unreadable files mean no folder, never an error.
import type { DataAdapter } from "obsidian";
import { TEMPLATE_CONFIG_FILES, templateFoldersOf } from "../core/excluded-notes";

async function readJson(adapter: Pick<DataAdapter, "exists" | "read">, path: string): Promise<unknown> {
	try {
		if (!(await adapter.exists(path))) return null;
		return JSON.parse(await adapter.read(path)) as unknown;
	} catch {
		return null;
	}
}

export async function readTemplateFolders(adapter: Pick<DataAdapter, "exists" | "read">, configDir: string): Promise<string[]> {
	const core = await readJson(adapter, `${configDir}/${TEMPLATE_CONFIG_FILES.core}`);
	const templater = await readJson(adapter, `${configDir}/${TEMPLATE_CONFIG_FILES.templater}`);
	return templateFoldersOf(core, templater);
}
