// Fakes of Obsidian's free functions: normalizePath, debounce, getLanguage, setIcon, Platform.
import type { Debouncer } from "obsidian";

/** Imitates `normalizePath`: forward slashes, no doubled/leading/trailing slash, NFC. */
export function normalizePath(path: string): string {
	let p = path.replace(/[\\/]+/g, "/").replace(/^\/+|\/+$/g, "");
	p = p.replace(/\u00A0|\u202F/g, " ");
	if (p === "") p = "/";
	return p.normalize("NFC");
}

/** Imitates `debounce(cb, timeout, resetTimer)` with `cancel()` and `run()`. */
export function debounce<T extends unknown[], V>(
	cb: (...args: [...T]) => V,
	timeout = 0,
	resetTimer = false,
): Debouncer<T, V> {
	let timer: ReturnType<typeof setTimeout> | null = null;
	let pending: T | null = null;
	const fire = (): V | void => {
		if (timer !== null) clearTimeout(timer);
		timer = null;
		if (!pending) return;
		const args = pending;
		pending = null;
		return cb(...args);
	};
	const d = ((...args: T) => {
		pending = args;
		if (timer !== null && resetTimer) {
			clearTimeout(timer);
			timer = null;
		}
		if (timer === null) timer = setTimeout(fire, timeout);
		return d;
	}) as Debouncer<T, V>;
	d.cancel = () => {
		if (timer !== null) clearTimeout(timer);
		timer = null;
		pending = null;
		return d;
	};
	d.run = fire;
	return d;
}

let language = "en";
/** Imitates `getLanguage()`: Obsidian's UI language code ("en", "zh", "zh-TW" …). */
export function getLanguage(): string {
	return language;
}
/** Test helper: set what `getLanguage()` returns. */
export function setLanguage(code: string): void {
	language = code;
}

/** Imitates `setIcon`: replaces the element's content with an svg carrying the icon id. */
export function setIcon(parent: HTMLElement, iconId: string): void {
	while (parent.firstChild) parent.removeChild(parent.firstChild);
	const svg = parent.ownerDocument.createElementNS("http://www.w3.org/2000/svg", "svg");
	svg.setAttribute("class", `svg-icon lucide-${iconId}`);
	svg.setAttribute("data-icon", iconId);
	parent.appendChild(svg);
}

/** Imitates `Platform`: a desktop by default; tests may flip the flags. */
export const Platform = {
	isDesktop: true,
	isMobile: false,
	isDesktopApp: true,
	isMobileApp: false,
	isIosApp: false,
	isAndroidApp: false,
	isPhone: false,
	isTablet: false,
	isMacOS: false,
	isWin: false,
	isLinux: true,
	isSafari: false,
	resourcePathPrefix: "app://local/",
};
