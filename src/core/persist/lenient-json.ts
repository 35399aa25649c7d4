// Reading JSON that may be cut short (closed mid-save) or damaged: parse it whole if possible,
// else close a truncated text at its last complete value, else give up and let the caller salvage.

export interface LenientJson {
	value: unknown;
	/** "ok": parsed as is; "repaired": truncated and closed; "failed": not JSON at all. */
	status: "ok" | "repaired" | "failed";
}

export function parseLenientJson(text: string): LenientJson {
	const clean = text.replace(/^\uFEFF/, "");
	if (clean.trim() === "") return { value: undefined, status: "ok" };
	try {
		return { value: JSON.parse(clean) as unknown, status: "ok" };
	} catch {
		// fall through
	}
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
 * a bracket) and close the open brackets. Null when there is no such point.
 */
export function closeTruncated(text: string): string | null {
	const stack: string[] = [];
	let inString = false;
	let escaped = false;
	let safeAt = -1;
	let safeClosers = "";
	const closers = () => stack.slice().reverse().map((c) => (c === "{" ? "}" : "]")).join("");
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
			safeClosers = closers();
		} else if (ch === "}" || ch === "]") {
			if (stack.length === 0) break;
			stack.pop();
			safeAt = i + 1;
			safeClosers = closers();
			if (stack.length === 0) break;
		} else if (ch === "," && stack.length > 0) {
			safeAt = i;
			safeClosers = closers();
		}
	}
	if (safeAt < 0) return null;
	return text.slice(0, safeAt) + safeClosers;
}
