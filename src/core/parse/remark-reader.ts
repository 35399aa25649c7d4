// The reference Markdown reader: remark with front matter and CJK-friendly emphasis. The fast reader
// (fast/) is held to it by differential tests; the tests, the CLI and the bench read with it, and
// main.js should not ship it (tests/build/bundle-packages.test.ts).
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkFrontmatter from "remark-frontmatter";
import remarkCjkFriendly from "remark-cjk-friendly/parseOnly";
import type { Root } from "mdast";

const processor = unified().use(remarkParse).use(remarkFrontmatter, ["yaml", "toml"]).use(remarkCjkFriendly).freeze();

export function parseMarkdown(text: string): Root {
	return processor.parse(text);
}
