// A fingerprint of every parse result (node --import tsx --import ./shims/register.mjs
// bench/parse-snapshot.ts [--write file]): the seeds, ../shared/corpus and the bench vault, parsed
// from the TypeScript source with the default settings, hashed. A speed change must leave it as it was.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseNote } from "../src/core/parse/parse-note";
import { DEFAULT_SETTINGS } from "../src/core/settings";
import { generateVault, DEFAULT_VAULT } from "./generate-vault";

const OPTS = { labels: DEFAULT_SETTINGS.labels, promptHeadings: DEFAULT_SETTINGS.promptHeadings };

function notesIn(dir: string): [string, string][] {
	if (!existsSync(dir)) return [];
	const out: [string, string][] = [];
	const walk = (d: string): void => {
		for (const f of readdirSync(d).sort()) {
			const p = join(d, f);
			if (statSync(p).isDirectory()) walk(p);
			else if (/\.(md|txt)$/.test(f)) out.push([p, readFileSync(p, "utf8")]);
		}
	};
	walk(dir);
	return out;
}

const notes = [...notesIn("../shared/seeds"), ...notesIn("../shared/corpus"), ...generateVault(DEFAULT_VAULT)];
const hash = createHash("sha256");
const lines: string[] = [];
for (const [path, text] of notes) {
	const json = JSON.stringify(parseNote(path, text, OPTS));
	hash.update(json);
	lines.push(json);
}
const at = process.argv.indexOf("--write");
if (at > 0) writeFileSync(process.argv[at + 1], lines.join("\n") + "\n");
console.log(`${notes.length} notes: ${hash.digest("hex").slice(0, 16)}`);
