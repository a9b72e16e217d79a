import * as z from "zod/mini";
import {
  applicationSpecFor,
  codeFor,
  EMAIL,
  isBlank,
  makeIssue,
  SCHOOL_NUMBER,
  type Application,
  type ChoiceLists,
  type FieldSpec,
} from "./application.js";
import { isIsoDate } from "./dates.js";
import type { Lang } from "../lang.js";

/** Zod's error customisation for a field: our message, in `lang`, built into the schema. */
function messagesFor(spec: FieldSpec, lang: Lang): { error: (issue: { code: string; maximum?: unknown }) => string } {
  return {
    error: (issue) => {
      const tooBig = issue.code === "too_big";
      const code = spec.pattern === "" ? "invalid_input" : codeFor(spec.kind, tooBig);
      return makeIssue(spec.pattern, code, lang, tooBig ? { max: Number(issue.maximum) } : {}).message;
    },
  };
}

function build(spec: FieldSpec, lang: Lang): z.ZodMiniType {
  const m = messagesFor(spec, lang);
  const schema = ((): z.ZodMiniType => {
    switch (spec.kind) {
      case "section": {
        const shape: Record<string, z.ZodMiniType> = {};
        for (const [key, child] of Object.entries(spec.fields)) {
          // Empty form fields count as not given, as in parseApplication.
          shape[key] = z.optional(z.pipe(z.transform((value: unknown) => (isBlank(value) ? undefined : value)), z.optional(build(child, lang))));
        }
        return z.object(shape, m);
      }
      // Type first, then size: zod would otherwise also measure the length of a value of the wrong type.
      case "list":
        return z.pipe(z.array(z.unknown(), m), z.array(build(spec.item, lang), m).check(z.maxLength(spec.max, m)));
      case "text":
        return z.pipe(z.string(m), z.string(m).check(z.maxLength(spec.max, m)));
      case "email":
        // Length before the pattern: the pattern never runs on an overlong string.
        return z.pipe(z.pipe(z.string(m), z.string(m).check(z.maxLength(spec.max, m))), z.string(m).check(z.regex(EMAIL, m)));
      case "schoolNumber":
        return z.string(m).check(z.regex(SCHOOL_NUMBER, m));
      case "option":
        return z.enum(spec.values as [string, ...string[]], m);
      case "date": {
        const date = z.string(m).check(z.refine((text) => isIsoDate(text), m));
        return spec.nullable ? z.nullable(date) : date;
      }
      case "boolean":
        return z.boolean(m);
      case "index":
        return z.int(m).check(z.minimum(0, m), z.maximum(spec.max, m));
    }
  })();
  return schema.check(z.meta({ title: spec.label[lang] }));
}

const schemas = new Map<Lang, WeakMap<object, z.ZodMiniType<Application>>>();

/**
 * The zod schema (zod/mini, small in browser bundles) of an application's fields, with labels as
 * titles and our German (or English) messages built in; every field optional. Built from the same
 * field specs as `parseApplication`, so its issues are the field issues `parseApplication` reports;
 * contradictions between fields come from `parseApplication` only. The choices (school types,
 * categories) are those of `lists`, e.g. a rule set's `data`; the shipped ones by default. The forms
 * adapter builds its JSON Schema on it.
 */
export function applicationSchema(lang: Lang = "de", lists?: ChoiceLists): z.ZodMiniType<Application> {
  let byLists = schemas.get(lang);
  if (!byLists) schemas.set(lang, (byLists = new WeakMap()));
  // The spec made for these lists is the same object for the same lists, so a schema is built once per spec.
  const spec = applicationSpecFor(lists);
  let schema = byLists.get(spec);
  if (!schema) {
    schema = build(spec as FieldSpec, lang) as z.ZodMiniType<Application>;
    byLists.set(spec, schema);
  }
  return schema;
}
