import {
  Caption1,
  Divider,
  FluentProvider,
  makeStyles,
  Subtitle2,
  Title3,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import type { Finding, Lang } from "../../model";
import type { Capabilities } from "../plan/host-info";
import { messages } from "../i18n";
import type { PaneState } from "../state";
import { ActionBar } from "./ActionBar";
import { CapabilityNotes } from "./CapabilityNotes";
import { ErrorBar } from "./ErrorBar";
import { FilledCells } from "./FilledCells";
import { FormResult } from "./FormResult";
import { NoFormMessage } from "./NoFormMessage";
import { NoticeBar } from "./NoticeBar";

const useStyles = makeStyles({
  page: {
    // On <main>, not on FluentProvider: Fluent copies the provider's className onto portal mount nodes
    // (tooltips), and a full-height portal node would sit over the pane and swallow every click.
    minHeight: "100vh",
    boxSizing: "border-box",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
  header: { display: "flex", flexDirection: "column" },
  results: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export interface PaneActions {
  onCheck: () => void;
  onClear: () => void;
  onFill: () => void;
  onUndoFill: () => void;
  onFreeze: () => void;
  onSelect: (finding: Finding) => void;
  onAutoCheckChange: (enabled: boolean) => void;
  onDismissError: () => void;
  onDismissNotice: () => void;
}

export interface AppProps {
  state: PaneState;
  lang: Lang;
  dark: boolean;
  inExcel: boolean;
  capabilities: Capabilities;
  actions: PaneActions;
}

/** The whole pane as a function of its state; every workbook action arrives as a callback. */
export function App({ state, lang, dark, inExcel, capabilities, actions }: AppProps) {
  const t = messages(lang);
  const styles = useStyles();
  const result = state.result;
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} lang={lang === "zh" ? "zh-CN" : "en"}>
      <main className={styles.page}>
        <header className={styles.header}>
          <Title3 as="h1">{t.appTitle}</Title3>
          <Caption1>{t.appSubtitle}</Caption1>
        </header>
        <ActionBar
          t={t}
          busy={state.busy}
          enabled={inExcel}
          canUndoFill={state.filled.length > 0}
          autoCheck={state.autoCheck}
          autoCheckAvailable={capabilities.events}
          onCheck={actions.onCheck}
          onClear={actions.onClear}
          onFill={actions.onFill}
          onUndoFill={actions.onUndoFill}
          onFreeze={actions.onFreeze}
          onAutoCheckChange={actions.onAutoCheckChange}
        />
        {!inExcel && <Caption1>{t.notInExcel}</Caption1>}
        {inExcel && <CapabilityNotes t={t} capabilities={capabilities} />}
        {state.error && <ErrorBar t={t} error={state.error} onDismiss={actions.onDismissError} />}
        {state.notice && <NoticeBar t={t} notice={state.notice} onDismiss={actions.onDismissNotice} />}
        {state.stale && <Caption1 role="status">{t.staleResult}</Caption1>}
        <Divider />
        {result === null ? (
          inExcel && <Caption1>{t.notChecked}</Caption1>
        ) : (
          <section className={styles.results} aria-label={t.sheetLabel(result.sheetName)}>
            <Subtitle2 as="h2">{t.sheetLabel(result.sheetName)}</Subtitle2>
            {result.reports.length === 0 ? (
              <NoFormMessage t={t} headers={result.expectedHeaders} />
            ) : (
              result.reports.map((report, i) => (
                <FormResult key={`${report.range}-${i}`} t={t} report={report} onSelect={actions.onSelect} />
              ))
            )}
          </section>
        )}
        {state.filled.length > 0 && <FilledCells t={t} cells={state.filled} />}
        {inExcel && <Caption1>{t.undoStackWarning}</Caption1>}
      </main>
    </FluentProvider>
  );
}
