// A fingerprint of every parse result (node --import tsx --import ./shims/register.mjs
// bench/parse-snapshot.ts [--write file]): the seeds, ../shared/corpus and the bench vault, parsed
// from the TypeScript source with the default settings, hashed. A speed change must leave it as it was.
import { createHash } from "node:crypto";
import { existsSync, writeFileSync } from "node:fs";
import { parseNote } from "../src/core/parse/parse-note";
import { DEFAULT_SETTINGS } from "../src/core/settings";
import { generateVault, DEFAULT_VAULT } from "./generate-vault";
import { notesIn } from "./reader-identity";

const notesUnder = (dir: string): [string, string][] => (existsSync(dir) ? notesIn(dir) : []);

const OPTS = { labels: DEFAULT_SETTINGS.labels, promptHeadings: DEFAULT_SETTINGS.promptHeadings };

const notes = [...notesUnder("../shared/seeds"), ...notesUnder("../shared/corpus"), ...generateVault(DEFAULT_VAULT)];
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
