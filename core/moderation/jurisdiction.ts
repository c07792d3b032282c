import { z } from 'zod';
import { regionSchema, type Region } from '../knowledge/schema';

/**
 * Jurisdiction profiles: which regions' rules count for a moderator, and how
 * levels are worded for them. A mainland platform answers to mainland rules,
 * a US platform to US rules; "custom" takes the regions the moderator picks.
 */
export const JURISDICTION_PROFILES = ['cn-platform', 'us-platform', 'custom'] as const;
export type JurisdictionProfile = (typeof JURISDICTION_PROFILES)[number];

const PROFILE_REGIONS: Record<Exclude<JurisdictionProfile, 'custom'>, Region[]> = {
  'cn-platform': ['CN'],
  'us-platform': ['US'],
};

export const moderationSettingsSchema = z.object({
  profile: z.enum(JURISDICTION_PROFILES).catch('cn-platform'),
  /** Regions of the custom profile. */
  customRegions: z.array(regionSchema).max(6).catch(['CN', 'US']),
});
export type ModerationSettings = z.infer<typeof moderationSettingsSchema>;

export function defaultModerationSettings(): ModerationSettings {
  return { profile: 'cn-platform', customRegions: ['CN', 'US'] };
}

export function profileRegions(settings: ModerationSettings): Region[] {
  if (settings.profile === 'custom') return settings.customRegions.filter((region, index, all) => all.indexOf(region) === index);
  return PROFILE_REGIONS[settings.profile];
}

/** Locale key group for level words: a profile words levels its own way ("Not allowed on a mainland platform"). */
export function levelWording(profile: JurisdictionProfile): 'cn' | 'us' | 'neutral' {
  return profile === 'cn-platform' ? 'cn' : profile === 'us-platform' ? 'us' : 'neutral';
}
