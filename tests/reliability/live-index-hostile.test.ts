// The live index inside Obsidian (fake app) with hostile notes in the prep set, and edits that turn a
// good note hostile and back: it always reaches "ready" and keeps every other note's questions.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import fc from "fast-check";
import { seeded } from "../property-seed";
import { makeApp } from "../fake-obsidian/make-app";
import type { App } from "../fake-obsidian";
import { migrateSettings } from "../../src/core/settings";
import { LiveIndex } from "../../src/vault/live-index";
import { filler, hostileMarkdown, manyHeadings, nestedList, nestedQuote } from "./hostile-notes";

const HUB = "hub";
const GOOD = "good.md";
const GOOD_TEXT = `[[${HUB}]]\n\n## 你为什么离职？\n\n> 想要更大的舞台。\n\n## 如何处理客户投诉？\n\n> 先倾听，再处理。\n`;
const link = `[[${HUB}]]\n`;

const HOSTILE: Record<string, string> = {
	"bom-crlf.md": `\ufeff${link}## 问题一是什么？\r\n\r\n回答\u0000一。\r\n`,
	"fence.md": `${link}## 问题二是什么？\n\n\`\`\`\n## 代码里的问题？\n`,
	"yaml.md": `---\ntitle: [unclosed\n: : :\n---\n${link}## 问题三是什么？\n\n回答三。\n`,
	"yaml-open.md": `---\ntitle: 没有结束\n${link}## 问题四是什么？\n`,
	"deep-list.md": `${link}${nestedList(50)}`,
	"deep-quote.md": `${link}${nestedQuote(50)}`,
	"headings.md": `${link}${manyHeadings(2000)}`,
	"line.md": `${link}## 问题五是什么？\n\n${filler(1_000_000)}\n`,
	"emoji.md": `${link}## 👩‍💻🇨🇳😀？\n\n> 😀\n`,
	"empty.md": "",
};

let app: App;
let index: LiveIndex;

function makeIndex(a: App): LiveIndex {
	const settings = migrateSettings({ hubs: [HUB] });
	return new LiveIndex({
		vault: a.vault,
		metadataCache: a.metadataCache,
		registerEvent: () => undefined,
		getSettings: () => settings,
		clock: () => 0,
		yieldToMain: () => Promise.resolve(),
		timers: { set: (fn, ms) => setTimeout(fn, ms), clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) },
	});
}

async function settled(): Promise<void> {
	await vi.advanceTimersByTimeAsync(1000);
	await index.whenIdle();
	await vi.advanceTimersByTimeAsync(1000);
}

function goodQuestions(): string[] {
	return index
		.getIndex()
		.questions.filter((q) => q.path === GOOD)
		.map((q) => q.text);
}

beforeEach(() => {
	vi.useFakeTimers({ now: Date.UTC(2025, 5, 1) });
	app = makeApp({ files: { [`${HUB}.md`]: "# hub\n", [GOOD]: GOOD_TEXT, ...HOSTILE }, layoutReady: true });
	index = makeIndex(app);
});
afterEach(() => vi.useRealTimers());

describe("live index with hostile notes", () => {
	it("indexes every note of the prep set, hostile ones included, and keeps the good note's questions", async () => {
		await index.start();
		await settled();
		const status = index.getStatus();
		expect(status.state).toBe("ready");
		// "empty.md" does not link to the hub: not a prep note.
		const prep = [GOOD, ...Object.keys(HOSTILE).filter((p) => p !== "empty.md")];
		expect(status.total).toBe(prep.length + 1);
		expect(status.done).toBe(status.total);
		expect(goodQuestions()).toEqual(["你为什么离职？", "如何处理客户投诉？"]);
		const byPath = (p: string) => index.getIndex().questions.filter((q) => q.path === p);
		expect(byPath("headings.md")).toHaveLength(2000);
		expect(byPath("bom-crlf.md").map((q) => q.line)).toEqual([2]);
		expect(byPath("fence.md").map((q) => q.text)).toEqual(["问题二是什么？"]);
		expect(byPath("yaml.md").map((q) => q.text)).toEqual(["问题三是什么？"]);
		expect(byPath("line.md").map((q) => q.answerLines)).toEqual([{ start: 4, end: 4 }]);
	}, 120_000);

	it("edits that make a note hostile, and back, never stop the index", async () => {
		await index.start();
		await settled();
		await fc.assert(
			fc.asyncProperty(fc.array(hostileMarkdown, { minLength: 1, maxLength: 5 }), async (texts) => {
				const file = app.vault.getFileByPath("emoji.md")!;
				for (const t of texts) await app.vault.modify(file, link + t);
				await settled();
				expect(index.getStatus().state).toBe("ready");
				expect(goodQuestions()).toEqual(["你为什么离职？", "如何处理客户投诉？"]);
				const ids = index.getIndex().questions.map((q) => q.id);
				expect(new Set(ids).size).toBe(ids.length);
			}),
			seeded({ numRuns: 40 }),
		);
	}, 120_000);

	it("a note that grows to 5 MB and is then cut back is re-read each time", async () => {
		await index.start();
		await settled();
		const file = app.vault.getFileByPath(GOOD)!;
		const big = `${GOOD_TEXT}\n${Array.from({ length: 5 }, (_, k) => `${filler(1_000_000)}\n\n## 第${k}段后的问题是什么？\n\n> 回答。\n`).join("\n")}`;
		await app.vault.modify(file, big);
		await settled();
		expect(goodQuestions()).toHaveLength(7);
		const lastLine = index.getIndex().questions.filter((q) => q.path === GOOD).at(-1)!.line;
		expect(big.split("\n")[lastLine - 1]).toBe("## 第4段后的问题是什么？");
		await app.vault.modify(file, GOOD_TEXT);
		await settled();
		expect(goodQuestions()).toEqual(["你为什么离职？", "如何处理客户投诉？"]);
	}, 180_000);
});
