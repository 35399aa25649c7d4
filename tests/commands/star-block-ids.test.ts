import { describe, expect, it } from "vitest";
import { DEFAULT_LABELS } from "../../src/core/labels";
import { convertToStar } from "../../src/core/star/star-convert";
import { restoreOriginal } from "../../src/commands/star-commands";
import { RecordingEditor } from "../core/star/fake-editor";
import { convert } from "./star-host";

// A block id (`… ^id`) is what other notes link to (`[[note#^id]]`): converting must keep it once,
// right after the words it followed, and restoring must put it back on its own line.

/** Convert the answer of a one-question note, then restore it from the callout. */
function roundTrip(answer: string) {
	const note = `# 笔记\n\n## 讲一次经历？\n\n${answer}\n\n## 下一个问题？\n\n回答。\n`;
	const { editor, host } = convert(note.replace("## 讲一次经历？\n\n", "## 讲一次经历？\n\n|"));
	const converted = editor.getValue();
	const later = new RecordingEditor(converted, { line: 4, ch: 0 });
	restoreOriginal(later, host);
	return { note, converted, restored: later.getValue() };
}

const count = (text: string, id: string): number => text.split(`^${id}`).length - 1;

describe("Block ids through STAR conversion and restore", () => {
	it("an id on a list item whose items go to different parts stays on that item's words", () => {
		const { note, converted, restored } = roundTrip("1. 当时投诉很多。\n2. 最终少了一半。 ^id1\n\n当时项目延期。");
		expect(converted).toContain("**结果（Result）**：最终少了一半。 ^id1\n");
		expect(count(converted, "id1")).toBe(1);
		expect(restored).toBe(note);
	});

	it("an id on a paragraph stays after that paragraph, not after the list that follows it", () => {
		const { note, converted, restored } = roundTrip("我先拆分了任务，然后安排了站会。 ^id1\n- 先看监控\n- 然后回滚");
		expect(converted).toContain("然后安排了站会。 ^id1\n");
		expect(count(converted, "id1")).toBe(1);
		expect(restored).toBe(note);
	});

	it("an id on the first of two paragraphs in one part stays after the first", () => {
		const { note, converted, restored } = roundTrip("当时项目延期。 ^id1\n\n当时项目延期。当时项目延期。");
		expect(converted).toContain("**情境（Situation）**：当时项目延期。 ^id1\n\n当时项目延期。当时项目延期。\n");
		expect(restored).toBe(note);
	});

	it("an id on a line with no words of its own (a lone label, a quote marker) is kept whole in the original", () => {
		for (const line of ["情境： ^x-2", "> ^x-2", "答： ^x-2"]) {
			const r = convertToStar(`${line}\n`, { lang: "zh", labels: DEFAULT_LABELS, keepOriginal: true });
			expect(r.kind).toBe("converted");
			if (r.kind !== "converted") return;
			expect(r.text, line).toContain(`\n> ${line}`);
			const { note, converted, restored } = roundTrip(`当时项目延期。\n\n${line}\n\n最终提前上线。`);
			expect(count(converted, "x-2"), line).toBe(1);
			expect(restored, line).toBe(note);
		}
	});

	it("an id-like line in code is code: kept as it is in the parts and the original, and not added again on restore", () => {
		for (const answer of [
			"当时项目延期。```\ncode\n``` ^id1",
			"```\ncode\n```当时项目延期。 ^id1",
			"当时项目延期。\n\n```\ncode ^id1\n```",
			"当时项目延期。 ^id1\n\n```\ncode ^id1\n```",
			// Text after a closing fence makes it no closing fence: the id below is still code.
			"```\ncode\n```当时项目延期。\n当时项目延期。 ^id1",
		]) {
			const { note, restored } = roundTrip(answer);
			expect(restored, answer).toBe(note);
		}
	});

	it("an id goes back on its own line when other lines end with the same words", () => {
		for (const answer of [
			"Builds took 8 minutes.  ^id1\nBuilds took 8 minutes.",
			"I set up a cache.  ^id1\n\nBuilds took 8 minutes. I set up a cache.",
			"当时项目延期。我是一个细心的人。\n我是一个细心的人。 ^id1",
			"At my last job, builds were slow. At my last job, builds were slow. \nAt my last job, builds were slow.  ^id1",
			"I like people. \n\n当时项目延期。1. 当时投诉很多。\n2. 最终少了一半。I like people.  ^id1",
			// The list that ends alike went to an earlier part (Action) than the id's line (not placed).
			"I like people.  ^id1\n- 先看监控\n- 然后回滚I like people. \n当时项目延期。",
		]) {
			const { note, restored } = roundTrip(answer);
			expect(restored, answer).toBe(note);
		}
	});
});
