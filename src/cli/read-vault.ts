// Reads the Markdown notes of a vault folder from disk. Stays inside the folder (symlinks that
// point out of it are not followed; loops are visited once), skips hidden folders such as
// .obsidian and .git, and node_modules; never throws for one bad file.
import * as fs from "node:fs";
import * as path from "node:path";

export interface VaultNote {
	/** Relative to the vault folder, "/" separators. */
	path: string;
	text: string;
}

export interface VaultProblem {
	path: string;
	message: string;
	/** True for a file that could not be read at all; false when it was read with a caveat. */
	error: boolean;
}

export interface VaultRead {
	notes: VaultNote[];
	problems: VaultProblem[];
}

/** Bigger notes are read only up to this size (a note this long is almost certainly not prep notes). */
export const MAX_NOTE_BYTES = 4 * 1024 * 1024;

const SKIP = new Set(["node_modules"]);

function within(root: string, real: string): boolean {
	return real === root || real.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}

function codeOf(err: unknown): string {
	if (err && typeof err === "object" && "code" in err && typeof err.code === "string") return err.code;
	return err instanceof Error ? err.message : String(err);
}

/** Bytes → text: UTF-8 (BOM stripped), UTF-16 with a BOM, GB18030, else UTF-8 with replacement characters. */
export function decodeNote(bytes: Uint8Array): { text: string; warning: string | null } {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
	else if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), warning: null };
	else if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), warning: null };
	try {
		return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), warning: null };
	} catch {
		// Older Chinese notes are often GB18030 (GBK); try it before giving up on the bytes.
		try {
			return { text: new TextDecoder("gb18030", { fatal: true }).decode(bytes), warning: "not UTF-8; read as GB18030" };
		} catch {
			return { text: new TextDecoder("utf-8").decode(bytes), warning: "not valid UTF-8; unreadable bytes were replaced" };
		}
	}
}

export interface ReadOptions {
	/** Reads at most `maxBytes` of a file (tests inject failures here). */
	readFile?: (absPath: string, maxBytes: number) => Uint8Array;
	maxNoteBytes?: number;
}

/** The first `maxBytes` of a file, without loading the rest of a huge one. */
export function readHead(file: string, maxBytes: number): Uint8Array {
	const fd = fs.openSync(file, "r");
	try {
		const size = fs.fstatSync(fd).size;
		if (size <= maxBytes) return fs.readFileSync(fd);
		const buf = Buffer.alloc(maxBytes);
		const n = fs.readSync(fd, buf, 0, maxBytes, 0);
		return buf.subarray(0, n);
	} finally {
		fs.closeSync(fd);
	}
}

export function readVault(folder: string, options: ReadOptions = {}): VaultRead {
	const read = options.readFile ?? readHead;
	const maxBytes = options.maxNoteBytes ?? MAX_NOTE_BYTES;
	const root = fs.realpathSync(folder);
	const notes: VaultNote[] = [];
	const problems: VaultProblem[] = [];
	const seenDirs = new Set<string>([root]);

	const relOf = (abs: string): string => path.relative(folder, abs).split(path.sep).join("/").normalize("NFC");

	const walk = (dir: string): void => {
		let entries: fs.Dirent[];
		try {
			entries = fs.readdirSync(dir, { withFileTypes: true });
		} catch (err) {
			problems.push({ path: relOf(dir) || ".", message: `cannot read folder (${codeOf(err)})`, error: true });
			return;
		}
		entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
		for (const entry of entries) {
			// Obsidian itself ignores hidden files and folders (.obsidian, .git, .trash).
			if (entry.name.startsWith(".") || SKIP.has(entry.name)) continue;
			const abs = path.join(dir, entry.name);
			let isDir = entry.isDirectory();
			let isFile = entry.isFile();
			if (entry.isSymbolicLink()) {
				let real: string;
				try {
					real = fs.realpathSync(abs);
				} catch {
					continue; // a dangling link: nothing to read
				}
				if (!within(root, real)) continue;
				let stat: fs.Stats;
				try {
					stat = fs.statSync(real);
				} catch {
					continue;
				}
				isDir = stat.isDirectory();
				isFile = stat.isFile();
				if (isDir) {
					if (seenDirs.has(real)) continue;
					seenDirs.add(real);
				}
			} else if (isDir) {
				try {
					const real = fs.realpathSync(abs);
					if (seenDirs.has(real)) continue;
					seenDirs.add(real);
				} catch {
					// unreadable folders are reported by walk()
				}
			}
			if (isDir) walk(abs);
			else if (isFile && /\.md$/i.test(entry.name)) readNote(abs);
		}
	};

	const readNote = (abs: string): void => {
		const rel = relOf(abs);
		try {
			const size = fs.statSync(abs).size;
			let bytes = read(abs, maxBytes);
			// Cut a truncated note at its last line end, so no character is split in half.
			if (size > maxBytes) bytes = bytes.subarray(0, bytes.lastIndexOf(0x0a) + 1 || bytes.length);
			const { text, warning } = decodeNote(bytes);
			if (warning) problems.push({ path: rel, message: warning, error: false });
			if (size > maxBytes) {
				const kb = (n: number): string => (n >= 1024 * 1024 ? `${Math.round(n / 1024 / 1024)} MB` : `${Math.ceil(n / 1024)} KB`);
				problems.push({ path: rel, message: `is ${kb(size)}; only the first ${kb(maxBytes)} were scanned`, error: false });
			}
			notes.push({ path: rel, text });
		} catch (err) {
			problems.push({ path: rel, message: `cannot read file (${codeOf(err)})`, error: true });
		}
	};

	walk(folder);
	return { notes, problems };
}
