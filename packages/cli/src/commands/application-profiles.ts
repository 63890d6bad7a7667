import type { BedrockCatalog } from '@bedrock-models/catalog';
import { readApplicationProfiles, SettingError, type ApplicationProfiles } from '@bedrock-models/judge';
import { UsageError } from '../args.js';

const FLAG = '--application-profile';

/**
 * `--application-profile ARN=MODEL` (repeatable): what each application inference profile copies from, read by the
 * same reader as the plugin's `applicationInferenceProfiles` setting, so both refuse the same mistakes.
 */
export function readApplicationProfileFlags(values: readonly string[], catalog: BedrockCatalog): ApplicationProfiles {
  const mapping: Record<string, string> = {};
  for (const value of values) {
    const equals = value.lastIndexOf('=');
    if (equals <= 0 || equals === value.length - 1)
      throw new UsageError(`'${FLAG}' must be written ARN=MODEL (the profile's ARN or ID, then the model or profile ID it copies from), not '${value}'`);
    mapping[value.slice(0, equals)] = value.slice(equals + 1);
  }
  try {
    return readApplicationProfiles(mapping, catalog, FLAG);
  } catch (error) {
    // `--application-profile['<arn>']` reads as the flag and the value it was given for.
    if (error instanceof SettingError) throw new UsageError(`'${error.field.replace(/^(--[a-z-]+)\['(.*)'\]$/, '$1 $2')}' ${error.problem}`);
    throw error;
  }
}
