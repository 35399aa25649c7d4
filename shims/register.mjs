// `node --import tsx --import ./shims/register.mjs …` (or `tsx --import ./shims/register.mjs …`): the
// Node entry points resolve the parser's packages to the stand-ins main.js ships (shims/aliases.mjs),
// imports from node_modules included (tsconfig paths would not reach those).
import { register } from "node:module";

register("./resolve-hook.mjs", import.meta.url);
