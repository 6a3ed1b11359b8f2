export { locateForms } from "./locate-forms";
export { headerKey } from "./header-text";
export type { FormLayout, FundLayout, TableLayout } from "./layout";
