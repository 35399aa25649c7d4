// The questions as a tab-separated file Anki's importer reads (File › Import): a stable GUID (so a
// second import updates instead of duplicating), the question, the back (model answer, hint and
// background as simple HTML, then a link to the note), and the topic path as Anki tags.
import type { Question, QuestionIndex } from "../types";
import { t } from "../i18n";
import type { Lang } from "../types";
import { escapeHtml, markdownToHtml } from "./markdown-html";

export interface AnkiExportOptions {
	lang: Lang;
	/** The vault's name, for obsidian://open links. */
	vaultName: string;
}

/** Anki tags cannot hold spaces; "::" nests them, so a topic path stays a path in Anki's browser. */
export function topicTag(topic: readonly string[]): string {
	return topic.map((t) => t.trim().replace(/[\s:]+/g, "_")).filter((t) => t !== "").join("::");
}

function noteLink(path: string, vaultName: string): string {
	const href = `obsidian://open?vault=${encodeURIComponent(vaultName)}&file=${encodeURIComponent(path.replace(/\.md$/i, ""))}`;
	return `<p><a href="${escapeHtml(href)}">${escapeHtml(path.replace(/\.md$/i, ""))}</a></p>`;
}

/** The back: each part of the question and its variants (once each), then where it lives. */
function back(q: Question, members: readonly Question[], opts: AnkiExportOptions): string {
	const out: string[] = [];
	const parts: [keyof Question["parts"], "export.answer" | "export.hint" | "export.context"][] = [
		["answer", "export.answer"],
		["hint", "export.hint"],
		["context", "export.context"],
	];
	for (const [part, label] of parts) {
		const texts = [...new Set(members.map((m) => m.parts[part].trim()).filter((t) => t !== ""))];
		if (texts.length === 0) continue;
		out.push(`<p><b>${escapeHtml(t(opts.lang, label))}</b></p>`);
		for (const t of texts) out.push(markdownToHtml(t));
	}
	out.push(noteLink(q.path, opts.vaultName));
	return out.join("");
}

/** A field never holds a tab or a line break (the HTML carries the structure). */
function field(s: string): string {
	return s.replace(/[\t\r\n]+/g, " ");
}

/** The whole file: Anki's header lines, then one line per canonical question. */
export function ankiTsv(index: QuestionIndex, opts: AnkiExportOptions): { text: string; count: number } {
	const lines = ["#separator:tab", "#html:true", "#guid column:1", "#tags column:4", "#columns:GUID\tFront\tBack\tTags"];
	let count = 0;
	for (const q of index.questions) {
		if (q.variantOf !== null) continue;
		const members = [q, ...q.variants.map((id) => index.byId.get(id)).filter((v): v is Question => v !== undefined)];
		const tags = ["interview-prep", topicTag(q.topic)].filter((t) => t !== "");
		lines.push([`interview-prep-${q.id}`, escapeHtml(q.text), back(q, members, opts), tags.join(" ")].map(field).join("\t"));
		count++;
	}
	return { text: lines.join("\n") + "\n", count };
}
