// The folders mock logs were once written to (mockLogFolders): remembered so the logs, which link every
// question's section, stay out of the prep set after the log folder setting changes. Listed under that
// setting with a remove button each, so a folder no longer used for logs can count again.
import type { SettingDefinitionItem } from "obsidian";
import { t } from "../core/i18n";
import type { Lang, Settings } from "../core/types";

export interface MockLogFoldersHost {
	lang: Lang;
	getSettings(): Settings;
	apply(patch: Partial<Settings>, redraw?: boolean): Promise<void>;
}

/** The list of remembered folders; not shown while there is none. */
export function mockLogFolders<K extends string>(host: MockLogFoldersHost): SettingDefinitionItem<K> {
	const { lang } = host;
	const folders = host.getSettings().mockLogFolders;
	return {
		type: "list",
		heading: t(lang, "mockLogFolders.heading"),
		cls: "interview-prep-mock-log-folders",
		visible: folders.length > 0,
		items: folders.map((folder) => ({ name: folder, searchable: false, desc: t(lang, "mockLogFolders.desc") })),
		onDelete: (index) => {
			const folder = folders[index];
			if (folder !== undefined) void host.apply({ mockLogFolders: host.getSettings().mockLogFolders.filter((f) => f !== folder) }, true);
		},
	};
}
