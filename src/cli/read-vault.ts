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
	/** Reads at most `maxBytes` of a file (tests inject failures here). A name that is not UTF-8 comes as its bytes. */
	readFile?: (absPath: string | Buffer, maxBytes: number) => Uint8Array;
	maxNoteBytes?: number;
}

/** The first `maxBytes` of a file, without loading the rest of a huge one. */
export function readHead(file: string | Buffer, maxBytes: number): Uint8Array {
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

/** Where to cut the head of a truncated note so no character is split: after its last line end, else
 * (one huge line) before a UTF-8 character that does not fit; UTF-16 keeps whole code units. */
export function cutTruncated(bytes: Uint8Array): Uint8Array {
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return bytes.subarray(0, bytes.length & ~1);
	const lineEnd = bytes.lastIndexOf(0x0a);
	if (lineEnd >= 0) return bytes.subarray(0, lineEnd + 1);
	let lead = bytes.length - 1;
	while (lead > 0 && lead > bytes.length - 4 && (bytes[lead] & 0xc0) === 0x80) lead--;
	const b = bytes[lead];
	const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
	return lead + need > bytes.length ? bytes.subarray(0, lead) : bytes;
}

/** A file or folder name for display: UTF-8, else GB18030 (names from old Windows zips), else with
 * each unreadable byte written as \xHH. `exact` escapes every byte that is not UTF-8, so it is unique. */
function decodeName(bytes: Buffer): { name: string; exact: string; warning: string | null } {
	const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
	try {
		const name = utf8.decode(bytes);
		return { name, exact: name, warning: null };
	} catch {
		let exact = "";
		for (let i = 0; i < bytes.length; ) {
			const b = bytes[i];
			const need = b < 0x80 ? 1 : b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 0;
			let ch: string | null = null;
			if (need > 0 && i + need <= bytes.length) {
				try {
					ch = utf8.decode(bytes.subarray(i, i + need));
				} catch {
					ch = null;
				}
			}
			if (ch === null) {
				exact += "\\x" + b.toString(16).toUpperCase().padStart(2, "0");
				i++;
			} else {
				exact += ch;
				i += need;
			}
		}
		try {
			return { name: new TextDecoder("gb18030", { fatal: true }).decode(bytes), exact, warning: "file name is not UTF-8; read as GB18030" };
		} catch {
			return { name: exact, exact, warning: "file name is not valid UTF-8; unreadable bytes are shown as \\xHH" };
		}
	}
}

/** A path under the vault folder: as shown, with every byte that is not UTF-8 as \xHH, and why they differ. */
interface Rel {
	path: string;
	exact: string;
	warning: string | null;
}

export function readVault(folder: string, options: ReadOptions = {}): VaultRead {
	const read = options.readFile ?? readHead;
	const maxBytes = options.maxNoteBytes ?? MAX_NOTE_BYTES;
	const notes: VaultNote[] = [];
	const problems: VaultProblem[] = [];
	const files: { abs: string | Buffer; rel: Rel }[] = [];

	// Names are handled as bytes: a name that is not UTF-8 would not be found again from its decoded text.
	// Real paths are compared as latin1 strings, which keep every byte.
	const realOf = (abs: string | Buffer): string => fs.realpathSync(abs, { encoding: "buffer" }).toString("latin1");
	const rootKey = realOf(folder);
	const seenDirs = new Set<string>([rootKey]);
	const sep = Buffer.from(path.sep);
	const fsPath = (bytes: Buffer): string | Buffer => {
		const text = bytes.toString("utf8");
		return Buffer.from(text).equals(bytes) ? text : bytes;
	};

	const join = (rel: Rel, name: Buffer): Rel => {
		const d = decodeName(name);
		const under = (a: string, b: string): string => (a ? a + "/" + b : b);
		return { path: under(rel.path, d.name).normalize("NFC"), exact: under(rel.exact, d.exact).normalize("NFC"), warning: d.warning ?? rel.warning };
	};

	const walk = (dir: Buffer, rel: Rel): void => {
		let entries: fs.Dirent<Buffer>[];
		try {
			entries = fs.readdirSync(fsPath(dir), { withFileTypes: true, encoding: "buffer" });
		} catch (err) {
			problems.push({ path: rel.path || ".", message: `cannot read folder (${codeOf(err)})`, error: true });
			return;
		}
		entries.sort((a, b) => Buffer.compare(a.name, b.name));
		for (const entry of entries) {
			// Obsidian itself ignores hidden files and folders (.obsidian, .git, .trash).
			const plainName = entry.name.toString("latin1");
			if (plainName.startsWith(".") || SKIP.has(plainName)) continue;
			const abs = Buffer.concat([dir, sep, entry.name]);
			let isDir = entry.isDirectory();
			let isFile = entry.isFile();
			if (entry.isSymbolicLink()) {
				let real: string;
				try {
					real = realOf(fsPath(abs));
				} catch {
					continue; // a dangling link: nothing to read
				}
				if (!within(rootKey, real)) continue;
				let stat: fs.Stats;
				try {
					stat = fs.statSync(fsPath(abs));
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
					const real = realOf(fsPath(abs));
					if (seenDirs.has(real)) continue;
					seenDirs.add(real);
				} catch {
					// unreadable folders are reported by walk()
				}
			}
			if (isDir) walk(abs, join(rel, entry.name));
			else if (isFile && /\.md$/i.test(plainName)) files.push({ abs: fsPath(abs), rel: join(rel, entry.name) });
		}
	};

	const readNote = (abs: string | Buffer, rel: string): void => {
		try {
			const size = fs.statSync(abs).size;
			let bytes = read(abs, maxBytes);
			if (size > maxBytes) bytes = cutTruncated(bytes);
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

	walk(Buffer.from(folder), { path: "", exact: "", warning: null });
	// UTF-8 names keep theirs; a decoded name that reads like another (a GB18030 name beside its UTF-8
	// twin) is shown with its exact bytes instead.
	const taken = new Set(files.filter((f) => f.rel.warning === null).map((f) => f.rel.path));
	for (const { abs, rel } of files) {
		if (rel.warning === null) {
			readNote(abs, rel.path);
			continue;
		}
		const shown = taken.has(rel.path) ? rel.exact : rel.path;
		if (taken.has(shown)) {
			problems.push({ path: shown, message: "another file's name reads the same; not scanned", error: true });
			continue;
		}
		taken.add(shown);
		problems.push({ path: shown, message: rel.warning, error: false });
		readNote(abs, shown);
	}
	return { notes, problems };
}
