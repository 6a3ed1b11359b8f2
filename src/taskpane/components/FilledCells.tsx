import {
  makeStyles,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import type { PreviousContent } from "../plan/undo-record";
import type { Messages } from "../i18n";

function previousText(t: Messages, p: PreviousContent): string {
  if (p.formula !== null) return p.formula;
  if (p.value === null || p.value === "") return t.emptyCell;
  return String(p.value);
}

const useStyles = makeStyles({
  // A grade formula is longer than the pane is wide; let it wrap instead of widening the page.
  formula: { fontFamily: tokens.fontFamilyMonospace, wordBreak: "break-all" },
});

/** What "填写总分" replaced, so the user sees what "撤销填写" would bring back. */
export function FilledCells({ t, cells }: { t: Messages; cells: PreviousContent[] }) {
  const styles = useStyles();
  return (
    <section aria-label={t.filledTitle}>
      <Subtitle2 as="h3">{t.filledTitle}</Subtitle2>
      <Table size="extra-small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t.cellColumn}</TableHeaderCell>
            <TableHeaderCell>{t.previousContent}</TableHeaderCell>
            <TableHeaderCell>{t.newContent}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {cells.map((p) => (
            <TableRow key={p.cell}>
              <TableCell>{p.cell}</TableCell>
              <TableCell className={styles.formula}>{previousText(t, p)}</TableCell>
              <TableCell className={styles.formula}>{p.written}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
