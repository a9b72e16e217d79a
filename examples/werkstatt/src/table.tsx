import type { ComponentChildren } from "preact";

/*
 * Every table of the Werkstatt has the same frame: a visible caption, one header row of column
 * headers, and the rows its caller makes.
 */

/** Props of a table: its caption, the column headers, the body rows, and `class`/`id` for styles and tests. */
export interface TableProps {
  readonly caption: string;
  readonly columns: readonly string[];
  readonly children: ComponentChildren;
  readonly class?: string;
  readonly id?: string;
}

/** A table with a caption, column headers (`scope="col"`) and the given rows as its body. */
export function Table({ caption, columns, children, ...attributes }: TableProps) {
  return (
    <table {...attributes}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
