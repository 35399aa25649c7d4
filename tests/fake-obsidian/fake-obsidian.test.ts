// @vitest-environment happy-dom
// The fake behaves like Obsidian where the plugin relies on it: link graph, events, DOM helpers, editor.
import { describe, expect, it } from "vitest";
import { MarkdownRenderer, Notice, Scope, Setting, TFile } from "./index";
import { loadVaultFolder, makeApp, makeEditor, withCursor } from "./fixture";
import fc from "fast-check";
import { seeded } from "../property-seed";
import { wikilinkMatches } from "./metadata-cache";

describe("fake vault and metadata cache", () => {
	it("builds resolved and unresolved links from the fixture vault's wikilinks", () => {
		const app = makeApp({ files: loadVaultFolder() });
		const answers = "面试回答/角度回答.md";
		expect(app.metadataCache.resolvedLinks[answers]).toHaveProperty("面试-面试官角度准备.md");
		expect(app.metadataCache.unresolvedLinks[answers]).toHaveProperty("角度");
	});

	it("fires changed then resolved after an edit, and moves links on rename", async () => {
		const app = makeApp({ files: { "hub.md": "# Hub", "a.md": "see [[hub]]" } });
		const seen: string[] = [];
		app.metadataCache.on("changed", (f: TFile) => seen.push(`changed ${f.path}`));
		app.metadataCache.on("resolved", () => seen.push("resolved"));
		const a = app.vault.getFileByPath("a.md")!;
		await app.vault.modify(a, "no links now");
		expect(seen).toEqual(["changed a.md", "resolved"]);
		expect(app.metadataCache.resolvedLinks["a.md"]).toEqual({});
		await app.vault.modify(a, "[[hub]] twice [[hub|alias]]");
		await app.vault.rename(app.vault.getFileByPath("hub.md")!, "folder/hub.md");
		expect(app.metadataCache.resolvedLinks["a.md"]).toEqual({ "folder/hub.md": 2 });
		expect(app.vault.getFileByPath("folder/hub.md")?.basename).toBe("hub");
	});

	it("Vault.process refuses an async callback, as Obsidian's does", async () => {
		const app = makeApp({ files: { "a.md": "x" } });
		const file = app.vault.getFileByPath("a.md")!;
		await expect(app.vault.process(file, (() => Promise.resolve("y")) as never)).rejects.toThrow();
		expect(await app.vault.read(file)).toBe("x");
	});
});

describe("fake DOM, settings and rendering", () => {
	it("Setting builds name, description and a text input whose onChange fires on input", () => {
		const el = document.createElement("div");
		const changes: string[] = [];
		new Setting(el).setName("Depth").setDesc("How far").addText((t) => t.setValue("1").onChange((v) => changes.push(v)));
		const input = el.querySelector("input")!;
		input.value = "2";
		input.dispatchEvent(new Event("input"));
		expect(el.querySelector(".setting-item-name")?.textContent).toBe("Depth");
		expect(changes).toEqual(["2"]);
	});

	it("MarkdownRenderer.render draws headings, lists, quotes, bold and links without HTML strings", async () => {
		const el = document.createElement("div");
		await MarkdownRenderer.render(null, "## Title\n\n- **one**\n- [[note|two]]\n\n> said <b>", el, "", null);
		expect(el.querySelector("h2")?.textContent).toBe("Title");
		expect(el.querySelector("li strong")?.textContent).toBe("one");
		expect(el.querySelector("a.internal-link")?.getAttribute("data-href")).toBe("note");
		expect(el.querySelector("blockquote")?.textContent).toBe("said <b>");
	});

	it("Scope.press runs the handler registered for the key; Notice records messages", () => {
		const scope = new Scope();
		const pressed: string[] = [];
		scope.register([], "1", () => pressed.push("again"));
		expect(scope.press("1")).toBe(true);
		expect(scope.press("2")).toBe(false);
		new Notice("Saved");
		expect(pressed).toEqual(["again"]);
		expect(Notice.messages).toContain("Saved");
	});

	it("Editor.transaction applies all changes as one undo step", () => {
		const editor = makeEditor("ab|c\ndef");
		editor.transaction({ changes: [{ from: { line: 0, ch: 0 }, text: "X" }, { from: { line: 1, ch: 0 }, to: { line: 1, ch: 3 }, text: "Y" }] });
		expect(editor.getValue()).toBe("Xabc\nY");
		editor.undo();
		expect(withCursor(editor)).toBe("ab|c\ndef");
	});
});

describe("the fake metadata cache's link scan", () => {
	it("finds what Obsidian's link pattern finds, on random lines of brackets", () => {
		const pattern = /(!?)\[\[([^\]\n]+?)\]\]/g;
		fc.assert(
			fc.property(fc.array(fc.constantFrom("[[", "[", "]]", "]", "!", "a", "|", "#", "\n", " "), { maxLength: 20 }).map((p) => p.join("")), (text) => {
				const fast = [...wikilinkMatches(text)].map((m) => [m.index, m[0], m[1], m[2]]);
				expect(fast, JSON.stringify(text)).toEqual([...text.matchAll(pattern)].map((m) => [m.index, m[0], m[1], m[2]]));
			}),
			seeded({ numRuns: 3000 }),
		);
	});
});
