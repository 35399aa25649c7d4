// questionKey as first written, with the patterns alone: ids derive from keys, so the one-pass key
// (src/core/normalize.ts) must give exactly this for every text.
import { stripMarkup, stripNumbering, stripTrailingNote } from "../../src/core/normalize";

const SMALL_CJK = /[你您的了呢吗嘛吧请是啊呀]/g;
const SMALL_EN = new Set([
	"the", "a", "an", "you", "your", "yours", "me", "my", "i", "is", "are", "was", "were", "do", "does", "did",
	"to", "of", "in", "on", "for", "and", "or", "please", "can", "could", "would", "will", "that", "this", "be",
]);

export function referenceKey(text: string): string {
	const plain = stripTrailingNote(stripNumbering(stripMarkup(text))).normalize("NFKC").toLowerCase();
	const units: string[] = [];
	for (const token of plain.match(/[\p{L}\p{N}]+/gu) ?? []) {
		for (const piece of token.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu) ?? []) {
			if (/^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(piece)) {
				const cjk = piece.replace(SMALL_CJK, "");
				if (cjk) units.push(cjk);
			} else if (!SMALL_EN.has(piece)) {
				units.push(piece);
			}
		}
	}
	let key = "";
	for (const u of units) {
		if (key && /[a-z0-9]$/.test(key) && /^[a-z0-9]/.test(u)) key += " ";
		key += u;
	}
	if (key) return key;
	return (plain.match(/[\p{L}\p{N}]+/gu) ?? []).join(" ");
}
