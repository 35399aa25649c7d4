// Stands in for `vfile` in main.js (listed in shims/aliases.mjs). The plugin only calls
// unified's parse(), which wraps the text in a VFile and reads it back with String(file); the real
// package adds path handling, message objects and position formatting (7 KB of main.js) that parsing
// never reaches. The messages API is kept in its simplest form so a plugin calling file.message() works.
// tests/shims/stand-ins.test.ts parses with and without this stand-in and compares the trees.

type Value = string | Uint8Array;

export class VFile {
	value: Value | undefined;
	data: Record<string, unknown> = {};
	messages: Error[] = [];
	history: string[] = [];
	cwd = "/";
	result: unknown;

	constructor(options?: Value | { value?: Value } | null) {
		// As vfile: an empty string is no value; toString() gives "" either way.
		if (!options) this.value = undefined;
		else this.value = typeof options === "string" || options instanceof Uint8Array ? options : options.value;
	}

	toString(encoding?: string): string {
		if (this.value === undefined) return "";
		if (typeof this.value === "string") return this.value;
		return new TextDecoder(encoding || undefined).decode(this.value);
	}

	message(reason: string): Error {
		const message = new Error(reason);
		this.messages.push(message);
		return message;
	}

	info(reason: string): Error {
		return this.message(reason);
	}

	fail(reason: string): never {
		throw this.message(reason);
	}
}
