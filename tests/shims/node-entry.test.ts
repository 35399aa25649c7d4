// scan, star, demo and the benchmark run under Node (tsx), not through esbuild or vitest: shims/register.mjs
// makes them run the parser main.js ships, so `npm run bench` measures what the plugin runs.
import { readFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { SHIMS } from "../../shims/aliases.mjs";

const ROOT = resolve(__dirname, "../..");

/** Runs an ES module snippet in Node the way the npm scripts do (tsx and, unless told not to, the hook). */
function runNode(code: string, withShims = true): string {
	const args = ["--input-type=module", "--import", "tsx", ...(withShims ? ["--import", "./shims/register.mjs"] : []), "-e", code];
	const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8" });
	if (r.status !== 0) throw new Error(r.stderr);
	return r.stdout.trim();
}

const PARSE_ENTITY = `import { parseNote } from "./src/core/parse/parse-note.ts";
import { DEFAULT_LABELS } from "./src/core/labels.ts";
const n = parseNote("a.md", "## What is caf&eacute; &copy;?\\n\\nAn answer.\\n", { labels: DEFAULT_LABELS, promptHeadings: true });
console.log(n.questions[0].text);`;

describe("Node entry points", () => {
	it("every npm script that runs TypeScript in Node loads shims/register.mjs", () => {
		const scripts = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
		const underNode = Object.entries(scripts).filter(([, cmd]) => /\btsx\b/.test(cmd));
		expect(underNode.map(([name]) => name).sort()).toEqual(["bench", "demo", "fuzz", "preview", "scan", "star"]);
		for (const [name, cmd] of underNode) expect(cmd, name).toContain("--import ./shims/register.mjs");
	});

	it("resolve each stand-in's package to the stand-in", () => {
		const resolved = JSON.parse(runNode(`console.log(JSON.stringify(${JSON.stringify(Object.keys(SHIMS))}.map((n) => import.meta.resolve(n))))`)) as string[];
		expect(resolved).toEqual(Object.values(SHIMS).map((file) => pathToFileURL(join(ROOT, "shims", file)).href));
	});

	it("parse with the stand-ins, inside the parser's packages too (an entity main.js does not know stays as written)", () => {
		expect(runNode(PARSE_ENTITY)).toBe("What is caf&eacute; ©?");
		expect(runNode(PARSE_ENTITY, false)).toBe("What is café ©?");
	});
});
