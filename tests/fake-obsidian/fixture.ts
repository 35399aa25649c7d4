// Test fixtures on top of the fake: makeApp and friends (also in make-app.ts, which the browser page
// imports), and loadVaultFolder, which reads a folder from disk (Node only).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";

export { asRealApp, loadPlugin, makeApp, makeEditor, setPageVisibility, TEST_MANIFEST, withCursor } from "./make-app";
export type { MakeAppOptions } from "./make-app";

/** The fixture vault in the repository (tests run from the repository root; import.meta.url is not a file URL under happy-dom). */
export const FIXTURE_VAULT = resolve(process.cwd(), "tests/fixtures/vault");

/** Every `.md` file under `dir`, as vault path → text (paths with forward slashes). */
export function loadVaultFolder(dir: string = FIXTURE_VAULT): Record<string, string> {
	const out: Record<string, string> = {};
	const walk = (d: string): void => {
		for (const name of readdirSync(d).sort()) {
			if (name.startsWith(".")) continue;
			const full = join(d, name);
			if (statSync(full).isDirectory()) walk(full);
			else if (name.endsWith(".md")) out[relative(dir, full).split(sep).join("/")] = readFileSync(full, "utf8");
		}
	};
	walk(dir);
	return out;
}
