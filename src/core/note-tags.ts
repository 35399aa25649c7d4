// A note's tags read from its text, as Obsidian's metadata cache lists them, for `scan` (no cache there):
// front matter `tags` / `tag` (a list, a flow list or words) and inline `#tags` outside code.

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const TAGS_LINE = /^(?:tags|tag)[ \t]*:[ \t]*(.*)$/;
/** A tag runs over letters, digits, `_`, `-` and `/`, after the start of a line or white space. */
const INLINE_TAG = /(^|\s)#([\p{L}\p{N}_/-]+)/gu;
const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/;

/** Tags without '#', lower case, in the order found (repeats kept; callers only test membership). */
export function noteTextTags(text: string): string[] {
	const out: string[] = [];
	const fm = text.startsWith("---") || text.startsWith("\uFEFF---") ? FRONT_MATTER.exec(text) : null;
	if (fm) frontMatterTags(fm[1].split(/\r?\n/), out);
	let fence: string | null = null;
	for (const line of (fm ? text.slice(fm[0].length) : text).split(/\r?\n/)) {
		const f = FENCE.exec(line);
		if (fence !== null) {
			if (f && f[1][0] === fence[0] && f[1].length >= fence.length) fence = null;
			continue;
		}
		if (f) {
			fence = f[1];
			continue;
		}
		const prose = line.replace(/`+[^`]*`+/g, " ");
		for (const m of prose.matchAll(INLINE_TAG)) if (!/^[\d/_-]+$/.test(m[2])) out.push(m[2]);
	}
	return out.map((t) => t.toLowerCase());
}

/** Adds the front matter's `tags` / `tag` values to `out`. */
function frontMatterTags(lines: string[], out: string[]): void {
	for (let i = 0; i < lines.length; i++) {
		const m = TAGS_LINE.exec(lines[i]);
		if (!m) continue;
		const value = m[1].trim();
		const items = value.startsWith("[") && value.endsWith("]") ? value.slice(1, -1).split(",") : value ? value.split(/[,\s]+/) : [];
		for (let j = i + 1; !value && j < lines.length && /^\s*-\s/.test(lines[j]); j++) items.push(lines[j].replace(/^\s*-\s*/, ""));
		for (const item of items) {
			const tag = item.trim().replace(/^(["'])(.*)\1$/, "$2").replace(/^#/, "");
			if (tag) out.push(tag);
		}
	}
}
