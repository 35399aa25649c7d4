// Fakes of `AbstractInputSuggest` (https://docs.obsidian.md/Reference/TypeScript+API/AbstractInputSuggest),
// `SuggestModal` and `FuzzySuggestModal` (https://docs.obsidian.md/Reference/TypeScript+API/FuzzySuggestModal).
import type { App, FuzzyMatch, Instruction } from "obsidian";
import { Scope } from "./component";
import { Modal } from "./notice";

/**
 * Imitates `AbstractInputSuggest`: typing in the input fills a `.suggestion-container` below the body
 * with `.suggestion-item`s; clicking one calls `selectSuggestion`.
 */
export abstract class AbstractInputSuggest<T> {
	app: App;
	scope: Scope;
	limit = 100;
	/** Fake-only: the popover (null while closed). */
	suggestEl: HTMLElement | null = null;
	private selectCallback: ((value: T, evt: MouseEvent | KeyboardEvent) => unknown) | null = null;
	constructor(app: App, protected textInputEl: HTMLInputElement | HTMLDivElement) {
		this.app = app;
		this.scope = new Scope();
		textInputEl.addEventListener("input", () => void this.refresh());
		textInputEl.addEventListener("focus", () => void this.refresh());
	}
	private async refresh(): Promise<void> {
		const items = (await this.getSuggestions(this.getValue())).slice(0, this.limit);
		this.open();
		const el = this.suggestEl;
		if (!el) return;
		el.empty();
		for (const item of items) {
			const row = el.createDiv({ cls: "suggestion-item" });
			this.renderSuggestion(item, row);
			row.addEventListener("click", (evt) => this.selectSuggestion(item, evt));
		}
	}
	open(): void {
		if (this.suggestEl) return;
		this.suggestEl = document.body.createDiv({ cls: "suggestion-container" });
	}
	close(): void {
		this.suggestEl?.remove();
		this.suggestEl = null;
	}
	setValue(value: string): void {
		if (this.textInputEl instanceof HTMLInputElement) this.textInputEl.value = value;
		else this.textInputEl.textContent = value;
	}
	getValue(): string {
		return this.textInputEl instanceof HTMLInputElement ? this.textInputEl.value : (this.textInputEl.textContent ?? "");
	}
	protected abstract getSuggestions(query: string): T[] | Promise<T[]>;
	abstract renderSuggestion(value: T, el: HTMLElement): void;
	selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
		void this.selectCallback?.(value, evt);
	}
	onSelect(callback: (value: T, evt: MouseEvent | KeyboardEvent) => unknown): this {
		this.selectCallback = callback;
		return this;
	}
}

/** Imitates `SuggestModal`: an input and a list of results; tests call `chooseIndex`. */
export abstract class SuggestModal<T> extends Modal {
	limit = 100;
	emptyStateText = "No results found.";
	inputEl: HTMLInputElement;
	resultContainerEl: HTMLElement;
	/** Fake-only: what the list shows now. */
	results: T[] = [];
	constructor(app: App) {
		super(app);
		this.inputEl = this.modalEl.createEl("input", { cls: "prompt-input", type: "text" });
		this.resultContainerEl = this.modalEl.createDiv({ cls: "prompt-results" });
		this.inputEl.addEventListener("input", () => void this.updateResults());
	}
	open(): void {
		super.open();
		void this.updateResults();
	}
	private async updateResults(): Promise<void> {
		this.results = (await this.getSuggestions(this.inputEl.value)).slice(0, this.limit);
		this.resultContainerEl.empty();
		if (this.results.length === 0) this.onNoSuggestion();
		for (const r of this.results) this.renderSuggestion(r, this.resultContainerEl.createDiv({ cls: "suggestion-item" }));
	}
	setPlaceholder(placeholder: string): void {
		this.inputEl.placeholder = placeholder;
	}
	setInstructions(_instructions: Instruction[]): void {}
	onNoSuggestion(): void {
		this.resultContainerEl.createDiv({ cls: "suggestion-empty", text: this.emptyStateText });
	}
	selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
		this.close();
		this.onChooseSuggestion(value, evt);
	}
	selectActiveSuggestion(evt: MouseEvent | KeyboardEvent): void {
		if (this.results[0] !== undefined) this.selectSuggestion(this.results[0], evt);
	}
	/** Fake-only: choose the n-th result as a click would. */
	async chooseIndex(n: number): Promise<void> {
		await this.updateResults();
		const r = this.results[n];
		if (r !== undefined) this.selectSuggestion(r, new MouseEvent("click"));
	}
	abstract getSuggestions(query: string): T[] | Promise<T[]>;
	abstract renderSuggestion(value: T, el: HTMLElement): void;
	abstract onChooseSuggestion(item: T, evt: MouseEvent | KeyboardEvent): void;
}

/** Imitates `FuzzySuggestModal`: matches item texts by case-insensitive subsequence. */
export abstract class FuzzySuggestModal<T> extends SuggestModal<FuzzyMatch<T>> {
	getSuggestions(query: string): FuzzyMatch<T>[] {
		const q = query.toLowerCase();
		const out: FuzzyMatch<T>[] = [];
		for (const item of this.getItems()) {
			const text = this.getItemText(item).toLowerCase();
			let i = 0;
			for (const ch of text) if (i < q.length && ch === q[i]) i++;
			if (i === q.length) out.push({ item, match: { score: -text.length, matches: [] } });
		}
		return out;
	}
	renderSuggestion(item: FuzzyMatch<T>, el: HTMLElement): void {
		el.setText(this.getItemText(item.item));
	}
	onChooseSuggestion(item: FuzzyMatch<T>, evt: MouseEvent | KeyboardEvent): void {
		this.onChooseItem(item.item, evt);
	}
	abstract getItems(): T[];
	abstract getItemText(item: T): string;
	abstract onChooseItem(item: T, evt: MouseEvent | KeyboardEvent): void;
}
