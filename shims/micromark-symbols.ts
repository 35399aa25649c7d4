// Stands in for `micromark-util-symbol` in main.js (listed in shims/aliases.mjs). micromark's
// own production code has these constants inlined; only the CJK-friendly emphasis extension still imports
// the tables, and for eleven of their names it would bring in all of them (6 KB of main.js).
// tests/shims/stand-ins.test.ts checks every name that extension reads against the real tables.
export const codes = { eof: null, asterisk: 42, underscore: 95 } as const;

export const constants = { characterGroupWhitespace: 1, characterGroupPunctuation: 2 } as const;

export const types = {
	emphasis: "emphasis",
	emphasisSequence: "emphasisSequence",
	emphasisText: "emphasisText",
	strong: "strong",
	strongSequence: "strongSequence",
	strongText: "strongText",
} as const;
