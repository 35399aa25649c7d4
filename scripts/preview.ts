// `npm run preview`: the plugin in a browser without Obsidian. Builds main.js and the e2e page, then
// serves them with the demo vault on http://127.0.0.1:PORT (default 5178).
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { buildPage, readVault, ROOT } from "../tests/e2e/support/build-page";
import { startServer } from "../tests/e2e/support/server";

const port = Number(process.env.PORT ?? 5178);

execFileSync(process.execPath, ["esbuild.config.mjs", "production"], { cwd: ROOT, stdio: "inherit" });
await buildPage();
let vault = readVault(join(ROOT, "demo-vault"));
let from = "demo-vault/";
const noteCount = (v: Record<string, string>): number => Object.keys(v).filter((p) => p.endsWith(".md")).length;
if (noteCount(vault) === 0) {
	vault = readVault(join(ROOT, "tests/fixtures/vault"));
	from = "tests/fixtures/vault/ (demo-vault/ has no notes)";
}
const server = await startServer(vault, port);
console.log(`Interview Prep preview: ${server.url}  (${noteCount(vault)} notes from ${from})`);
console.log(`  dark theme: ${server.url}?theme=dark   English UI: ${server.url}?lang=en   start over: ${server.url}?fresh=1`);
console.log("  Ctrl+C to stop.");
