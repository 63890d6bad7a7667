import type { CapabilitiesData } from '@bedrock-models/catalog';
import { capabilityLookup, type CapabilityLookup } from '@bedrock-models/judge';
import { SETTINGS_KEY, SettingsError } from './settings.js';

/**
 * The capabilities the request rules judge by: `settings['bedrock-models'].capabilities` when given, else the
 * data bundled with the catalog (null until the catalog ships it: the request rules are then silent). `null` in
 * the settings turns the data off.
 */
export function getCapabilities(settings: Record<string, unknown>, bundled: CapabilitiesData | null = null): CapabilityLookup | null {
  const raw = (settings[SETTINGS_KEY] as Record<string, unknown> | undefined)?.capabilities;
  if (raw === undefined) return bundled ? capabilityLookup(bundled) : null;
  if (raw === null) return null;
  if (!isCapabilitiesData(raw)) throw new SettingsError('.capabilities', 'must be the parsed capabilities data: an object with `models` and `families` objects');
  return capabilityLookup(raw);
}

function isCapabilitiesData(value: unknown): value is CapabilitiesData {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { models, families } = value as Record<string, unknown>;
  return typeof models === 'object' && models !== null && typeof families === 'object' && families !== null;
}
