// Markdown of an answer → simple HTML for another app (Anki): paragraphs, bold, italics, lists,
// quotes, code, links; wikilinks become their text. One line, no tabs: safe inside a TSV field.
import type { PhrasingContent, Root, RootContent } from "mdast";
import { fastParseMarkdown } from "../parse/fast/fast-markdown";
import { fillCodeText } from "./code-text";

export function escapeHtml(s: string): string {
	return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/** Obsidian's [[target|alias]] and ![[embed]] read as their words. */
function wikiText(s: string): string {
	return s.replace(/!?\[\[([^\]|#]*)(?:#[^\]|]*)?(?:\|([^\]]*))?\]\]/g, (_m, target: string, alias?: string) => alias ?? target);
}

/** Line breaks and tabs inside text become spaces: the HTML carries the structure. */
function text(s: string): string {
	return escapeHtml(wikiText(s).replace(/[\t\r\n]+/g, " "));
}

function inline(nodes: readonly PhrasingContent[]): string {
	return nodes
		.map((n): string => {
			switch (n.type) {
				case "text":
					return text(n.value);
				case "strong":
					return `<b>${inline(n.children)}</b>`;
				case "emphasis":
					return `<i>${inline(n.children)}</i>`;
				case "delete":
					return `<s>${inline(n.children)}</s>`;
				case "inlineCode":
					return `<code>${text(n.value)}</code>`;
				case "break":
					return "<br>";
				case "link":
					return /^(https?:|obsidian:)/i.test(n.url) ? `<a href="${escapeHtml(n.url)}">${inline(n.children)}</a>` : inline(n.children);
				case "image":
					return text(n.alt ?? "");
				case "html":
					return text(n.value);
				default:
					return "children" in n ? inline(n.children) : "value" in n ? text(String(n.value)) : "";
			}
		})
		.join("");
}

function block(n: RootContent): string {
	switch (n.type) {
		case "paragraph":
			return `<p>${inline(n.children)}</p>`;
		case "heading":
			return `<p><b>${inline(n.children)}</b></p>`;
		case "blockquote":
			return `<blockquote>${n.children.map(block).join("")}</blockquote>`;
		case "list": {
			const tag = n.ordered ? "ol" : "ul";
			return `<${tag}>${n.children.map((li) => `<li>${li.children.map(block).join("")}</li>`).join("")}</${tag}>`;
		}
		case "code":
			return `<pre><code>${escapeHtml(n.value).replace(/\t/g, "    ").replace(/\r?\n/g, "<br>")}</code></pre>`;
		case "thematicBreak":
			return "<hr>";
		case "html":
			return `<p>${text(n.value)}</p>`;
		case "yaml":
		case "definition":
			return "";
		default:
			// TOML front matter is left out as YAML is (the fast reader keeps neither's text).
			if ((n.type as string) === "toml") return "";
			return "children" in n ? (n.children as RootContent[]).map(block).join("") : "value" in n ? `<p>${text(String(n.value))}</p>` : "";
	}
}

export function markdownToHtml(markdown: string): string {
	const root = fastParseMarkdown(markdown);
	fillCodeText(root, markdown);
	return treeToHtml(root);
}

/** The HTML of a Markdown tree (markdownToHtml's, whichever reader made the tree). */
export function treeToHtml(root: Root): string {
	// A paragraph made only of a list item's text unwraps: <li><p>x</p></li> reads the same as <li>x</li>.
	return root.children.map(block).join("").replace(/<li><p>([\s\S]*?)<\/p><\/li>/g, (m, inner: string) => (inner.includes("<p>") ? m : `<li>${inner}</li>`));
}
