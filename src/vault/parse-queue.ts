// The live index's queue of notes to parse, in order: an edited note jumps the queue; a value is the
// note's text when an event already gave it.

export class ParseQueue {
	private queue = new Map<string, string | undefined>();

	/** Notes waiting. */
	get size(): number {
		return this.queue.size;
	}
	has(path: string): boolean {
		return this.queue.has(path);
	}
	delete(path: string): void {
		this.queue.delete(path);
	}
	clear(): void {
		this.queue.clear();
	}

	/** Adds a note: `first` puts it at the front; text given by an event replaces text not yet read. */
	add(path: string, text: string | undefined, first: boolean): void {
		if (first) {
			const rest = this.queue;
			rest.delete(path);
			this.queue = new Map([[path, text], ...rest]);
		} else if (!this.queue.has(path) || text !== undefined) this.queue.set(path, text);
	}

	/** The next note to parse, taken off the queue; null when it is empty. */
	take(): [path: string, text: string | undefined] | null {
		const next = this.queue.entries().next();
		if (next.done) return null;
		this.queue.delete(next.value[0]);
		return next.value;
	}
}
