// Fake of `MarkdownRenderer.render` (https://docs.obsidian.md/Reference/TypeScript+API/MarkdownRenderer/render):
// a small block and inline renderer built with createEl (no innerHTML): headings, paragraphs, lists,
// blockquotes and callouts, code, bold, italic, inline code, wikilinks and links.
import { Component } from "./component";

function renderInline(el: HTMLElement, text: string): void {
	const re = /(\*\*([^*]+)\*\*|__([^_]+)__|\*([^*\s][^*]*)\*|`([^`]+)`|!?\[\[([^\]|]+)(?:\|([^\]]+))?\]\]|\[([^\]]+)\]\(([^)\s]+)\))/g;
	let last = 0;
	for (const m of text.matchAll(re)) {
		const at = m.index ?? 0;
		if (at > last) el.appendText(text.slice(last, at));
		if (m[2] !== undefined || m[3] !== undefined) renderInline(el.createEl("strong"), m[2] ?? m[3]);
		else if (m[4] !== undefined) renderInline(el.createEl("em"), m[4]);
		else if (m[5] !== undefined) el.createEl("code", { text: m[5] });
		else if (m[6] !== undefined) el.createEl("a", { cls: "internal-link", text: m[7] ?? m[6], attr: { "data-href": m[6], href: m[6] } });
		else if (m[8] !== undefined) el.createEl("a", { cls: "external-link", text: m[8], attr: { href: m[9] } });
		last = at + m[0].length;
	}
	if (last < text.length) el.appendText(text.slice(last));
}

function renderBlocks(el: HTMLElement, lines: string[]): void {
	let i = 0;
	while (i < lines.length) {
		const line = lines[i];
		if (line.trim() === "") {
			i++;
			continue;
		}
		const fence = /^\s*(```|~~~)(.*)$/.exec(line);
		if (fence) {
			const body: string[] = [];
			i++;
			while (i < lines.length && !lines[i].trim().startsWith(fence[1])) body.push(lines[i++]);
			i++;
			el.createEl("pre").createEl("code", { text: body.join("\n") });
			continue;
		}
		const h = /^(#{1,6})\s+(.*)$/.exec(line);
		if (h) {
			renderInline(el.createEl(`h${h[1].length}` as "h1"), h[2].replace(/\s+#+\s*$/, ""));
			i++;
			continue;
		}
		if (/^\s*>/.test(line)) {
			const body: string[] = [];
			while (i < lines.length && /^\s*>/.test(lines[i])) body.push(lines[i++].replace(/^\s*> ?/, ""));
			const callout = /^\[!(\w+)\][+-]?\s*(.*)$/.exec(body[0] ?? "");
			if (callout) {
				const div = el.createDiv({ cls: "callout", attr: { "data-callout": callout[1].toLowerCase() } });
				renderInline(div.createDiv({ cls: "callout-title" }), callout[2] || callout[1]);
				renderBlocks(div.createDiv({ cls: "callout-content" }), body.slice(1));
			} else renderBlocks(el.createEl("blockquote"), body);
			continue;
		}
		if (/^\s*([-*+]|\d+[.)])\s+/.test(line)) {
			const ordered = /^\s*\d+[.)]/.test(line);
			const list = el.createEl(ordered ? "ol" : "ul");
			const baseIndent = /^\s*/.exec(line)?.[0].length ?? 0;
			while (i < lines.length && lines[i].trim() !== "") {
				const item = /^(\s*)([-*+]|\d+[.)])\s+(.*)$/.exec(lines[i]);
				if (!item || item[1].length > baseIndent) {
					// Deeper lines belong to the last item: render them as a nested block.
					const nested: string[] = [];
					while (i < lines.length && lines[i].trim() !== "" && (/^\s*/.exec(lines[i])?.[0].length ?? 0) > baseIndent) nested.push(lines[i++].slice(baseIndent + 2));
					const lastItem = list.lastElementChild as HTMLElement | null;
					if (nested.length === 0) i++;
					else renderBlocks(lastItem ?? list.createEl("li"), nested);
					continue;
				}
				if (item[1].length < baseIndent) break;
				renderInline(list.createEl("li"), item[3]);
				i++;
			}
			continue;
		}
		const para: string[] = [];
		while (i < lines.length && lines[i].trim() !== "" && !/^(#{1,6}\s|\s*>|\s*([-*+]|\d+[.)])\s|\s*```)/.test(lines[i])) para.push(lines[i++].trim());
		renderInline(el.createEl("p"), para.join(" "));
	}
}

/** Imitates `MarkdownRenderer` (static render / renderMarkdown). */
export class MarkdownRenderer extends Component {
	/** Fake-only: how many times render was called (tests can tell a re-render happened). */
	static renderCount = 0;
	static async render(_app: unknown, markdown: string, el: HTMLElement, _sourcePath: string, _component: unknown): Promise<void> {
		MarkdownRenderer.renderCount++;
		renderBlocks(el, markdown.replace(/\r\n/g, "\n").split("\n"));
	}
	static async renderMarkdown(markdown: string, el: HTMLElement, sourcePath: string, component: unknown): Promise<void> {
		await MarkdownRenderer.render(null, markdown, el, sourcePath, component);
	}
}
