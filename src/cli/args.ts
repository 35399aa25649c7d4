// The scan command's arguments: `<vault-folder> [--hub NAME]... [--depth N] [--exclude FOLDER]... [--json | --table] [--lang zh|en]`.
// --hub and --depth, when given, override the vault's own settings.
import { vaultFolder } from "../core/folder-path";
import type { Lang } from "../core/types";

export interface ScanArgs {
	folder: string;
	hubs: string[];
	depth: number;
	/** --depth was given (else the vault's setting holds). */
	depthGiven: boolean;
	/** Folders to leave out, besides those the vault's settings name. */
	exclude: string[];
	format: "json" | "table";
	lang: Lang | null;
	help: boolean;
}

export const USAGE = "usage: npm run --silent scan -- <vault-folder> [--hub NAME]... [--depth N] [--exclude FOLDER]... [--json | --table] [--lang zh|en]";

export class ArgError extends Error {}

/** Throws ArgError with a one-line message for anything it cannot take. */
export function parseArgs(argv: string[]): ScanArgs {
	const args: ScanArgs = { folder: "", hubs: [], depth: 1, depthGiven: false, exclude: [], format: "table", lang: null, help: false };
	const folders: string[] = [];
	let formatFlag = "";
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
		const name = eq > 0 ? arg.slice(0, eq) : arg;
		const value = (): string => {
			if (eq > 0) return arg.slice(eq + 1);
			const next = argv[i + 1];
			if (next === undefined || (next.startsWith("--") && next.length > 2)) throw new ArgError(`${name} needs a value`);
			i++;
			return next;
		};
		switch (name) {
			case "--hub": {
				const hub = value().trim();
				if (!hub) throw new ArgError("--hub needs a note name");
				args.hubs.push(hub);
				break;
			}
			case "--depth": {
				const raw = value();
				const depth = Number(raw);
				if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(depth)) throw new ArgError(`--depth takes a whole number of hops, not "${raw}"`);
				args.depth = depth;
				args.depthGiven = true;
				break;
			}
			case "--exclude": {
				const folder = vaultFolder(value());
				if (!folder) throw new ArgError("--exclude takes a folder inside the vault");
				args.exclude.push(folder);
				break;
			}
			case "--json":
			case "--table":
				if (formatFlag && formatFlag !== name) throw new ArgError("choose one of --json and --table");
				formatFlag = name;
				args.format = name === "--json" ? "json" : "table";
				break;
			case "--lang": {
				const lang = value();
				if (lang !== "zh" && lang !== "en") throw new ArgError(`--lang takes zh or en, not "${lang}"`);
				args.lang = lang;
				break;
			}
			case "-h":
			case "--help":
				args.help = true;
				break;
			default:
				if (arg.startsWith("-") && arg !== "-") throw new ArgError(`unknown option ${arg}`);
				folders.push(arg);
		}
	}
	if (args.help) return args;
	if (folders.length === 0) throw new ArgError("give the vault folder to scan");
	if (folders.length > 1) throw new ArgError(`give one vault folder, not ${folders.length} (${folders.join(", ")})`);
	args.folder = folders[0];
	return args;
}
