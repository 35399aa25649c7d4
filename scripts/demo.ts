// `npm run demo`: build the plugin, install it into a vault (VAULT=… or demo-vault/), turn it on,
// and print the coverage of that vault as `scan --table` sees it (with the vault's own settings).
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { runScan } from "../src/cli/scan";
import { readVaultSettings } from "../src/cli/vault-settings";
import { installPlugin } from "./demo-install";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function die(message: string): never {
	process.stderr.write(`demo: ${message}\n`);
	process.exit(2);
}

const vault = path.resolve(process.env.VAULT || path.join(root, "demo-vault"));
if (!fs.existsSync(vault) || !fs.statSync(vault).isDirectory()) die(`vault folder not found: ${vault}`);

// esbuild straight away: the bundle does not wait for the type-check (`npm run build` adds it).
const build = spawnSync(process.execPath, ["esbuild.config.mjs", "production"], { cwd: root, stdio: "inherit" });
if (build.status !== 0) die("the build failed (see above)");

const { id, pluginDir } = installPlugin(root, vault);
process.stdout.write(`Installed ${id} into ${path.relative(process.cwd(), pluginDir) || pluginDir} and enabled it.\n\n`);

// The vault's own hubs (the demo vault ships with its hub set); every note when it has none.
const { settings } = readVaultSettings(vault);
const io = { stdout: (t: string) => process.stdout.write(t), stderr: (t: string) => process.stderr.write(t), env: process.env };
if (settings.hubs.length === 0) process.stdout.write("No hub is set in this vault's plugin settings; showing every note.\n\n");
const code = runScan([vault, "--table"], io);
const hubHint = settings.hubs.length === 0 ? " Then set your hub note in the plugin's settings." : "";
process.stdout.write(`\nOpen ${vault} as a vault in Obsidian; the plugin is on (trust the vault's plugins when asked).${hubHint}\n`);
process.exitCode = code;
