// Fakes of the helpers Obsidian adds to the DOM (createEl, createDiv, empty, setText, addClass …,
// see the `declare global` block at the top of obsidian.d.ts). Installed only where a DOM exists
// (happy-dom in tests, a real browser page); no Node APIs here.

type AttrValue = string | number | boolean | null;
interface ElInfo {
	cls?: string | string[];
	text?: string | DocumentFragment;
	attr?: Record<string, AttrValue>;
	title?: string;
	parent?: Node;
	value?: string;
	type?: string;
	prepend?: boolean;
	placeholder?: string;
	href?: string;
}

function classesOf(cls: string | string[] | undefined): string[] {
	if (!cls) return [];
	return (Array.isArray(cls) ? cls : cls.split(" ")).filter((c) => c.length > 0);
}

function setAttrOn(el: Element, name: string, value: AttrValue): void {
	if (value === null || value === false) el.removeAttribute(name);
	else el.setAttribute(name, value === true ? "" : String(value));
}

/** Imitates the global `createEl(tag, info, callback)`. */
function makeEl(doc: Document, tag: string, o?: ElInfo | string, callback?: (el: HTMLElement) => void): HTMLElement {
	const el = doc.createElement(tag);
	const info: ElInfo = typeof o === "string" ? { cls: o } : (o ?? {});
	for (const c of classesOf(info.cls)) el.classList.add(c);
	if (info.text !== undefined) {
		if (typeof info.text === "string") el.textContent = info.text;
		else el.appendChild(info.text);
	}
	if (info.attr) for (const [k, v] of Object.entries(info.attr)) setAttrOn(el, k, v);
	if (info.title !== undefined) el.title = info.title;
	if (info.value !== undefined) (el as HTMLInputElement).value = info.value;
	if (info.type !== undefined) el.setAttribute("type", info.type);
	if (info.placeholder !== undefined) el.setAttribute("placeholder", info.placeholder);
	if (info.href !== undefined) el.setAttribute("href", info.href);
	if (info.parent) {
		if (info.prepend) info.parent.insertBefore(el, info.parent.firstChild);
		else info.parent.appendChild(el);
	}
	callback?.(el);
	return el;
}

function docOf(node: Node): Document {
	return node.ownerDocument ?? (node as Document);
}

let installed = false;

/** onNodeInserted's listeners, by element. */
const insertedListeners = new WeakMap<HTMLElement, { listener: () => unknown; once: boolean }[]>();

/** What Obsidian does when `el` is put on screen again: its onNodeInserted listeners are called. */
export function nodeInserted(el: HTMLElement): void {
	const list = insertedListeners.get(el) ?? [];
	for (const entry of [...list]) {
		if (entry.once) list.splice(list.indexOf(entry), 1);
		entry.listener();
	}
}

