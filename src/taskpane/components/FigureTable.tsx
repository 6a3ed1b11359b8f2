import { Badge, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@fluentui/react-components";
import type { FormReport } from "../../model";
import { reportFigures } from "../format";
import type { Messages } from "../i18n";

/** 填报值 vs 复算值 of 执行率, 执行率得分, 总分 and 等级, with the rows that disagree marked. */
export function FigureTable({ t, report }: { t: Messages; report: FormReport }) {
  const { header, rows } = reportFigures(t, report);
  return (
    <Table size="small" aria-label={`${header.entered} / ${header.computed}`}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{header.item}</TableHeaderCell>
          <TableHeaderCell>{header.entered}</TableHeaderCell>
          <TableHeaderCell>{header.computed}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.key} data-figure={row.key} data-differs={row.differs ? "true" : "false"}>
            <TableCell>{row.label}</TableCell>
            <TableCell>{row.entered}</TableCell>
            <TableCell>
              {row.computed}{" "}
              {row.differs && (
                <Badge appearance="tint" color="danger" size="small">
                  {t.mismatch}
                </Badge>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
