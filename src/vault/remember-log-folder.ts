// The mock interview writes its log notes through this wrapper, which first remembers the folder in
// the settings (mockLogFolders): a log links every question's section, so to the hub, and must stay
// out of the prep set even after the person moves the mock folder elsewhere.
import type { MockLogVault } from "./mock-log-vault";
import type { PrepServices } from "../services";

function folderOf(path: string): string {
	const slash = path.lastIndexOf("/");
	return slash < 0 ? "" : path.slice(0, slash);
}

export function rememberLogFolder(vault: MockLogVault, services: Pick<PrepServices, "getSettings" | "updateSettings">): MockLogVault {
	return {
		...vault,
		create: async (path, text) => {
			const folder = folderOf(path);
			const known = services.getSettings().mockLogFolders;
			// Before the note exists, so the index never takes the log in, not even for a moment.
			if (folder !== "" && !known.includes(folder)) await services.updateSettings({ mockLogFolders: [...known, folder] });
			await vault.create(path, text);
		},
	};
}
