// The STAR helper from the command line:
//   npm run --silent star -- convert <note.md> --line N [--json]
//   npm run --silent star -- check <note.md> --line N [--json] [--lang zh|en]
// `convert` prints the note as "Convert answer to STAR template" would leave it (the file is not
// written), or with --json the parts of the answer of the question at line N (1-based). `check`
// prints the STAR check's figures. Bad input: one line on stderr and exit code 2.
import * as fs from "node:fs";
import { detectLang } from "../core/lang";
import { DEFAULT_SETTINGS } from "../core/settings";
import { locateAnswer } from "../core/star/locate-answer";
import { checkStar } from "../core/star/star-check";
import { convertToStar } from "../core/star/star-convert";
import { type StarEdit, planConvert } from "../core/star/star-edit";
import { formatStarReport, starCheckOptions } from "../core/star/star-report";
import { starCheckScope } from "../core/star/star-scope";
import { t } from "../core/i18n";
import type { Lang } from "../core/types";
import { isMain } from "./is-main";

export interface StarIO {
	stdout: (text: string) => void;
	stderr: (text: string) => void;
	readFile?: (path: string) => Uint8Array;
}

export const STAR_USAGE = "usage: npm run --silent star -- (convert|check) <note.md> --line N [--json] [--lang zh|en]";

class BadInput extends Error {}

interface StarArgs {
	command: "convert" | "check";
	file: string;
	line: number;
	json: boolean;
	lang: Lang | null;
}

function parseStarArgs(argv: string[]): StarArgs {
	const [command, ...rest] = argv;
	if (command !== "convert" && command !== "check") throw new BadInput(command ? `unknown command "${command}"; ${STAR_USAGE}` : STAR_USAGE);
	const files: string[] = [];
	let line = NaN;
	let json = false;
	let lang: Lang | null = null;
	for (let i = 0; i < rest.length; i++) {
		const arg = rest[i];
		if (arg === "--json") json = true;
		else if (arg === "--line" || arg.startsWith("--line=")) {
			const value = arg.includes("=") ? arg.slice(7) : rest[++i];
			if (value === undefined || !/^\d{1,9}$/.test(value) || Number(value) < 1) throw new BadInput("--line needs a line number from 1");
			line = Number(value);
		} else if (arg === "--lang" || arg.startsWith("--lang=")) {
			const value = arg.includes("=") ? arg.slice(7) : rest[++i];
			if (value !== "zh" && value !== "en") throw new BadInput("--lang must be zh or en");
			lang = value;
		} else if (arg.startsWith("--")) throw new BadInput(`unknown option ${arg}; ${STAR_USAGE}`);
		else files.push(arg);
	}
	if (files.length !== 1) throw new BadInput(files.length === 0 ? `no note given; ${STAR_USAGE}` : "give one note");
	if (Number.isNaN(line)) throw new BadInput(`--line N is needed; ${STAR_USAGE}`);
	return { command, file: files[0], line, json, lang };
}

function readNote(file: string, io: StarIO): string {
	let bytes: Uint8Array;
	try {
		bytes = (io.readFile ?? fs.readFileSync)(file);
	} catch (err) {
		const code = (err as { code?: string }).code;
		throw new BadInput(code === "ENOENT" ? `no such file: ${file}` : `cannot read ${file} (${code ?? String(err)})`);
	}
	try {
		return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
	} catch {
		throw new BadInput(`${file} is not UTF-8 text`);
	}
}

/** The note with one edit applied (positions as the editor counts them: "\n"-separated lines). */
function applyEdit(text: string, edit: StarEdit): string {
	const lines = text.split("\n");
	const offset = (p: { line: number; ch: number }): number => lines.slice(0, p.line).reduce((sum, l) => sum + l.length + 1, 0) + p.ch;
	return text.slice(0, offset(edit.from)) + edit.text + text.slice(offset(edit.to));
}

function run(args: StarArgs, io: StarIO): void {
	const note = readNote(args.file, io);
	const lines = note.split("\n");
	const settings = DEFAULT_SETTINGS;
	const at = { cursor: { line: args.line - 1, ch: 0 } };
	const target = args.line <= lines.length ? locateAnswer(note.replace(/\r\n/g, "\n"), at, settings) : null;
	if (!target?.question) throw new BadInput(`no question at line ${args.line} of ${args.file}`);
	const lang = args.lang ?? detectLang(target.text || note);
	if (args.command === "check") {
		const scope = starCheckScope(target.question.text, target.text, { labels: settings.labels, requested: true });
		const report = scope === "check" ? checkStar(target.text, starCheckOptions(settings)) : null;
		const say = args.lang ?? detectLang(note);
		if (args.json) {
			const behavioural = starCheckScope(target.question.text, target.text, { labels: settings.labels }) === "check";
			io.stdout(`${JSON.stringify({ question: target.question.text, scope, behavioural, report }, null, 2)}\n`);
		} else if (report) io.stdout(`${formatStarReport(report, say).join("\n")}\n`);
		else io.stdout(`${t(say, "star.notice.nothingWritten")}\n`);
		return;
	}
	if (args.json) {
		const r = convertToStar(target.text, { lang, labels: settings.labels, keepOriginal: true });
		const parts = r.kind === "converted" ? r.parts : null;
		io.stdout(`${JSON.stringify({ parts, original: target.text, ...(r.kind === "already-star" ? { alreadyStar: true } : {}) }, null, 2)}\n`);
		return;
	}
	const plan = planConvert(note, at, { ...settings, keepOriginal: settings.starKeepOriginal, lang });
	io.stdout(plan.kind === "edit" ? applyEdit(note, plan) : note);
}

export function runStar(argv: string[], io: StarIO): number {
	try {
		run(parseStarArgs(argv), io);
		return 0;
	} catch (err) {
		if (!(err instanceof BadInput)) throw err;
		io.stderr(`star: ${err.message}\n`);
		return 2;
	}
}


if (isMain(import.meta.url)) {
	process.exitCode = runStar(process.argv.slice(2), { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) });
}
