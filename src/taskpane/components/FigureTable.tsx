import {
  Badge,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import type { FormReport } from "../../model";
import { figuresDiffer, formatFigure, type FigureKey } from "../format";
import type { Messages } from "../i18n";

const KEYS: FigureKey[] = ["execRate", "execScore", "total", "grade"];

/** Entered vs computed 执行率, 执行率得分, 总分 and 等级, with the rows that disagree marked. */
export function FigureTable({ t, report }: { t: Messages; report: FormReport }) {
  return (
    <Table size="small" aria-label={`${t.entered} / ${t.computed}`}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t.figureName}</TableHeaderCell>
          <TableHeaderCell>{t.entered}</TableHeaderCell>
          <TableHeaderCell>{t.computed}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {KEYS.map((key) => {
          const entered = report.entered[key];
          const computed = report.computed[key];
          const differ = figuresDiffer(key, entered, computed);
          return (
            <TableRow key={key} data-figure={key} data-differs={differ ? "true" : "false"}>
              <TableCell>{t[key]}</TableCell>
              <TableCell>{formatFigure(key, entered, t.emptyFigure)}</TableCell>
              <TableCell>
                {formatFigure(key, computed, t.emptyFigure)}{" "}
                {differ && (
                  <Badge appearance="tint" color="danger" size="small">
                    {t.mismatch}
                  </Badge>
                )}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
