// A list in an answer whose items tell different parts of the story ("- 当时… - 我负责… - 最终…")
// is placed item by item; any other list stays one block.

const ITEM = /^(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[.\][ \t]+)?(.*)$/;

/** The items' text (markers off) of a flat list, one line per item; null for anything else. */
export function flatListItems(block: string): string[] | null {
	const items: string[] = [];
	for (const line of block.split("\n")) {
		const m = ITEM.exec(line);
		if (!m || m[1].trim() === "") return null;
		items.push(m[1].trim());
	}
	return items.length >= 2 ? items : null;
}
