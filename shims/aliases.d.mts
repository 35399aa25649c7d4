export declare const SHIMS: Record<string, string>;
export declare function shimPaths(): Record<string, string>;
