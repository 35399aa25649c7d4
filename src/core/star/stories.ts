// The story bank's stories: a note or a heading marked as a story, with its competencies and its
// STAR parts. Marker: the property `interview-story: true`, or the tag #story / #故事 — in a note's
// front matter or before its first heading (the whole note is one story), or on a heading's line or
// the first line under it (that section is a story). Other tags there (and the property
// `competencies`) are the story's competencies. Pure: takes a note's text, finds its stories.
import type { LabelWords, StarKey } from "../types";
import { STAR_KEYS } from "../types";
import { labelledParts } from "./star-check";
import { splitAnswer } from "./star-segments";
import { noteName } from "../note-name";

export interface Story {
	/** `path` for a note story, `path#heading` for a heading story. */
	id: string;
	/** The note's name or the heading's text (without tags). */
	name: string;
	path: string;
	/** The heading as written (tags and all), or null for a whole-note story. */
	heading: string | null;
	/** 1-based line of the heading (1 for a note story). */
	line: number;
	/** As written, without `#`, each once (compared without case). */
	competencies: string[];
	/** The story's own markdown (no front matter, no heading, no tag line). */
	text: string;
	/** Its STAR parts: labelled, else placed by cue words. */
	parts: Record<StarKey, string>;
}

export const STORY_PROPERTY = "interview-story";
const STORY_TAG = /^(?:story|故事)$/i;
const TAG = /(?:^|[\s(（])#([^\s#.,，。、!?！？;；:：()（）[\]"'`*]+)/g;
const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const HEADING = /^[ \t]{0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$/;

/** Tags in a line (without `#`); a tag needs a character that is not a digit. */
export function tagsIn(line: string): string[] {
	const out: string[] = [];
	for (const m of line.matchAll(TAG)) if (/\D/.test(m[1])) out.push(m[1]);
	return out;
}

/** The value of a front matter key as a list: `k: a`, `k: [a, b]`, or a block list. */
function frontMatterList(lines: string[], key: string): string[] | null {
	const re = new RegExp(`^${key}[ \\t]*:[ \\t]*(.*)$`, "i");
	for (let i = 0; i < lines.length; i++) {
		const m = re.exec(lines[i]);
		if (!m) continue;
		const value = m[1].replace(/\s+#.*$/, "").trim();
		const items = value.startsWith("[") && value.endsWith("]") ? value.slice(1, -1).split(",") : value ? value.split(/,\s*/) : [];
		for (let j = i + 1; !value && j < lines.length && /^\s*-\s/.test(lines[j]); j++) items.push(lines[j].replace(/^\s*-\s*/, ""));
		return items.map((s) => s.trim().replace(/^(["'])(.*)\1$/, "$2").replace(/^#/, "")).filter((s) => s !== "");
	}
	return null;
}

function unique(words: string[]): string[] {
	const seen = new Set<string>();
	return words.filter((w) => {
		const k = w.toLowerCase();
		if (STORY_TAG.test(w) || seen.has(k)) return false;
		seen.add(k);
		return true;
	});
}

function inCodeFence(lines: string[]): boolean[] {
	let open = false;
	return lines.map((line) => {
		if (/^[ \t]{0,3}(```|~~~)/.test(line)) {
			open = !open;
			return true;
		}
		return open;
	});
}

export function starPartsOf(text: string, labels?: LabelWords): Record<StarKey, string> {
	const labelled = labels ? labelledParts(text, labels) : null;
	if (labelled?.found) {
		const out = { ...labelled.parts };
		for (const k of STAR_KEYS) out[k] = out[k].trim();
		return out;
	}
	const parts: Record<StarKey, string> = { situation: "", task: "", action: "", result: "" };
	for (const p of splitAnswer(text, labels)) if (p.part !== "unplaced") parts[p.part] = `${parts[p.part]} ${p.text}`.trim();
	return parts;
}

/** The stories of one note: the note itself when it is marked, and each marked heading. */
export function findStories(path: string, text: string, labels?: LabelWords): Story[] {
	const fm = FRONT_MATTER.exec(text);
	const fmLines = fm ? fm[1].split(/\r?\n/) : [];
	const bodyStart = fm ? fm[0].split("\n").length - (fm[0].endsWith("\n") ? 1 : 0) : 0;
	const lines = text.split(/\r?\n/);
	const code = inCodeFence(lines);
	const stories: Story[] = [];

	const firstHeading = lines.findIndex((l, i) => i >= bodyStart && !code[i] && HEADING.test(l));
	const preamble = lines.slice(bodyStart, firstHeading < 0 ? lines.length : firstHeading);
	const preTags = preamble.flatMap((l, i) => (code[bodyStart + i] ? [] : tagsIn(l)));
	const property = (frontMatterList(fmLines, STORY_PROPERTY) ?? []).some((v) => /^(?:true|yes|是)$/i.test(v));
	const fmTags = frontMatterList(fmLines, "tags") ?? [];
	if (property || [...fmTags, ...preTags].some((t) => STORY_TAG.test(t))) {
		const body = lines.slice(bodyStart).filter((l) => !isTagLine(l)).join("\n").trim();
		stories.push({
			id: path,
			name: noteName(path),
			path,
			heading: null,
			line: 1,
			competencies: unique([...(frontMatterList(fmLines, "competencies") ?? []), ...fmTags, ...preTags]),
			text: body,
			parts: starPartsOf(body, labels),
		});
	}

	for (let i = bodyStart; i < lines.length; i++) {
		const h = code[i] ? null : HEADING.exec(lines[i]);
		if (!h) continue;
		const level = h[1].length;
		let end = i + 1;
		while (end < lines.length && !(!code[end] && (HEADING.exec(lines[end])?.[1].length ?? 7) <= level)) end++;
		const next = lines.slice(i + 1, end).findIndex((l) => l.trim() !== "");
		const tagLine = next >= 0 && isTagLine(lines[i + 1 + next]) ? i + 1 + next : -1;
		const tags = [...tagsIn(lines[i]), ...(tagLine >= 0 ? tagsIn(lines[tagLine]) : [])];
		if (!tags.some((t) => STORY_TAG.test(t))) continue;
		const heading = h[2];
		const name = heading.replace(TAG, " ").replace(/\s+/g, " ").trim() || heading;
		const body = lines
			.slice(i + 1, end)
			.filter((_, k) => i + 1 + k !== tagLine)
			.join("\n")
			.trim();
		stories.push({ id: `${path}#${heading}`, name, path, heading, line: i + 1, competencies: unique(tags), text: body, parts: starPartsOf(body, labels) });
	}
	return stories;
}

/** A line of tags only (`#story #冲突`). */
function isTagLine(line: string): boolean {
	const t = line.trim();
	return t.startsWith("#") && !/^#{1,6}\s/.test(t) && t.replace(TAG, "").trim() === "";
}
