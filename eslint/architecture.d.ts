import type { Linter } from 'eslint';

export const contentScriptFiles: string[];
declare const architecture: Linter.Config[];
export default architecture;
