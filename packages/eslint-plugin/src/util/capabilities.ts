import { getBundledCapabilitiesData, type CapabilitiesData } from '@bedrock-models/catalog';
import { capabilityLookup, type CapabilityLookup } from '@bedrock-models/judge';
import { SETTINGS_KEY, SettingsError } from './settings.js';

/**
 * The capabilities the request rules judge by: `settings['bedrock-models'].capabilities` when given, else the
 * data bundled with the installed catalog (`@bedrock-models/catalog/capabilities.json`, read once per process on
 * first use). `null` in the settings turns the request rules off.
 */
export function getCapabilities(settings: Record<string, unknown>, bundled: () => CapabilitiesData = getBundledCapabilitiesData): CapabilityLookup | null {
  // Every file of a run usually has the same settings object, and each request rule asks.
  if (last?.settings === settings && last.bundled === bundled) return last.lookup;
  const lookup = readCapabilities(settings, bundled);
  last = { settings, bundled, lookup };
  return lookup;
}

let last: { settings: object; bundled: () => CapabilitiesData; lookup: CapabilityLookup | null } | undefined;

function readCapabilities(settings: Record<string, unknown>, bundled: () => CapabilitiesData): CapabilityLookup | null {
  const raw = (settings[SETTINGS_KEY] as Record<string, unknown> | undefined)?.capabilities;
  if (raw === undefined) return capabilityLookup(bundled());
  if (raw === null) return null;
  if (!isCapabilitiesData(raw))
    throw new SettingsError('.capabilities', 'must be the parsed capabilities data: an object with `models` and `families` objects');
  return capabilityLookup(raw);
}

function isCapabilitiesData(value: unknown): value is CapabilitiesData {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { models, families } = value as Record<string, unknown>;
  return typeof models === 'object' && models !== null && typeof families === 'object' && families !== null;
}
