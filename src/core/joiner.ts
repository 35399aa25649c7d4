// Many small strings joined into one. One join of millions of parts (or a string grown by `+=` a
// character at a time) is one long step; joining a few thousand at a time keeps each step short.

export class Joiner {
	private parts: string[] = [];
	private joined: string[] = [];

	push(s: string): void {
		if (!s) return;
		this.parts.push(s);
		if (this.parts.length >= 4096) {
			this.joined.push(this.parts.join(""));
			this.parts = [];
		}
	}

	/** Everything pushed so far, as one string. */
	join(): string {
		if (this.parts.length) this.joined.push(this.parts.join(""));
		this.parts = [];
		return this.joined.length === 1 ? this.joined[0] : this.joined.join("");
	}
}
