// questionKey as first written, with the patterns alone (kept in src/core/plain-key.ts as the fallback
// for text outside the Basic Multilingual Plane): ids derive from keys, so the one-pass key must give
// exactly this for every text.
import { stripMarkup, stripNumbering, stripTrailingNote } from "../../src/core/normalize";
import { keyByPatterns } from "../../src/core/plain-key";

export function referenceKey(text: string): string {
	return keyByPatterns(stripTrailingNote(stripNumbering(stripMarkup(text))).normalize("NFKC").toLowerCase());
}
