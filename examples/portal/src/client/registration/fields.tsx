import type { HTMLInputTypeAttribute, ReactNode } from "react";
import { get, type FieldErrors, type Path, type RegisterOptions, type UseFormRegister } from "react-hook-form";
import { CheckedField, describedBy, ErrorLine, Hint } from "../field.js";
import { fieldId, type FormValues } from "./form-values.js";

/** The first message at a path of the form's errors. */
export function errorAt(errors: FieldErrors<FormValues>, path: string): string | undefined {
  const message: unknown = (get(errors, path) as { message?: unknown } | undefined)?.message;
  return typeof message === "string" && message !== "" ? message : undefined;
}

interface FieldProps {
  path: Path<FormValues>;
  label: string;
  hint?: ReactNode;
  error: string | undefined;
  register: UseFormRegister<FormValues>;
  options?: RegisterOptions<FormValues>;
}

export function TextField(
  props: FieldProps & { type?: HTMLInputTypeAttribute; autoComplete?: string; inputMode?: "numeric" | "email" | "text"; width?: "short" | "medium"; pattern?: string },
) {
  const { path, label, hint, error, register, options } = props;
  const id = fieldId(path);
  return (
    <CheckedField id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        className={`input${props.width ? ` input--${props.width}` : ""}`}
        type={props.type ?? "text"}
        autoComplete={props.autoComplete ?? "off"}
        inputMode={props.inputMode}
        pattern={props.pattern}
        spellCheck={false}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        {...register(path, options)}
      />
    </CheckedField>
  );
}

export function SelectField(props: FieldProps & { choices: readonly { value: string; label: string }[]; placeholder: string }) {
  const { path, label, hint, error, register, options } = props;
  const id = fieldId(path);
  return (
    <CheckedField id={id} label={label} hint={hint} error={error}>
      <select id={id} className="select" aria-describedby={describedBy(id, hint, error)} aria-invalid={error ? true : undefined} {...register(path, options)}>
        <option value="">{props.placeholder}</option>
        {props.choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </CheckedField>
  );
}

const yesNo = [
  { value: "true", label: "Ja" },
  { value: "false", label: "Nein" },
] as const;

/**
 * A question answered with radio buttons, in a fieldset whose legend asks it. The first button has
 * the field's id, so that links to the field (error summary, "still needed") land on the group.
 */
export function ChoiceField(props: FieldProps & { choices?: readonly { value: string; label: string }[] }) {
  const { path, label, hint, error, register, options } = props;
  const id = fieldId(path);
  const choices = props.choices ?? yesNo;
  return (
    <fieldset className={`field field--choice${error ? " field--error" : ""}`} aria-describedby={describedBy(id, hint, error)}>
      <legend className="label">{label}</legend>
      <Hint id={id} hint={hint} />
      <ErrorLine id={id} error={error} />
      <div className="choices">
        {choices.map((choice, i) => {
          const choiceId = i === 0 ? id : `${id}-${choice.value}`;
          return (
            <div className="choice" key={choice.value}>
              <input
                id={choiceId}
                type="radio"
                value={choice.value}
                aria-describedby={describedBy(id, hint, error)}
                aria-invalid={error ? true : undefined}
                {...register(path, options)}
              />
              <label htmlFor={choiceId}>{choice.label}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/** A link to a field that moves the focus there, not just the scroll position. */
export function FieldLink({ path, children }: { path: string; children: ReactNode }) {
  const target = fieldId(path);
  return (
    <a
      href={`#${target}`}
      onClick={(event) => {
        const element = document.getElementById(target) ?? document.getElementById(fieldId(path.split(".")[0] ?? path));
        if (!element) return;
        event.preventDefault();
        element.scrollIntoView({ block: "center" });
        element.focus({ preventScroll: true });
      }}
    >
      {children}
    </a>
  );
}
