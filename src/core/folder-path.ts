// A folder as a person types it in settings or on the command line → a vault-relative folder path,
// or the reason it cannot be one. Obsidian's normalizePath does not resolve "..": a folder that
// climbs out of the vault (`../../outside`) would have the plugin write outside it.

export type FolderCheck = { ok: true; folder: string } | { ok: false; reason: "outside" };

/** "/a\\b//c/" → "a/b/c"; "." segments dropped; any ".." segment or a drive letter leaves the vault. */
export function checkFolder(text: string): FolderCheck {
	const parts = text.trim().replace(/\\/g, "/").split("/").map((p) => p.trim());
	if (/^[A-Za-z]:$/.test(parts[0] ?? "") || text.trim().startsWith("~")) return { ok: false, reason: "outside" };
	const kept: string[] = [];
	for (const part of parts) {
		if (part === "" || part === ".") continue;
		if (part === "..") return { ok: false, reason: "outside" };
		kept.push(part);
	}
	return { ok: true, folder: kept.join("/").normalize("NFC") };
}

/** The folder, or null when it leaves the vault. */
export function vaultFolder(text: string): string | null {
	const check = checkFolder(text);
	return check.ok ? check.folder : null;
}
