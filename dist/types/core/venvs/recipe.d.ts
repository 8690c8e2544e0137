import type { Uv } from '../uv/uv.js';
export interface RecipeOptions {
    prompt?: string;
    relocatable?: boolean;
    seed?: boolean;
}
export interface VenvRecipes {
    /** Writes the recorded layout at `target` (absent or empty); false when there is none or it cannot apply. */
    replay(target: string): Promise<boolean>;
    /** Records the venv uv just made at `target`, for the next replay. Best effort: failures are ignored. */
    record(target: string): Promise<void>;
    /** The recording's file (shown in logs). */
    file: string;
}
/** Where the product keeps the recordings: beside its private uv, in the tools directory. */
export declare const venvRecipesDir: (toolsDir: string) => string;
/** The recordings for venvs `uv` makes from `pythonPath` with `o`, or undefined where they never apply. */
export declare function venvRecipes(uv: Uv, pythonPath: string, o: RecipeOptions): Promise<VenvRecipes | undefined>;
