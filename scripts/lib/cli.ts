import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;
type WithHelp<O extends Options> = O & { help: { type: 'boolean'; short: 'h' } };

/** Exit status for a command used wrongly (unknown option, missing argument), as the scripts document. */
export const USAGE_EXIT = 2;

/**
 * Writes `error: MESSAGE` and the usage to stderr and exits with status 2.
 *
 * @example usageError(USAGE, '--article needs an article id')
 */
export function usageError(usage: string, message: string): never {
  process.stderr.write(`error: ${message}\n${usage}\n`);
  process.exit(USAGE_EXIT);
}

/**
 * Parses a command's arguments with `node:util` parseArgs (strict): `--help`
 * (or `-h`) prints the usage to stdout and exits 0; an unknown option, a
 * missing option value or an unexpected positional prints `error: …` and the
 * usage to stderr and exits 2.
 *
 * @example parseCli(USAGE, { options: { out: { type: 'string' } }, allowPositionals: true })
 *   // → { values: { out?: string, help?: boolean }, positionals: string[] }
 */
export function parseCli<const O extends Options, const P extends boolean = false>(
  usage: string,
  config: { options: O; allowPositionals?: P },
  args: string[] = process.argv.slice(2),
) {
  const full = {
    args,
    options: { ...config.options, help: { type: 'boolean', short: 'h' } } as WithHelp<O>,
    allowPositionals: (config.allowPositionals ?? false) as P,
    strict: true as const,
  };
  let parsed: ReturnType<typeof parseArgs<typeof full>>;
  try {
    parsed = parseArgs(full);
  } catch (e) {
    usageError(usage, (e as Error).message);
  }
  if ((parsed.values as { help?: boolean }).help) {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  }
  return parsed;
}
