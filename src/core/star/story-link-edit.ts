// Writes a story link under a question: one line (`故事：[[…]]` / `Story: [[…]]`) at the end of the
// question's section, indented under a list item. The note's line ends are kept; nothing else moves.
// Refuses (null) when the question is no longer on its line, so a stale index never writes elsewhere. Pure.
import type { Lang } from "../types";
import { questionKey } from "../normalize";

export interface StoryLinkTarget {
	text: string;
	/** 1-based line of the question and the last line of its section. */
	line: number;
	endLine: number;
}

export function storyLinkLine(link: string, lang: Lang): string {
	return lang === "zh" ? `故事：${link}` : `Story: ${link}`;
}

export function planStoryLink(note: string, q: StoryLinkTarget, link: string, lang: Lang): string | null {
	const lines = note.split("\n");
	const at = q.line - 1;
	if (at < 0 || at >= lines.length) return null;
	const key = questionKey(q.text);
	if (key === "" || !questionKey(lines[at]).includes(key)) return null;
	const eol = lines[at].endsWith("\r") ? "\r" : "";
	let last = Math.min(Math.max(q.endLine, q.line), lines.length) - 1;
	while (last > at && lines[last].trim() === "") last--;
	if (lines[last].includes(link)) return null;
	const list = /^([ \t]*)([-*+]|\d+[.)])([ \t]+)/.exec(lines[at]);
	const heading = /^[ \t]{0,3}#{1,6}[ \t]/.test(lines[at]);
	const insert: string[] = [];
	if (list) insert.push(`${list[1]}${" ".repeat(list[2].length + list[3].length)}${storyLinkLine(link, lang)}${eol}`);
	else if (heading) insert.push(`${storyLinkLine(link, lang)}${eol}`);
	else insert.push(eol, `${storyLinkLine(link, lang)}${eol}`);
	return [...lines.slice(0, last + 1), ...insert, ...lines.slice(last + 1)].join("\n");
}
