// The SDK's names with nothing behind them: `bundle-size.ts` builds the pages against this file too,
// and the difference in size is the SDK's share of each page. Never run in a browser.
const nothing = (): never => {
  throw new Error("sdk-stub: nur für die Messung der Bundle-Größe");
};

export const toJSONSchema = nothing;
export const validateForm = nothing;
export const createRegistrationForm = nothing;
export const registrationForm = nothing;
export const toRjsfErrorSchema = nothing;
export const toJsonFormsErrors = nothing;
export const toFormikErrors = nothing;
export const fieldLabel = nothing;
export const decisionStatusTerms = nothing;
