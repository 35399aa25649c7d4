// Command "Export questions for Anki (TSV)": writes a new .tsv file through the Vault API into the
// plugin's own output folder (the mock-log folder), never over an existing file, and says where.
import { Notice, type Plugin } from "obsidian";
import { ankiTsv } from "../core/export/anki-tsv";
import { normalizeFolder } from "../core/mock/log-note";
import { t } from "../core/i18n";
import { minuteStamp } from "../core/time-stamp";
import type { PrepServices } from "../services";
import type { MockLogVault } from "../vault/mock-log-vault";

export const EXPORT_ANKI_COMMAND = "export-anki";

/** `<folder>/Anki export yyyy-MM-dd HH.mm.tsv`, with " 2", " 3" … until the name is free. */
export function exportPath(folder: string, now: number, exists: (path: string) => boolean): string {
	const dir = normalizeFolder(folder);
	const at = (name: string) => (dir ? `${dir}/${name}.tsv` : `${name}.tsv`);
	const base = `Anki export ${minuteStamp(now, ".")}`;
	let path = at(base);
	for (let n = 2; exists(path); n++) path = at(`${base} ${n}`);
	return path;
}

/** Writes the export and returns its path and size, or null when there is nothing to export. */
export async function exportAnki(services: PrepServices, vault: MockLogVault, vaultName: string): Promise<{ path: string; count: number } | null> {
	const { text, count } = ankiTsv(services.getIndex(), { lang: services.lang(), vaultName });
	if (count === 0) return null;
	const folder = normalizeFolder(services.getSettings().mockFolder);
	await vault.ensureFolder(folder);
	const path = exportPath(folder, services.now(), (p) => vault.exists(p));
	await vault.create(path, text);
	return { path, count };
}

export function registerExportCommand(plugin: Plugin, services: PrepServices, vault: MockLogVault): void {
	plugin.addCommand({
		id: EXPORT_ANKI_COMMAND,
		name: t(services.lang(), "export.command"),
		callback: () => {
			const lang = services.lang();
			exportAnki(services, vault, plugin.app.vault.getName()).then(
				(done) => new Notice(done ? t(lang, "export.done", { n: done.count, path: done.path }) : t(lang, "export.none")),
				(e: unknown) => new Notice(t(lang, "export.failed", { error: e instanceof Error ? e.message : String(e) })),
			);
		},
	});
}
