/**
 * Live, German form validation for Bildungspartner NRW registrations, through standard interfaces:
 * a zod 4 schema that is a Standard Schema, field errors with next fields, and JSON Schema.
 *
 * @packageDocumentation
 */
export { createRegistrationForm, registrationForm } from "./registration-form.js";
export type { RegistrationForm, RegistrationFormOptions } from "./registration-form.js";
export { validateForm } from "./validate-form.js";
export type { FormResult, ValidateFormOptions } from "./validate-form.js";
export type { FormIssue, FormIssueCode, FormMode } from "./form-issues.js";
export { toJSONSchema } from "./json-schema.js";
export type { JsonSchema, ToJSONSchemaOptions } from "./json-schema.js";
export { toFormikErrors, toJsonFormsErrors, toRjsfErrorSchema } from "./builder-errors.js";
export type { JsonFormsError, NestedErrors, RjsfErrorSchema } from "./builder-errors.js";
export type { Application, Decision, Lang } from "@bildungspartner/core";
