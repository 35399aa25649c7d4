// Question identity: the normalized key, a stable id from it, and how alike two keys are.
import { keyFromPlain } from "./plain-key";

/**
 * Inline markup a question may wear: bold, italics, code, highlights, links, tags. `tags` false:
 * text read from inline nodes, whose HTML is gone already (what looks like a tag there is text a code
 * span shows: `<script>`).
 * Every pattern here runs in time linear in the text: no quantified class may run over the
 * character that starts the next try (`[^[\]]`, not `[^\]]`, after a `[`), or a line of
 * thousands of `[` is read once for each of them.
 */
export function stripMarkup(text: string, tags = true): string {
	// Most lines hold none of it: then only white space is squeezed, which a scan can tell.
	if (!mayHoldMarkup(text)) return text.trim();
	// Each pattern runs only when the text holds the character it needs (a pattern that cannot
	// match changes nothing).
	let t = text;
	// Zero-width characters go, except a joiner inside an emoji sequence (👩‍💻 would split in two).
	// No lookbehind: Safari before 16.4 cannot read it, and the whole plugin would fail to load.
	t = t.replace(/[\u200b\u200c\u2060\ufeff]/g, "");
	if (t.includes("\u200d")) t = t.replace(/(\p{Extended_Pictographic}\ufe0f?)?\u200d(?=(\p{Extended_Pictographic})?)/gu, (m, before?: string, after?: string) => (before && after ? m : (before ?? "")));
	t = removeComments(t);
	if (tags && t.includes("<")) t = t.replace(/<\/?[A-Za-z][^<>]*>/g, "");
	// Wikilinks need "[[", links and images "](".
	// An embed needs a "!", an alias a "|"; a link without a "#" is its name (a pattern without a callback).
	if (t.includes("[[")) {
		if (t.includes("!")) t = t.replace(/!\[\[[^[\]]*\]\]/g, "");
		if (t.includes("|")) t = t.replace(/\[\[([^[\]|#]*)(?:#[^[\]|]*)?\|([^[\]]*)\]\]/g, "$2");
		t = t.includes("#") ? t.replace(/\[\[([^[\]|#]*)(?:#([^[\]|]*))?\]\]/g, (_m, a: string, h: string | undefined) => a || h || "") : t.replace(/\[\[([^[\]|#]*)\]\]/g, "$1");
	}
	if (t.includes("](")) t = t.replace(/!\[[^[\]]*\]\((?:[^()]|\([^()]*\))*\)/g, "").replace(/\[([^[\]]*)\]\((?:[^()]|\([^()]*\))*\)/g, "$1");
	t = t.replace(/(\*\*|__|~~|==)/g, "");
	if (t.includes("*") || t.includes("_")) t = t.replace(/(^|[^\w*])[*_](?=\S)([^*_]*\S)[*_](?!\w)/g, "$1$2");
	if (t.includes("`")) t = t.replace(/`+/g, "");
	return t.replace(/\s+/g, " ").trim();
}

/**
 * False when stripMarkup would only trim `text`: no character any of its patterns starts with,
 * no white space but single spaces. (A line is scanned once; the patterns would each read it.)
 */
function mayHoldMarkup(text: string): boolean {
	let prevSpace = false;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c < 128) {
			if (c === 32) {
				if (prevSpace) return true;
				prevSpace = true;
				continue;
			}
			prevSpace = false;
			// < [ ! * _ ~ = ` and every white space but the space.
			if (c === 60 || c === 91 || c === 33 || c === 42 || c === 95 || c === 126 || c === 61 || c === 96 || (c >= 9 && c <= 13)) return true;
			continue;
		}
		prevSpace = false;
		// Unicode white space (\s) and the zero-width characters.
		if (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200d) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x2060 || c === 0x3000 || c === 0xfeff) return true;
	}
	return false;
}

/** Without `<!-- … -->` (an opening that never closes stays: nothing after it closes either). */
function removeComments(text: string): string {
	let at = text.indexOf("<!--");
	if (at < 0) return text;
	let out = "";
	let done = 0;
	while (at >= 0) {
		const end = text.indexOf("-->", at + 4);
		if (end < 0) break;
		out += text.slice(done, at);
		done = end + 3;
		at = text.indexOf("<!--", done);
	}
	return out + text.slice(done);
}

/** A task list's checkbox (`- [ ] 为什么离职？`, ticked `[x]`, Obsidian's `[/]` and `[-]`): ticking it changes no question. */
export const TASK_CHECKBOX = /^\[[ xX/-]\]\s+/;

const CN_NUM = "一二三四五六七八九十百零〇两";
const DIGITS = "0123456789０１２３４５６７８９";
const codes = (chars: string): Set<number> => new Set([...chars].map((c) => c.charCodeAt(0)));
/** Each pattern with the characters it can start with (case folded as it folds): a pattern is tried only on text that starts like it. */
const NUMBERING: [Set<number>, RegExp][] = [
	// 问题1：, 题目 3., Question 2:, Q3:, Q:, 问：
	[codes("问题面Qq"), /^(?:问题|题目|问|面试题|Question|Q)\s*(?:[0-9０-９]+\s*)?[:：.、．)）-]\s*/i],
	[codes("问题Qq"), /^(?:问题|题目|Question|Q)\s*[0-9０-９]+\s+/i],
	// 1. 2) 3、 3.2 1.1.; a bare "1 " too, but not a count ("3 things you…", "5 years from now", "3 个项目")
	[codes(DIGITS), /^[0-9０-９]+(?:[.．][0-9０-９]+)*\s*[.．、)）:：]\s+/],
	[codes(DIGITS), /^[0-9０-９]+(?:[.．][0-9０-９]+)*\s+(?!\s|[a-z]|[个件种次条位])/],
	[codes(DIGITS), /^[0-9０-９]+(?:[.．][0-9０-９]+)*\s*[.．、)）:：]\s*/],
	[codes(CN_NUM), new RegExp(`^[${CN_NUM}]+\\s*[、.．:：]\\s*`)],
	[codes("（("), new RegExp(`^[（(]\\s*[${CN_NUM}0-9]+\\s*[)）]\\s*`)],
	[codes("第"), new RegExp(`^第\\s*[${CN_NUM}0-9]+\\s*[题问部分章节]\\s*[:：、.．]?\\s*`)],
	[codes("#"), /^#\d+\s*/],
	[codes("["), TASK_CHECKBOX],
];

/** Every pattern's first characters: text that starts with none of them has no numbering. */
const NUMBERING_START = new Set(NUMBERING.flatMap(([first]) => [...first]));

/** Leading numbering: `1.`, `3.2`, `一、`, `（二）`, `问题1：`, `Q3:`, and a task's checkbox. Applied until nothing changes. */
export function stripNumbering(text: string): string {
	let out = text.trim();
	// (Character codes: a CJK character read as a string is a new string each time.)
	if (!NUMBERING_START.has(out.charCodeAt(0))) return out;
	for (let i = 0; i < 3; i++) {
		const before = out;
		for (const [first, re] of NUMBERING) if (first.has(out.charCodeAt(0))) out = out.replace(re, "");
		// Text that starts like no pattern now stays as it is in another pass.
		if (out === before || !NUMBERING_START.has(out.charCodeAt(0))) break;
	}
	return out.trim();
}

/** A trailing parenthetical note: `为什么选择这个岗位？（可能被问到的补充回答）`. */
export function stripTrailingNote(text: string): string {
	return text.replace(/\s*[（(][^（()）]*[)）]\s*$/, "").trim() || text.trim();
}

/**
 * Bump whenever questionKey gives another key for any text: keys saved with the parse cache under
 * another version are not used (`tests/core/question-key-version.test.ts` fingerprints the function).
 */
export const QUESTION_KEY_VERSION = 2;

/**
 * Normalized text for identity and variant matching: no markup, numbering, trailing note,
 * punctuation, or small words; lowercase. Latin words stay separated by one space.
 */
export function questionKey(text: string): string {
	let key = keyCache.get(text);
	if (key === undefined) {
		// Bounded: a long session of typing must not grow it without end.
		if (keyCache.size >= KEY_CACHE_MAX) keyCache.clear();
		key = computeKey(text);
		keyCache.set(text, key);
	}
	return key;
}

/** Question texts repeat across notes and rebuilds; their keys are kept for the next time. */
const keyCache = new Map<string, string>();
const KEY_CACHE_MAX = 50_000;

/** Forgets the kept keys: a bench's cold start is then as cold as the plugin's first one. */
export function forgetQuestionKeys(): void {
	keyCache.clear();
}

function computeKey(text: string): string {
	const plain = stripTrailingNote(stripNumbering(stripMarkup(text))).normalize("NFKC").toLowerCase();
	return keyFromPlain(plain);
}

const encoder = new TextEncoder();
/** The key's UTF-8 bytes (written in place: keys are hashed one at a time). */
let utf8 = new Uint8Array(256);

/** FNV-1a 64-bit hash of the key's UTF-8 bytes in base 36, prefixed "q": short, stable across runs and platforms. */
export function questionId(key: string): string {
	// At most three bytes per UTF-16 code unit.
	if (utf8.length < 3 * key.length) utf8 = new Uint8Array(3 * key.length);
	const bytes = utf8;
	const n = encoder.encodeInto(key, bytes).written;
	// 64-bit arithmetic in four 16-bit limbs (BigInt per byte is slow); prime = 2^40 + 0x1b3.
	let h0 = 0x2325;
	let h1 = 0x8422;
	let h2 = 0x9ce4;
	let h3 = 0xcbf2;
	for (let i = 0; i < n; i++) {
		h0 ^= bytes[i];
		const t0 = h0 * 0x1b3;
		const t1 = h1 * 0x1b3 + (t0 >>> 16);
		const t2 = h2 * 0x1b3 + (t1 >>> 16) + ((h0 & 0xff) << 8);
		const t3 = h3 * 0x1b3 + (t2 >>> 16) + ((h0 >>> 8) | ((h1 & 0xff) << 8));
		h0 = t0 & 0xffff;
		h1 = t1 & 0xffff;
		h2 = t2 & 0xffff;
		h3 = t3 & 0xffff;
	}
	return "q" + base36(h0, h1, h2, h3);
}

/** The 64-bit number in four 16-bit limbs (low first) in base 36, by long division in 36^4 steps. */
function base36(l0: number, l1: number, l2: number, l3: number): string {
	const STEP = 36 ** 4;
	let out = "";
	for (;;) {
		let cur = l3;
		l3 = Math.floor(cur / STEP);
		cur = (cur % STEP) * 0x10000 + l2;
		l2 = Math.floor(cur / STEP);
		cur = (cur % STEP) * 0x10000 + l1;
		l1 = Math.floor(cur / STEP);
		cur = (cur % STEP) * 0x10000 + l0;
		l0 = Math.floor(cur / STEP);
		const digits = (cur % STEP).toString(36);
		if (l0 === 0 && l1 === 0 && l2 === 0 && l3 === 0) return digits + out;
		out = "0000".slice(digits.length) + digits + out;
	}
}

/** Units of a key: each CJK character, each Latin word. */
export function keyUnits(key: string): string[] {
	return key.match(/[a-z0-9]+|[^\sa-z0-9]/g) ?? [];
}

function bigrams(u: string[]): string[] {
	if (u.length < 2) return u.slice();
	const out: string[] = [];
	for (let i = 0; i + 1 < u.length; i++) out.push(u[i] + "\u0000" + u[i + 1]);
	return out;
}

function containment(small: string[], big: string[]): number {
	if (small.length === 0) return 0;
	const set = new Set(big);
	let hit = 0;
	for (const s of small) if (set.has(s)) hit++;
	return hit / small.length;
}

/**
 * How alike two keys are, 0..1. Bigram overlap (Dice), raised when the shorter key's words all
 * appear in the longer one in mostly the same order and it is not much shorter
 * ("最大优点什么" in "觉得自己最大优点什么"), but not when a distinguishing word differs
 * ("应对工作中压力" vs "应对工作中挫折").
 */
export function similarity(a: string, b: string): number {
	if (a === b) return a ? 1 : 0;
	const ua = keyUnits(a);
	const ub = keyUnits(b);
	if (ua.length === 0 || ub.length === 0) return 0;
	const [us, ul] = ua.length <= ub.length ? [ua, ub] : [ub, ua];
	const bs = bigrams(us);
	const bl = bigrams(ul);
	const shared = containment(bs, bl) * bs.length;
	const dice = (2 * shared) / (bs.length + bl.length);
	const ratio = us.length / ul.length;
	const bc = containment(bs, bl);
	let contained = 0;
	if (us.length >= 3 && ratio >= 0.5 && bc >= 0.6) contained = containment(us, ul) * (0.85 + 0.15 * ratio);
	return Math.min(1, Math.max(dice, contained));
}
