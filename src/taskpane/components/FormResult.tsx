import { Caption1, Card, CardHeader, makeStyles, Subtitle1, tokens } from "@fluentui/react-components";
import type { Finding, FormReport } from "../../model";
import type { Messages } from "../i18n";
import { FigureTable } from "./FigureTable";
import { FindingGroups } from "./FindingGroups";

const useStyles = makeStyles({
  card: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** One form on the sheet: its project, its figures and what is wrong with it. */
export function FormResult({ t, report, onSelect }: { t: Messages; report: FormReport; onSelect: (f: Finding) => void }) {
  const styles = useStyles();
  return (
    <Card className={styles.card} data-testid="form-result">
      <CardHeader
        header={<Subtitle1 as="h3">{report.project ?? t.projectUnnamed}</Subtitle1>}
        description={<Caption1>{t.formRange(report.range)}</Caption1>}
      />
      <FigureTable t={t} report={report} />
      <FindingGroups t={t} findings={report.findings} onSelect={onSelect} />
    </Card>
  );
}
