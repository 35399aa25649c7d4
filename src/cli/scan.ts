// `npm run --silent scan -- <vault-folder> [--hub NAME]... [--depth N] [--exclude FOLDER]... [--json | --table] [--lang zh|en]`
// Reads a vault folder with the same core the plugin uses and prints the question index as JSON
// or the coverage table. The vault's own settings (vault-settings.ts) apply unless flags override
// them. Bad input: one line on stderr and exit code 2.
import * as fs from "node:fs";
import { computeCoverage } from "../core/coverage";
import { excludedFolders, frontMatterExcludes, inExcludedFolder } from "../core/excluded-notes";
import { parseNote } from "../core/parse/parse-note";
import { computePrepSet, type PrepSet } from "../core/prep-set";
import { addExtraNotes, hasExtras } from "../core/extra-notes";
import { noteTextTags } from "../core/note-tags";
import { buildIndex } from "../core/index/question-index";
import { withoutNotQuestions } from "../core/not-questions";
import type { Lang, ParsedNote, QuestionIndex } from "../core/types";
import { ArgError, parseArgs, USAGE } from "./args";
import { closestNames } from "./closest-names";
import { escapeControls, formatCoverageTable } from "./coverage-table";
import { buildLinkGraph } from "./link-graph";
import { readVault, type ReadOptions } from "./read-vault";
import { readVaultSettings } from "./vault-settings";
import { isMain } from "./is-main";
import { noteName } from "../core/note-name";

export interface ScanIO {
	stdout: (text: string) => void;
	stderr: (text: string) => void;
	/** Epoch ms for "last practised" texts; defaults to the clock. */
	now?: number;
	env?: Record<string, string | undefined>;
	/** Passed to readVault (tests use it to make a file unreadable or a note "huge"). */
	read?: ReadOptions;
}

/** The `--json` output (the shape the README documents). */
export interface ScanJson {
	notes: { path: string; questions: number }[];
	questions: {
		id: string;
		path: string;
		line: number;
		text: string;
		topic: string[];
		answered: boolean;
		covered: boolean;
		parts: { hint: boolean; answer: boolean; context: boolean };
		star: { situation: boolean; task: boolean; action: boolean; result: boolean };
		variantOf: string | null;
	}[];
	gaps: string[];
}

export function toJson(index: QuestionIndex): ScanJson {
	return {
		notes: index.notes.map((n) => ({ path: n.path, questions: n.questions })),
		questions: index.questions.map((q) => ({
			id: q.id,
			path: q.path,
			line: q.line,
			text: q.text,
			topic: q.topic,
			answered: q.answered,
			covered: q.covered,
			parts: { hint: q.parts.hint.trim() !== "", answer: q.parts.answer.trim() !== "", context: q.parts.context.trim() !== "" },
			star: { situation: q.star.situation, task: q.star.task, action: q.star.action, result: q.star.result },
			variantOf: q.variantOf,
		})),
		gaps: index.gaps,
	};
}

function defaultLang(env: Record<string, string | undefined>): Lang {
	const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
	return locale.toLowerCase().startsWith("zh") ? "zh" : "en";
}

