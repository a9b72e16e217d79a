import type { Application } from "@bildungspartner/core";
import { createRegistrationForm } from "@bildungspartner/forms";
import { standardSchemaResolver } from "@hookform/resolvers/standard-schema";
import type { Resolver } from "react-hook-form";
import { toApplication, type FormValues } from "./form-values.js";

const whileTyping = standardSchemaResolver(createRegistrationForm({ mode: "partial" }));

/**
 * react-hook-form's Standard Schema resolver over the forms adapter's schema, in partial mode: while
 * typing, only what is wrong so far. The inputs' text becomes an application first; the field paths
 * stay the same, so each message lands at its input. Valid values come out as the Application.
 */
export const resolver: Resolver<FormValues, unknown, Application> = (values, context, options) =>
  whileTyping(toApplication(values), context, options as never) as unknown as ReturnType<Resolver<FormValues, unknown, Application>>;
