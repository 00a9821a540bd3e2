/**
 * The command line of the connector scripts: prints the usage and exits on none or `--help`
 * (code 1 without arguments, 0 when asked), else reads `--flag value` options.
 */
export function cliArgs(usage: string, argv: readonly string[] = process.argv.slice(2)) {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) {
    console.log(usage);
    process.exit(argv.length === 0 ? 1 : 0);
  }
  const option = (flag: string): string | undefined => {
    const at = argv.indexOf(flag);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  return {
    argv,
    option,
    has: (flag: string) => argv.includes(flag),
    /** The first argument that is neither an option nor the value of one of `valued`. */
    positional: (valued: readonly string[]) => argv.find((arg, i) => !arg.startsWith('--') && !valued.includes(argv[i - 1] ?? '')),
  };
}
