// Stands in for `decode-named-character-reference` in main.js (see esbuild.config.mjs and vitest.config.ts).
// The full HTML table is 35 KB; interview notes use a handful of named references. An unknown name is
// left as written (`&foo;` stays text), which is what CommonMark does for names it does not know.
const ENTITIES: Record<string, string> = {
	amp: "&", lt: "<", gt: ">", quot: "\"", apos: "'", nbsp: "\u00a0", ensp: "\u2002", emsp: "\u2003",
	thinsp: "\u2009", zwj: "\u200d", zwnj: "\u200c", shy: "\u00ad", copy: "©", reg: "®", trade: "™",
	hellip: "…", mdash: "—", ndash: "–", lsquo: "‘", rsquo: "’", ldquo: "“", rdquo: "”", laquo: "«",
	raquo: "»", bull: "•", middot: "·", times: "×", divide: "÷", deg: "°", plusmn: "±", para: "¶",
	sect: "§", larr: "←", rarr: "→", uarr: "↑", darr: "↓", harr: "↔", lArr: "⇐", rArr: "⇒", hArr: "⇔",
	le: "≤", ge: "≥", ne: "≠", asymp: "≈", infin: "∞", sum: "∑", minus: "−", radic: "√", cent: "¢",
	pound: "£", yen: "¥", euro: "€", check: "✓", star: "☆", hearts: "♥", frac12: "½", frac14: "¼",
	frac34: "¾", sup2: "²", sup3: "³", micro: "µ", alpha: "α", beta: "β", gamma: "γ", delta: "δ",
	lambda: "λ", mu: "μ", pi: "π", sigma: "σ", omega: "ω", Delta: "Δ", Sigma: "Σ", Omega: "Ω",
	iexcl: "¡", iquest: "¿", prime: "′", Prime: "″", dagger: "†", Dagger: "‡", permil: "‰",
};

export function decodeNamedCharacterReference(value: string): string | false {
	return Object.prototype.hasOwnProperty.call(ENTITIES, value) ? ENTITIES[value] : false;
}
