// `npm run demo`: build the plugin, install it into a vault (VAULT=… or demo-vault/), turn it on,
// and print the coverage of that vault as `scan --table` sees it.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { runScan } from "../src/cli/scan";

const DEMO_HUB = "面试-面试官角度准备";
// A vault on disk, outside Obsidian: its config folder has the default name.
const CONFIG_DIR = ".obsidian";
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function die(message: string): never {
	process.stderr.write(`demo: ${message}\n`);
	process.exit(2);
}

function readJson(file: string): unknown {
	try {
		return JSON.parse(fs.readFileSync(file, "utf8"));
	} catch {
		return null;
	}
}

const vault = path.resolve(process.env.VAULT || path.join(root, "demo-vault"));
if (!fs.existsSync(vault) || !fs.statSync(vault).isDirectory()) die(`vault folder not found: ${vault}`);

// esbuild straight away: the bundle does not wait for the type-check (`npm run build` adds it).
const build = spawnSync(process.execPath, ["esbuild.config.mjs", "production"], { cwd: root, stdio: "inherit" });
if (build.status !== 0) die("the build failed (see above)");

const manifest = readJson(path.join(root, "manifest.json")) as { id?: string } | null;
const id = manifest?.id ?? "interview-prep";
const pluginDir = path.join(vault, CONFIG_DIR, "plugins", id);
fs.mkdirSync(pluginDir, { recursive: true });
for (const file of ["main.js", "manifest.json", "styles.css"]) fs.copyFileSync(path.join(root, file), path.join(pluginDir, file));

const listFile = path.join(vault, CONFIG_DIR, "community-plugins.json");
const list = readJson(listFile);
const enabled = Array.isArray(list) ? list.filter((x): x is string => typeof x === "string") : [];
if (!enabled.includes(id)) {
	enabled.push(id);
	fs.writeFileSync(listFile, JSON.stringify(enabled, null, 2) + "\n");
}
process.stdout.write(`Installed ${id} into ${path.relative(process.cwd(), pluginDir) || pluginDir} and enabled it.\n\n`);

// The vault's own hubs when the plugin was set up there, else the demo hub; every note when neither is linked.
const data = readJson(path.join(pluginDir, "data.json")) as { settings?: { hubs?: unknown }; hubs?: unknown } | null;
const saved = data?.settings?.hubs ?? data?.hubs;
const fromSettings = Array.isArray(saved) && saved.length > 0 && saved.every((h) => typeof h === "string");
const hubs: string[] = fromSettings ? saved : [DEMO_HUB];
const io = { stdout: (t: string) => process.stdout.write(t), stderr: (t: string) => process.stderr.write(t), env: process.env };
const hubArgs = hubs.flatMap((h) => ["--hub", h]);
let problems = "";
let hubFound = true;
let code = runScan([vault, ...hubArgs, "--table"], { ...io, stderr: (t) => (problems += t) });
if (code === 2 && problems.includes("no note links to hub")) {
	hubFound = false;
	process.stdout.write(`No note in this vault links to ${hubs.join(", ")}; showing every note.\n\n`);
	problems = "";
	code = runScan([vault, "--table"], { ...io, stderr: (t) => (problems += t) });
}
process.stderr.write(problems);
const hubHint = hubFound && !fromSettings ? ` In its settings, set the hub to ${DEMO_HUB}.` : "";
process.stdout.write(`\nOpen ${vault} as a vault in Obsidian; the plugin is on (trust the vault's plugins when asked).${hubHint}\n`);
process.exitCode = code;
