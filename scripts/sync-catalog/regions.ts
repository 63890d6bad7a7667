/**
 * Regions polled when neither --regions nor the catalog names more: the 18 commercial regions whose
 * ListFoundationModels answers the bundled catalog was built from. Opt-in regions an account has not
 * enabled answer UnrecognizedClientException, which would fail an all-or-nothing sync, so a region is
 * added here (or through the catalog) deliberately.
 */
export const DEFAULT_REGIONS = [
  'ap-east-2',
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-northeast-3',
  'ap-south-1',
  'ap-southeast-1',
  'ap-southeast-2',
  'ca-central-1',
  'eu-central-1',
  'eu-north-1',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'sa-east-1',
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
] as const;
