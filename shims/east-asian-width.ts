// Stands in for `get-east-asian-width` in main.js (listed in shims/aliases.mjs). Its one user
// here, micromark-extension-cjk-friendly-util, asks eastAsianWidthType() only to tell CJK from the rest:
// fullwidth, halfwidth and wide count as CJK (wide emoji aside), narrow and ambiguous do not, ambiguous
// U+E0100-E01EF are ideographic variation selectors, and a neutral character counts when it is Hangul.
// No Hangul character is narrow or ambiguous, so three answers give the same result with one table
// instead of five (4 KB of main.js). tests/shims/stand-ins.test.ts checks every code point.

// Fullwidth, halfwidth and wide ranges of get-east-asian-width 1.7.0, merged: pairs of (gap from the
// previous range's end, length - 1) in base 36. The test rebuilds this text from the package and compares.
export const WIDE_RANGES =
	"3cw 2n 30q 0 hd 1 e 1 5b 3 4 0 3 0 ei 1 m 1 r 7 h b 18 0 b 5 4 0 e 0 9 1 i 1 6 1 9 0 6 0 m 0 8 1 2 0 " +
	"5 0 3 0 8 0 5 1 t 0 10 0 2 0 5 2 2 0 1q 2 p 0 f 0 nw 1 1g 0 5 0 mj p 2 2g d 5x r 26 3 2d 3 2u 6 16 2 " +
	"2l 2 2d a 1b 2 13 9 mkc 4 1i wq s hw 8mb 6l9 e7 lt 9 n y 2 i 2 3 46 59 4 5 3 5 3 5 3 2 4 6 2 6 m42 4 " +
	"c 6 a 5p6 11 x 2o 36 e pd f 1e 5y6 3 2 6 2 1 2 88 a 0 u 2 3 0 f 4 8 az 6bp 2e a m 5n2 0 5n 0 5b 0 3 " +
	"9 k 0 2a 2 e 17 5 8 8 1 f 5 4b w d 8 2 1x 2 l d 16 5 4 d g 4 0 4 1y 2 0 2 56 3 1q e 3 2 n j 0 r 1 e " +
	"0 2f 2c 1d 1x 7 0 4 2 3 4 3 3 c 1 8 8 66 0 6 b 5 0 7w 1a 2 9 2 54 35 c 4 1y 2 0 4 h 2 c 4 b zq 1ekd " +
	"3 1ekd";

// Absolute [start, end, start, end, ...] for a binary search.
const BOUNDS: number[] = [];
WIDE_RANGES.split(" ").forEach((n, i) => BOUNDS.push((i ? BOUNDS[i - 1] : 0) + parseInt(n, 36)));

function isWide(cp: number): boolean {
	let lo = 0;
	let hi = BOUNDS.length / 2 - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		if (cp < BOUNDS[2 * mid]) hi = mid - 1;
		else if (cp > BOUNDS[2 * mid + 1]) lo = mid + 1;
		else return true;
	}
	return false;
}

export function eastAsianWidthType(codePoint: number): "wide" | "ambiguous" | "neutral" {
	if (!Number.isSafeInteger(codePoint)) throw new TypeError(`Expected a code point, got \`${typeof codePoint}\`.`);
	if (isWide(codePoint)) return "wide";
	return codePoint >= 0xe0100 && codePoint <= 0xe01ef ? "ambiguous" : "neutral";
}
