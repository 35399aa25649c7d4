// Fakes of `Menu` (https://docs.obsidian.md/Reference/TypeScript+API/Menu) and `MenuItem`
// (https://docs.obsidian.md/Reference/TypeScript+API/MenuItem): items are recorded, nothing is shown.
import type * as Real from "obsidian";
import { Component } from "./component";

/** Imitates `MenuItem`; `click()` is the test's way of choosing it. */
export class MenuItem {
	title = "";
	icon: Real.IconName | null = null;
	section = "";
	disabled = false;
	private callback: ((evt: MouseEvent | KeyboardEvent) => unknown) | null = null;
	setTitle(title: string | DocumentFragment): this {
		this.title = typeof title === "string" ? title : (title.textContent ?? "");
		return this;
	}
	setIcon(icon: Real.IconName | null): this {
		this.icon = icon;
		return this;
	}
	setChecked(_checked: boolean | null): this {
		return this;
	}
	setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		return this;
	}
	setWarning(_isWarning: boolean): this {
		return this;
	}
	setIsLabel(_isLabel: boolean): this {
		return this;
	}
	onClick(callback: (evt: MouseEvent | KeyboardEvent) => unknown): this {
		this.callback = callback;
		return this;
	}
	setSection(section: string): this {
		this.section = section;
		return this;
	}
	/** Test helper: choose the item. */
	click(): void {
		this.callback?.(new MouseEvent("click"));
	}
}

/** Imitates `Menu`: addItem builds a MenuItem and keeps it in `items`. */
export class Menu extends Component {
	items: MenuItem[] = [];
	setNoIcon(): this {
		return this;
	}
	setUseNativeMenu(_useNativeMenu: boolean): this {
		return this;
	}
	addItem(cb: (item: Real.MenuItem) => unknown): this {
		const item = new MenuItem();
		this.items.push(item);
		cb(item);
		return this;
	}
	addSeparator(): this {
		return this;
	}
	setParentElement(_el: HTMLElement): this {
		return this;
	}
	showAtMouseEvent(_evt: MouseEvent): this {
		return this;
	}
	showAtPosition(_position: Real.MenuPositionDef, _doc?: Document): this {
		return this;
	}
	hide(): this {
		return this;
	}
	close(): void {}
	onHide(_callback: () => unknown): void {}
	/** Test helper: the titles of the items, in order. */
	titles(): string[] {
		return this.items.map((i) => i.title);
	}
}