/** Installs the helpers once; a no-op without a DOM. */
export function installDomHelpers(): void {
	if (installed || typeof Node === "undefined" || typeof document === "undefined") return;
	installed = true;
	const nodeProto = Node.prototype as unknown as Record<string, unknown>;
	const elProto = Element.prototype as unknown as Record<string, unknown>;
	const htmlProto = HTMLElement.prototype as unknown as Record<string, unknown>;
	const define = (proto: Record<string, unknown>, name: string, fn: unknown): void => {
		Object.defineProperty(proto, name, { value: fn, configurable: true, writable: true });
	};

	define(nodeProto, "createEl", function (this: Node, tag: string, o?: ElInfo | string, cb?: (el: HTMLElement) => void) {
		const info: ElInfo = typeof o === "string" ? { cls: o } : { ...(o ?? {}) };
		info.parent = this;
		return makeEl(docOf(this), tag, info, cb);
	});
	define(nodeProto, "createDiv", function (this: Node, o?: ElInfo | string, cb?: (el: HTMLElement) => void) {
		return (this as unknown as { createEl: (t: string, o?: ElInfo | string, cb?: (el: HTMLElement) => void) => HTMLElement }).createEl("div", o, cb);
	});
	define(nodeProto, "createSpan", function (this: Node, o?: ElInfo | string, cb?: (el: HTMLElement) => void) {
		return (this as unknown as { createEl: (t: string, o?: ElInfo | string, cb?: (el: HTMLElement) => void) => HTMLElement }).createEl("span", o, cb);
	});
	define(nodeProto, "createSvg", function (this: Node, tag: string, o?: ElInfo | string) {
		const el = docOf(this).createElementNS("http://www.w3.org/2000/svg", tag);
		const info: ElInfo = typeof o === "string" ? { cls: o } : (o ?? {});
		for (const c of classesOf(info.cls)) el.classList.add(c);
		if (info.attr) for (const [k, v] of Object.entries(info.attr)) setAttrOn(el, k, v);
		this.appendChild(el);
		return el;
	});
	define(nodeProto, "empty", function (this: Node) {
		while (this.firstChild) this.removeChild(this.firstChild);
	});
	define(nodeProto, "detach", function (this: Node) {
		this.parentNode?.removeChild(this);
	});
	define(nodeProto, "appendText", function (this: Node, val: string) {
		this.appendChild(docOf(this).createTextNode(val));
	});
	define(nodeProto, "insertAfter", function (this: Node, node: Node, child: Node | null) {
		this.insertBefore(node, child ? child.nextSibling : this.firstChild);
		return node;
	});
	define(nodeProto, "indexOf", function (this: Node, other: Node) {
		return Array.prototype.indexOf.call(this.childNodes, other);
	});
	define(nodeProto, "instanceOf", function (this: Node, type: new () => unknown) {
		return this instanceof type;
	});

	define(elProto, "getText", function (this: Element) {
		return this.textContent ?? "";
	});
	define(elProto, "setText", function (this: Element, val: string | DocumentFragment) {
		if (typeof val === "string") this.textContent = val;
		else {
			this.textContent = "";
			this.appendChild(val);
		}
	});
	define(elProto, "addClass", function (this: Element, ...classes: string[]) {
		for (const c of classes.flatMap((x) => classesOf(x))) this.classList.add(c);
	});
	define(elProto, "addClasses", function (this: Element, classes: string[]) {
		for (const c of classes) this.classList.add(c);
	});
	define(elProto, "removeClass", function (this: Element, ...classes: string[]) {
		for (const c of classes.flatMap((x) => classesOf(x))) this.classList.remove(c);
	});
	define(elProto, "removeClasses", function (this: Element, classes: string[]) {
		for (const c of classes) this.classList.remove(c);
	});
	define(elProto, "toggleClass", function (this: Element, classes: string | string[], value: boolean) {
		for (const c of classesOf(classes)) this.classList.toggle(c, value);
	});
	define(elProto, "hasClass", function (this: Element, cls: string) {
		return this.classList.contains(cls);
	});
	define(elProto, "setAttr", function (this: Element, name: string, value: AttrValue) {
		setAttrOn(this, name, value);
	});
	define(elProto, "setAttrs", function (this: Element, obj: Record<string, AttrValue>) {
		for (const [k, v] of Object.entries(obj)) setAttrOn(this, k, v);
	});
	define(elProto, "getAttr", function (this: Element, name: string) {
		return this.getAttribute(name);
	});
	define(elProto, "find", function (this: Element, selector: string) {
		return this.querySelector(selector);
	});
	define(elProto, "findAll", function (this: Element, selector: string) {
		return Array.from(this.querySelectorAll(selector));
	});
	define(elProto, "matchParent", function (this: Element, selector: string) {
		return this.closest(selector);
	});
	define(elProto, "isActiveElement", function (this: Element) {
		return this.ownerDocument.activeElement === this;
	});

	define(htmlProto, "show", function (this: HTMLElement) {
		this.classList.remove("is-hidden-fake");
		this.hidden = false;
	});
	define(htmlProto, "hide", function (this: HTMLElement) {
		this.hidden = true;
	});
	define(htmlProto, "toggle", function (this: HTMLElement, show: boolean) {
		this.hidden = !show;
	});
	define(htmlProto, "toggleVisibility", function (this: HTMLElement, visible: boolean) {
		this.classList.toggle("is-invisible", !visible);
	});
	// Node.doc / Node.win: the document and window a node lives in (popout windows have their own).
	Object.defineProperty(nodeProto, "doc", { get(this: Node) { return docOf(this); }, configurable: true });
	Object.defineProperty(nodeProto, "win", { get(this: Node) { return docOf(this).defaultView; }, configurable: true });
	// As Obsidian's: false when the element or an ancestor is not displayed (hidden, or display: none
	// where a stylesheet is laid out, as the browser tests' page hides the sidebar's other tabs).
	define(htmlProto, "isShown", function (this: HTMLElement) {
		const view = this.ownerDocument.defaultView;
		const notDisplayed = (el: HTMLElement): boolean => el.hidden || (view !== null && view.getComputedStyle(el).display === "none");
		if (notDisplayed(this)) return false;
		for (let el = this.parentElement; el; el = el.parentElement) if (notDisplayed(el)) return false;
		return true;
	});
	// Obsidian calls these when the element is put on screen again (inserted, or a hidden tab shown):
	// here a test calls them with nodeInserted(el).
	define(htmlProto, "onNodeInserted", function (this: HTMLElement, listener: () => unknown, once?: boolean) {
		const list = insertedListeners.get(this) ?? [];
		insertedListeners.set(this, list);
		const entry = { listener, once: once === true };
		list.push(entry);
		return () => {
			const at = list.indexOf(entry);
			if (at >= 0) list.splice(at, 1);
		};
	});
	define(htmlProto, "setCssProps", function (this: HTMLElement, props: Record<string, string>) {
		for (const [k, v] of Object.entries(props)) this.style.setProperty(k, v);
	});
	define(htmlProto, "setCssStyles", function (this: HTMLElement, styles: Record<string, string>) {
		Object.assign(this.style, styles);
	});
	define(htmlProto, "onClickEvent", function (this: HTMLElement, listener: (ev: MouseEvent) => unknown, options?: boolean | AddEventListenerOptions) {
		this.addEventListener("click", listener as EventListener, options);
	});
	define(htmlProto, "trigger", function (this: HTMLElement, eventType: string) {
		this.dispatchEvent(new Event(eventType, { bubbles: true }));
	});

	const g = globalThis as unknown as Record<string, unknown>;
	g.createEl = (tag: string, o?: ElInfo | string, cb?: (el: HTMLElement) => void) => makeEl(document, tag, o, cb);
	g.createDiv = (o?: ElInfo | string, cb?: (el: HTMLElement) => void) => makeEl(document, "div", o, cb);
	g.createSpan = (o?: ElInfo | string, cb?: (el: HTMLElement) => void) => makeEl(document, "span", o, cb);
	g.createFragment = (cb?: (el: DocumentFragment) => void) => {
		const f = document.createDocumentFragment();
		cb?.(f);
		return f;
	};
	if (g.activeDocument === undefined) g.activeDocument = document;
	if (g.activeWindow === undefined) g.activeWindow = globalThis;
	g.sleep ??= (ms: number) => new Promise((r) => setTimeout(r, ms));
}
