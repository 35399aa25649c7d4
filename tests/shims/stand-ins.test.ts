// The small stand-ins main.js ships for some packages of the Markdown parser (listed in shims/aliases.mjs) must
// answer everything the parser asks exactly as the real packages do.
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { build } from "esbuild";
import fc from "fast-check";
import { seeded } from "../property-seed";
import { describe, expect, it } from "vitest";
import { eastAsianWidthType as realWidthType } from "../../node_modules/get-east-asian-width/index.js";
import { eastAsianWidthType, WIDE_RANGES } from "../../shims/east-asian-width";
import { VFile as RealVFile } from "../../node_modules/vfile/lib/index.js";
import { fault as realFault } from "../../node_modules/fault/index.js";
import { VFile } from "../../shims/vfile";
import { shimPaths } from "../../shims/aliases.mjs";
import { fault } from "../../shims/fault";

/** How micromark-extension-cjk-friendly-util reads a width type (its cjkOrIvs). */
function cjkOrIvs(type: string, cp: number): boolean | null {
	switch (type) {
		case "fullwidth":
		case "halfwidth":
			return true;
		case "wide":
			return !/^\p{Emoji_Presentation}/u.test(String.fromCodePoint(cp));
		case "ambiguous":
			return cp >= 0xe0100 && cp <= 0xe01ef ? null : false;
		case "neutral":
			return /^\p{sc=Hangul}/u.test(String.fromCodePoint(cp));
		default:
			return false;
	}
}

describe("get-east-asian-width stand-in", () => {
	it("tells CJK, variation selectors and the rest apart as the real table does, for every code point", () => {
		const wrong: string[] = [];
		for (let cp = 0x1100; cp <= 0x10ffff; cp++) {
			if (cjkOrIvs(eastAsianWidthType(cp), cp) !== cjkOrIvs(realWidthType(cp), cp)) wrong.push(cp.toString(16));
		}
		expect(wrong.slice(0, 20)).toEqual([]);
	});

	it("ships the real fullwidth, halfwidth and wide ranges (rebuild WIDE_RANGES from this when it fails)", () => {
		const parts: string[] = [];
		let prev = 0;
		let start = -1;
		for (let cp = 0; cp <= 0x110000; cp++) {
			const t = cp <= 0x10ffff ? realWidthType(cp) : "neutral";
			const wide = t === "wide" || t === "fullwidth" || t === "halfwidth";
			if (wide && start < 0) start = cp;
			if (!wide && start >= 0) {
				parts.push((start - prev).toString(36), (cp - 1 - start).toString(36));
				prev = cp - 1;
				start = -1;
			}
		}
		expect(WIDE_RANGES).toBe(parts.join(" "));
	});

	it("refuses what is not a code point, as the real one does", () => {
		expect(() => eastAsianWidthType(1.5)).toThrow(TypeError);
		expect(() => realWidthType(1.5)).toThrow(TypeError);
	});
});

describe("vfile and fault stand-ins", () => {
	it("give back the text unified wraps, as the real VFile does", () => {
		for (const value of ["", "# 标题\n\n正文", new TextEncoder().encode("**粗体**"), undefined]) {
			expect(String(new VFile(value))).toBe(String(new RealVFile(value)));
			expect(new VFile(value).value).toEqual(new RealVFile(value).value);
		}
	});

	it("word front matter option errors as fault does", () => {
		expect(fault("Missing matter definition for `%s`", "yml").message).toBe(realFault("Missing matter definition for `%s`", "yml").message);
		const matter = { type: "yaml", marker: "-" };
		expect(fault("Missing `type` in matter `%j`", matter).message).toBe(realFault("Missing `type` in matter `%j`", matter).message);
	});
});

describe("the parser as main.js bundles it", () => {
	it("reads notes the same with the stand-ins as with the real packages", async () => {
		const dir = mkdtempSync(join(tmpdir(), "cjk-stand-ins-"));
		const bundle = async (name: string, alias: Record<string, string>) => {
			const outfile = join(dir, `${name}.cjs`);
			await build({
				entryPoints: [resolve("src/core/parse/remark-reader.ts")],
				bundle: true,
				format: "cjs",
				platform: "neutral",
				mainFields: ["module", "main"],
				conditions: ["import", "default"],
				alias,
				outfile,
				logLevel: "silent",
			});
			return (createRequire(import.meta.url)(outfile) as typeof import("../../src/core/parse/remark-reader")).parseMarkdown;
		};
		try {
			const real = await bundle("real", {});
			// Every stand-in but the entity table, which decodes fewer names on purpose (named-entities.test.ts).
			const { "decode-named-character-reference": _entities, ...sameOutput } = shimPaths();
			const shipped = await bundle("shipped", sameOutput);
			const piece = fc.constantFrom(
				...["**", "*", "_", "__", "中", "。", "，", "「", "」", "（", "：", "a", " ", "한", "😀", "葛\u{E0100}", "\u201d\uFE01", "ｱ", "１", "!"],
				...["\n", "\n\n", "# ", "- ", "> ", "---\n", "+++\n", "title: x\n", "```\n", "[[链接]]", "&amp;", "&copy;", "<b>", "1. "],
			);
			fc.assert(
				fc.property(fc.array(piece, { maxLength: 16 }), (pieces) => {
					const text = pieces.join("");
					expect(shipped(text)).toEqual(real(text));
				}),
				seeded({ numRuns: 2000 }),
			);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
