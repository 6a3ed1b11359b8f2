import { Caption1, Link, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { Finding, Severity } from "../../model";
import type { Messages } from "../i18n";

const ORDER: Severity[] = ["error", "warning", "info"];

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  finding: { textAlign: "start", fontFamily: tokens.fontFamilyBase },
  cell: { fontFamily: tokens.fontFamilyMonospace, marginInlineEnd: tokens.spacingHorizontalS },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorNeutralForeground2 },
});

/** Findings grouped by severity; each one is a link-button that selects its cell in the sheet. */
export function FindingGroups({ t, findings, onSelect }: { t: Messages; findings: Finding[]; onSelect: (f: Finding) => void }) {
  const styles = useStyles();
  const baseId = useId();
  if (findings.length === 0) return <Caption1>{t.noFindings}</Caption1>;
  return (
    <>
      {ORDER.map((severity) => {
        const group = findings.filter((f) => f.severity === severity);
        if (group.length === 0) return null;
        const headingId = `${baseId}-${severity}`;
        return (
          <section key={severity} className={styles.group} aria-labelledby={headingId} data-severity={severity}>
            <Subtitle2 id={headingId} as="h4" className={styles[severity]}>
              {t.severityCount(severity, group.length)}
            </Subtitle2>
            <ul className={styles.list}>
              {group.map((finding, i) => (
                <li key={`${finding.rule}-${finding.cell}-${i}`}>
                  <Link
                    as="button"
                    className={styles.finding}
                    title={t.goToCell(finding.cell, finding.rule, finding.message)}
                    onClick={() => onSelect(finding)}
                  >
                    <span className={styles.cell}>{t.findingCell(finding.cell)}</span>
                    {finding.message}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
