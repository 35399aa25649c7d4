// Fakes of `Component` (https://docs.obsidian.md/Reference/TypeScript+API/Component) and `Scope`
// (https://docs.obsidian.md/Reference/TypeScript+API/Scope), with a `press` helper for tests.
import type * as Real from "obsidian";
import type { EventRef, KeymapEventHandler, KeymapEventListener, Modifier } from "obsidian";
import type { FakeEventRef } from "./events";

/** Imitates `Component`: load/unload with children and registered cleanups. */
export class Component {
	_loaded = false;
	private children: Real.Component[] = [];
	private cleanups: (() => unknown)[] = [];

	load(): void {
		if (this._loaded) return;
		this._loaded = true;
		void this.onload();
		for (const c of this.children) c.load();
	}
	onload(): void | Promise<void> {}
	unload(): void {
		if (!this._loaded) return;
		this._loaded = false;
		for (const c of [...this.children]) c.unload();
		this.children = [];
		for (const fn of this.cleanups.splice(0).reverse()) fn();
		this.onunload();
	}
	onunload(): void {}
	addChild<T extends Real.Component>(component: T): T {
		this.children.push(component);
		if (this._loaded) component.load();
		return component;
	}
	removeChild<T extends Real.Component>(component: T): T {
		this.children = this.children.filter((c) => c !== component);
		component.unload();
		return component;
	}
	register(cb: () => unknown): void {
		this.cleanups.push(cb);
	}
	registerEvent(eventRef: EventRef): void {
		const ref = eventRef as FakeEventRef;
		this.register(() => ref.events.offref(ref));
	}
	registerDomEvent(el: EventTarget, type: string, callback: (ev: Event) => unknown, options?: boolean | AddEventListenerOptions): void {
		el.addEventListener(type, callback, options);
		this.register(() => el.removeEventListener(type, callback, options));
	}
	registerInterval(id: number): number {
		this.register(() => clearInterval(id));
		return id;
	}
}

interface ScopeHandler extends KeymapEventHandler {
	func: KeymapEventListener;
	mods: string[];
}

/** Imitates `Scope`: key handlers; tests press keys with `press`. */
export class Scope {
	private handlers: ScopeHandler[] = [];
	constructor(public parent?: Scope) {}

	register(modifiers: Modifier[] | null, key: string | null, func: KeymapEventListener): KeymapEventHandler {
		const h: ScopeHandler = { scope: this, modifiers: modifiers ? modifiers.join(",") : null, key, func, mods: [...(modifiers ?? [])].sort() };
		this.handlers.push(h);
		return h;
	}
	unregister(handler: KeymapEventHandler): void {
		this.handlers = this.handlers.filter((h) => h !== handler);
	}

	/**
	 * Test helper: press a key ("1", " ", "Enter") with modifiers. Runs the first matching handler, falling
	 * back to the parent scope; returns true when a handler took it (handlers return false to let it through
	 * in Obsidian, which also means "handled, prevent default" — we report whether one ran).
	 */
	press(key: string, modifiers: Modifier[] = []): boolean {
		const mods = [...modifiers].sort().join(",");
		for (const h of this.handlers) {
			const modsMatch = h.modifiers === null || h.mods.join(",") === mods;
			const keyMatch = h.key === null || h.key.toLowerCase() === key.toLowerCase();
			if (modsMatch && keyMatch) {
				const evt = typeof KeyboardEvent !== "undefined" ? new KeyboardEvent("keydown", { key }) : ({ key } as KeyboardEvent);
				h.func(evt, { modifiers: mods, key, vkey: key });
				return true;
			}
		}
		return this.parent ? this.parent.press(key, modifiers) : false;
	}
}
