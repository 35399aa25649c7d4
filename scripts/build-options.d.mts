import type { BuildOptions } from "esbuild";
import type { MinifyOptions } from "terser";
export declare const ESBUILD_OPTIONS: BuildOptions;
export declare const TERSER_OPTIONS: MinifyOptions;
