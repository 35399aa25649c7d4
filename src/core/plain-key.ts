// A question's key from its plain text (markup, numbering and trailing note gone, NFKC, lower case): its
// words and CJK runs without small words, Latin words apart by one space. Read in one pass, each
// character classed once by the patterns that first defined the key (kept for the rare text they decide).

const SMALL_CJK = /[你您的了呢吗嘛吧请是啊呀]/g;
const SMALL_EN = new Set([
	"the", "a", "an", "you", "your", "yours", "me", "my", "i", "is", "are", "was", "were", "do", "does", "did",
	"to", "of", "in", "on", "for", "and", "or", "please", "can", "could", "would", "will", "that", "this", "be",
]);

/**
 * Each UTF-16 code unit's class as the key's patterns see it, asked of those patterns once per code unit:
 * 0 neither letter nor number, 1 a letter or number of another script, 2 of Han, kana or Hangul; -1 not asked yet.
 */
const unitClass = new Int8Array(0x10000).fill(-1);
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
const CJK_UNIT = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]$/u;
/** The small CJK words' codes (as SMALL_CJK matches them: each is one code unit). */
const SMALL_CJK_CODES = new Set([..."你您的了呢吗嘛吧请是啊呀"].map((c) => c.charCodeAt(0)));

function classOf(c: number): number {
	let k = unitClass[c];
	if (k < 0) {
		const ch = String.fromCharCode(c);
		k = !LETTER_OR_NUMBER.test(ch) ? 0 : CJK_UNIT.test(ch) ? 2 : 1;
		unitClass[c] = k;
	}
	return k;
}

const isLatinWordEnd = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/**
 * keyByPatterns in one pass over the text, each character classed once (the patterns cost tens of
 * microseconds a question; a cold start keys every question). Null when the text holds a surrogate
 * (a character beyond the first plane): then the patterns decide.
 */
function keyOfPlain(plain: string): string | null {
	let key = "";
	for (let i = 0; i < plain.length; ) {
		const c = plain.charCodeAt(i);
		if (c >= 0xd800 && c <= 0xdfff) return null;
		const k = classOf(c);
		if (k === 0) {
			i++;
			continue;
		}
		// A run of one class within a run of letters and numbers: one piece.
		let end = i + 1;
		while (end < plain.length) {
			const d = plain.charCodeAt(end);
			if ((d >= 0xd800 && d <= 0xdfff) || classOf(d) !== k) break;
			end++;
		}
		let unit = "";
		if (k === 2) {
			// The run cut around its small words (most runs have none: then the run itself, one slice).
			let from = i;
			for (let j = i; j < end; j++) {
				if (!SMALL_CJK_CODES.has(plain.charCodeAt(j))) continue;
				if (j > from) unit += plain.slice(from, j);
				from = j + 1;
			}
			if (from < end) unit = from === i ? plain.slice(i, end) : unit + plain.slice(from, end);
		} else {
			const piece = plain.slice(i, end);
			if (!SMALL_EN.has(piece)) unit = piece;
		}
		if (unit) {
			// A space only between two Latin words.
			if (key && isLatinWordEnd(key.charCodeAt(key.length - 1)) && isLatinWordEnd(unit.charCodeAt(0))) key += " ";
			key += unit;
		}
		i = end;
	}
	// Only small words: the patterns' fallback (the letter-and-number runs apart by one space), rarely needed.
	return key || keyByPatterns(plain);
}

/** The key as first written, with the patterns: what keyOfPlain must give, and its fallback. */
export function keyByPatterns(plain: string): string {
	const units: string[] = [];
	for (const token of plain.match(/[\p{L}\p{N}]+/gu) ?? []) {
		// Split CJK runs from Latin runs so "tcp三次握手" keeps "tcp" as one word.
		for (const piece of token.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu) ?? []) {
			if (/^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(piece)) {
				const cjk = piece.replace(SMALL_CJK, "");
				if (cjk) units.push(cjk);
			} else if (!SMALL_EN.has(piece)) {
				units.push(piece);
			}
		}
	}
	// Join: a space only between two Latin words.
	let key = "";
	for (const u of units) {
		if (key && /[a-z0-9]$/.test(key) && /^[a-z0-9]/.test(u)) key += " ";
		key += u;
	}
	if (key) return key;
	// Only small words: fall back to the letters themselves so the key is never empty.
	return (plain.match(/[\p{L}\p{N}]+/gu) ?? []).join(" ");
}

/** The key of plain text (never empty when the text holds a letter or number). */
export function keyFromPlain(plain: string): string {
	return keyOfPlain(plain) ?? keyByPatterns(plain);
}
