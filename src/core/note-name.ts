// A note's name as people see it in Obsidian: the file name without its folder and `.md`.

export function noteName(path: string): string {
	return path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/i, "");
}
