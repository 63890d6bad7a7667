/** ANSI styles for terminal output; every function returns its text unchanged when colour is off. */
export interface Palette {
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  bold(text: string): string;
  dim(text: string): string;
}

/** Where output goes and what the environment says about colour. */
export interface ColourContext {
  isTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
  /** `--color` / `--no-color` on the command line; null when not given. */
  flag: boolean | null;
}

/**
 * Whether to colour: never when `NO_COLOR` is set to anything non-empty (https://no-color.org) or
 * `--no-color` is given; otherwise when `--color` or `FORCE_COLOR` (other than `0`) asks for it, or when
 * the output is a terminal that is not `TERM=dumb`.
 */
export function useColour({ isTTY, env, flag }: ColourContext): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (flag !== null) return flag;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '') return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return isTTY && env.TERM !== 'dumb';
}

const plain = (text: string): string => text;

function style(open: number, close: number): (text: string) => string {
  return (text) => (text === '' ? text : `\u001B[${open}m${text}\u001B[${close}m`);
}

/** The palette for `enabled`. */
export function palette(enabled: boolean): Palette {
  if (!enabled) return { red: plain, yellow: plain, green: plain, bold: plain, dim: plain };
  return { red: style(31, 39), yellow: style(33, 39), green: style(32, 39), bold: style(1, 22), dim: style(2, 22) };
}
