// extractWikilinks as first written (each line read whole, its visible text built character by
// character), kept to check the stepped scan against: same text, same links.

const LINK = /\[\[([^[\]\n]+?)\]\]/g;
const FENCE = /^[ \t]*(?:>[ \t]?)*[ \t]*(`{3,}|~{3,})(.*)$/;

interface ScanState {
	/** Open fence marker ("```", "~~~~") or "" outside a fence. */
	fence: string;
	/** Inside a %% comment %% that spans lines. */
	percent: boolean;
	/** Inside an <!-- html comment --> that spans lines. */
	html: boolean;
}

/** Link targets, line by line. */
export function referenceWikilinks(text: string): string[] {
	const out: string[] = [];
	const state: ScanState = { fence: "", percent: false, html: false };
	for (const line of text.split("\n")) scanLine(line, state, out);
	return out;
}

function scanLine(line: string, state: ScanState, out: string[]): void {
	if (state.fence) {
		const m = FENCE.exec(line);
		if (m && m[1][0] === state.fence[0] && m[1].length >= state.fence.length && m[2].trim() === "") state.fence = "";
		return;
	}
	if (!state.percent && !state.html) {
		// Cheap exits first: most lines hold no link and open nothing.
		const m = line.includes("`") || line.includes("~") ? FENCE.exec(line) : null;
		if (m && !(m[1][0] === "`" && m[2].includes("`"))) {
			state.fence = m[1];
			return;
		}
		if (!line.includes("[[") && !line.includes("%%") && !line.includes("<!--")) return;
	}
	const visible = visibleText(line, state);
	if (!visible.includes("[[")) return;
	LINK.lastIndex = 0;
	let m: RegExpExecArray | null;
	while ((m = LINK.exec(visible)) !== null) {
		const target = linkTarget(m[1]);
		if (target) out.push(target);
	}
}

/** The line with code spans and comments blanked out; updates the multi-line comment state. */
function visibleText(line: string, state: ScanState): string {
	let out = "";
	let i = 0;
	const n = line.length;
	while (i < n) {
		if (state.percent) {
			const close = line.indexOf("%%", i);
			if (close < 0) return out;
			state.percent = false;
			out += " ";
			i = close + 2;
			continue;
		}
		if (state.html) {
			const close = line.indexOf("-->", i);
			if (close < 0) return out;
			state.html = false;
			out += " ";
			i = close + 3;
			continue;
		}
		const ch = line[i];
		if (ch === "%" && line[i + 1] === "%") {
			state.percent = true;
			i += 2;
			continue;
		}
		if (ch === "<" && line.startsWith("<!--", i)) {
			state.html = true;
			i += 4;
			continue;
		}
		if (ch === "`") {
			let run = 1;
			while (line[i + run] === "`") run++;
			const ticks = "`".repeat(run);
			let close = line.indexOf(ticks, i + run);
			// A closing run must be exactly as long as the opening one.
			while (close >= 0 && line[close + run] === "`") {
				let skip = close;
				while (line[skip] === "`") skip++;
				close = line.indexOf(ticks, skip);
			}
			if (close < 0) {
				out += ticks;
				i += run;
				continue;
			}
			out += " ";
			i = close + run;
			continue;
		}
		out += ch;
		i++;
	}
	return out;
}

/** "hub#heading|alias" → "hub"; "" for a link to a heading of the same note. */
function linkTarget(inner: string): string {
	let t = inner;
	const pipe = t.indexOf("|");
	if (pipe >= 0) t = t.slice(0, pipe);
	const hash = t.indexOf("#");
	if (hash >= 0) t = t.slice(0, hash);
	// In tables the pipe is escaped: [[hub\|alias]].
	if (t.endsWith("\\")) t = t.slice(0, -1);
	return t.trim();
}
