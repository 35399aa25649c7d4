// The block scanner's tree as it is read: the root, the open blocks down to the tip, and what the
// current line continued. Blocks open and close here; which block a line opens or continues is the
// scanner's (block-scan.ts).
import { block, canContain, type FastBlock, type FastType, pushBlock, pushLine, touch } from "./fast-block";
import { LineCursor } from "./line-cursor";

export class OpenBlocks extends LineCursor {
	readonly root: FastBlock = block("root", null, 1);
	/** The deepest open block: a line's text goes here unless it opens or closes blocks. */
	protected tip: FastBlock = this.root;
	/** The tip before the current line. */
	protected oldTip: FastBlock = this.root;
	/** The deepest open block the current line continued. */
	protected lastMatched: FastBlock = this.root;
	/** The current line continued every open block (nothing is left to close). */
	protected allClosed = true;
	protected lineNo = 0;

	/** A block read before the scan (front matter) at lines from..to. */
	addFrontMatter(type: "yaml" | "toml", from: number, to: number): void {
		const b = block(type, this.root, from);
		b.end = to;
		b.open = false;
		pushBlock(this.root, b);
	}

	/** Closes what is open: the tree is complete. */
	finish(): FastBlock {
		while (this.tip !== this.root) this.close(this.tip);
		return this.root;
	}

	/**
	 * Whether a quote or list item open before this line is not continued by it, and no container
	 * opened on it (micromark's lazy line). micromark holds an empty item that a blank line ended
	 * (the list is the tip here) open till the next line.
	 */
	protected lazy(): boolean {
		if (this.tip !== this.oldTip) return false;
		if (this.oldTip.type === "list") return true;
		for (let b: FastBlock | null = this.oldTip; b && b !== this.lastMatched; b = b.parent) if (b.type === "blockquote" || b.type === "listItem") return true;
		return false;
	}

	/**
	 * A new container on a line its open fence or raw HTML did not reach: micromark ends them (and
	 * their containers) on this line, not the one before.
	 */
	protected pierce(): void {
		const t = this.oldTip;
		if (this.allClosed || !t.open) return;
		if (t.type === "code" && t.fence) touch(t, this.lineNo);
		else if (t.type === "html" && t.html <= 5) {
			pushLine(t, "");
			touch(t, this.lineNo);
		}
	}

	/** Closes the blocks this line did not continue (once per line). */
	protected closeUnmatched(): void {
		if (this.allClosed) return;
		while (this.oldTip !== this.lastMatched) {
			const parent = this.oldTip.parent ?? this.root;
			this.close(this.oldTip);
			this.oldTip = parent;
		}
		this.allClosed = true;
	}

	protected addChild(type: FastType): FastBlock {
		// A list only holds items, a leaf nothing: close blocks until one can take it.
		while (!canContain(this.tip, type)) this.close(this.tip);
		const b = block(type, this.tip, this.lineNo);
		pushBlock(this.tip, b);
		touch(b, this.lineNo);
		this.tip = b;
		return b;
	}

	protected close(b: FastBlock): void {
		b.open = false;
		this.tip = b.parent ?? this.root;
	}
}
