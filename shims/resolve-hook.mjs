// Module resolve hook (registered by shims/register.mjs): a stand-in's package name, or a path inside
// that package, resolves to the stand-in; everything else resolves as usual.
import { pathToFileURL } from "node:url";
import { shimPaths } from "./aliases.mjs";

const urls = Object.fromEntries(Object.entries(shimPaths()).map(([name, path]) => [name, pathToFileURL(path).href]));

export async function resolve(specifier, context, nextResolve) {
	const name = Object.keys(urls).find((n) => specifier === n || specifier.startsWith(`${n}/`));
	return nextResolve(name ? urls[name] : specifier, context);
}