/** Runs the scan; returns the exit code (0 fine, 2 bad input or an unreadable file). */
export function runScan(argv: string[], io: ScanIO): number {
	// File names and headings reach stderr too: controls in them are escaped as in the table.
	const warn = (message: string): void => io.stderr(`scan: ${escapeControls(message)}\n`);
	const fail = (message: string): number => {
		warn(message);
		return 2;
	};
	let args;
	try {
		args = parseArgs(argv);
	} catch (err) {
		if (err instanceof ArgError) return fail(`${err.message}\n${USAGE}`.split("\n").join(" — "));
		throw err;
	}
	if (args.help) {
		io.stdout(USAGE + "\n");
		return 0;
	}
	let stat: fs.Stats;
	try {
		stat = fs.statSync(args.folder);
	} catch {
		return fail(`folder not found: ${args.folder}`);
	}
	if (!stat.isDirectory()) return fail(`not a folder: ${args.folder}`);

	const vault = readVault(args.folder, io.read);
	let exit = 0;
	for (const p of vault.problems) {
		warn(`${p.error ? "" : "warning: "}${p.path}: ${p.message}`);
		if (p.error) exit = 2;
	}

	const own = readVaultSettings(args.folder);
	for (const p of own.problems) io.stderr(`scan: warning: ${p}\n`);
	const settings = own.settings;
	const hubs = args.hubs.length > 0 ? args.hubs : settings.hubs;
	const depth = args.depthGiven ? args.depth : settings.depth;
	// Mock logs, templates, excluded folders and notes marked `interview-prep: exclude`: never prep notes.
	const folders = excludedFolders({ ...settings, excludedFolders: [...settings.excludedFolders, ...args.exclude] }, own.templateFolders);
	const textOf = new Map(vault.notes.map((n) => [n.path, n.text]));
	const excluded = (p: string): boolean => inExcludedFolder(p, folders) || frontMatterExcludes(textOf.get(p) ?? "");

	let prep: PrepSet | null = null;
	let notes = vault.notes.filter((n) => !excluded(n.path));
	// As in Obsidian: the hubs' links plus the extra folders and tags (these alone when no hub is set).
	const extras = { depth, extraFolders: settings.extraFolders, extraTags: settings.extraTags };
	if (hubs.length > 0 || hasExtras(extras)) {
		const graph = buildLinkGraph(vault.notes);
		prep = computePrepSet(graph, hubs, depth, excluded);
		if (prep.missingHubs.length > 0) {
			const names = [...vault.notes.map((n) => noteName(n.path)), ...Object.values(graph.unresolvedLinks).flatMap((l) => Object.keys(l).map(noteName))];
			for (const hub of prep.missingHubs) {
				const close = closestNames(hub, names);
				fail(`no note links to hub "${hub}" and no note has that name${close.length ? `; closest note names: ${close.join(", ")}` : ""}`);
			}
			return 2;
		}
		prep = addExtraNotes(prep, vault.notes.map((n) => ({ path: n.path, tags: () => noteTextTags(n.text) })), extras, excluded);
		const order = new Map(prep.paths.map((p, i) => [p, i]));
		notes = vault.notes.filter((n) => order.has(n.path)).sort((a, b) => (order.get(a.path) ?? 0) - (order.get(b.path) ?? 0));
	}

	const parsed: ParsedNote[] = notes.map((note) => {
		try {
			return parseNote(note.path, note.text, { labels: settings.labels, promptHeadings: settings.promptHeadings });
		} catch (err) {
			// parseNote promises never to throw; if it does, the rest of the vault still scans.
			warn(`warning: ${note.path}: could not be parsed (${err instanceof Error ? err.message : String(err)})`);
			return { path: note.path, questions: [], warnings: [] };
		}
	});
	// Questions the person hid in Obsidian ("Not a question") are hidden here too.
	const index = buildIndex(withoutNotQuestions(parsed, settings.notQuestions));

	if (args.format === "json") {
		// JSON.stringify escapes C0 controls but leaves DEL and C1 (U+009B is a terminal's CSI) raw.
		const json = JSON.stringify(toJson(index), null, 2).replace(/[\u007f-\u009f]/g, (ch) => "\\u" + ch.charCodeAt(0).toString(16).padStart(4, "0"));
		io.stdout(json + "\n");
	} else {
		const report = computeCoverage({ index, prep, now: io.now ?? Date.now(), targetSeconds: settings.targetSeconds });
		io.stdout(formatCoverageTable(report, args.lang ?? defaultLang(io.env ?? {})));
	}
	return exit;
}

if (isMain(import.meta.url)) {
	process.exitCode = runScan(process.argv.slice(2), {
		stdout: (t) => process.stdout.write(t),
		stderr: (t) => process.stderr.write(t),
		env: process.env,
	});
}
