// Patch a parent's children in place instead of emptying it: each child has a key; a render pass
// asks for its children in order, existing ones are reused (keeping <details> open state, focus
// and scroll), new ones are created, and the ones not asked for are removed.

export class KeyedChildren {
	private next = 0;

	constructor(private readonly parent: HTMLElement) {}

	/** The child with this key, created (and `init` run once) when missing, moved into place. */
	el<K extends keyof HTMLElementTagNameMap>(
		key: string,
		tag: K,
		cls: string,
		init?: (el: HTMLElementTagNameMap[K]) => void,
	): HTMLElementTagNameMap[K] {
		let found: HTMLElement | null = null;
		for (let i = this.next; i < this.parent.children.length; i++) {
			const c = this.parent.children[i] as HTMLElement;
			if (c.dataset.key === key && c.tagName.toLowerCase() === tag) {
				found = c;
				break;
			}
		}
		const el = (found ?? createEl(tag, { cls })) as HTMLElementTagNameMap[K];
		if (!found) {
			el.dataset.key = key;
			init?.(el);
		}
		const at = this.parent.children[this.next] ?? null;
		if (at !== el) this.parent.insertBefore(el, at);
		this.next++;
		return el;
	}

	/** Removes the children this pass did not ask for. */
	end(): void {
		while (this.parent.children.length > this.next) this.parent.children[this.next].remove();
	}
}

/** Sets text only when it changed (no needless layout or selection loss). */
export function setTextIfChanged(el: HTMLElement, text: string): void {
	if (el.textContent !== text) el.setText(text);
}
