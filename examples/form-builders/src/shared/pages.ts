/** The pages of this example, in the forms README's order: its source folder and library name. */
export const pages = [
  { id: "react-hook-form", file: "react-hook-form.html", library: "react-hook-form" },
  { id: "tanstack-form", file: "tanstack-form.html", library: "TanStack Form" },
  { id: "rjsf", file: "rjsf.html", library: "react-jsonschema-form (RJSF)" },
  { id: "json-forms", file: "json-forms.html", library: "JSON Forms" },
  { id: "formik", file: "formik.html", library: "Formik" },
] as const;
