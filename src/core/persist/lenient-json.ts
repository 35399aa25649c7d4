// Reading JSON that may be cut short (closed mid-save) or damaged: parse it whole if possible,
// else close a truncated text at its last complete value, else give up and let the caller salvage.

export interface LenientJson {
	value: unknown;
	/** "ok": parsed as is; "repaired": truncated and closed; "failed": not JSON at all. */
	status: "ok" | "repaired" | "failed";
}

/**
 * Damaged text longer than this is not repaired or salvaged: the caller keeps a verbatim copy and
 * says so. Real data files are a few megabytes (about 50 bytes a grading); repair is linear, but
 * a start-up should not spend seconds picking through hundreds of megabytes of garbage.
 */
export const MAX_REPAIR_CHARS = 32 * 1024 * 1024;

/**
 * The files this plugin writes nest a few levels. Deeper text is damage: it is not handed to
 * JSON.parse, which spends about a microsecond a level on it (32 MB of `[` took half a minute).
 */
export const MAX_JSON_DEPTH = 64;

export function parseLenientJson(text: string): LenientJson {
	const clean = text.replace(/^\uFEFF/, "");
	if (clean.trim() === "") return { value: undefined, status: "ok" };
	if (nestingDepth(clean) > MAX_JSON_DEPTH) return { value: undefined, status: "failed" };
	try {
		return { value: JSON.parse(clean) as unknown, status: "ok" };
	} catch {
		// fall through
	}
	if (clean.length > MAX_REPAIR_CHARS) return { value: undefined, status: "failed" };
	const closed = closeTruncated(clean);
	if (closed !== null) {
		try {
			return { value: JSON.parse(closed) as unknown, status: "repaired" };
		} catch {
			// fall through
		}
	}
	return { value: undefined, status: "failed" };
}

/**
 * Cut the text at its last point where every value so far is complete (before a comma, or after
 * a bracket) and close the open brackets. Null when there is no such point. One pass: the
 * closers are built once at the end (every bracket makes a safe point, so what is open at the last
 * safe point is the stack up to its depth there), not copied at every comma.
 */
export function closeTruncated(text: string): string | null {
	const stack: string[] = [];
	let inString = false;
	let escaped = false;
	let safeAt = -1;
	let safeDepth = 0;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (inString) {
			if (escaped) escaped = false;
			else if (ch === "\\") escaped = true;
			else if (ch === '"') inString = false;
			continue;
		}
		if (ch === '"') inString = true;
		else if (ch === "{" || ch === "[") {
			stack.push(ch);
			safeAt = i + 1;
			safeDepth = stack.length;
		} else if (ch === "}" || ch === "]") {
			if (stack.length === 0) break;
			stack.pop();
			safeAt = i + 1;
			safeDepth = stack.length;
			if (stack.length === 0) break;
		} else if (ch === "," && stack.length > 0) {
			safeAt = i;
			safeDepth = stack.length;
		}
	}
	if (safeAt < 0) return null;
	let closers = "";
	for (let d = safeDepth - 1; d >= 0; d--) closers += stack[d] === "{" ? "}" : "]";
	return text.slice(0, safeAt) + closers;
}

/** Deepest nesting of brackets outside strings, in one pass (string bodies are skipped with indexOf). */
export function nestingDepth(text: string): number {
	let depth = 0;
	let max = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 0x22) {
			// Jump to the closing quote: the next one not escaped by an odd run of backslashes.
			for (;;) {
				const q = text.indexOf('"', i + 1);
				if (q < 0) return max;
				let b = q - 1;
				while (text.charCodeAt(b) === 0x5c) b--;
				i = q;
				if ((q - 1 - b) % 2 === 0) break;
			}
		} else if (c === 0x5b || c === 0x7b) {
			if (++depth > max) max = depth;
		} else if (c === 0x5d || c === 0x7d) depth--;
	}
	return max;
}
