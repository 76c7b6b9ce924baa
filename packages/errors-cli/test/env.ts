/** The test process's environment without the colour variables, so a run sets them only when it means to. */
export function colourlessEnv(): Record<string, string | undefined> {
  const env = { ...process.env };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  return env;
}
