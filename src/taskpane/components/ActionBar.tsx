import { Button, Spinner, Switch, Tooltip, makeStyles, tokens } from "@fluentui/react-components";
import type { Messages } from "../i18n";
import type { ActionName } from "../state";

const useStyles = makeStyles({
  bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  busy: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
});

export interface ActionBarProps {
  t: Messages;
  busy: ActionName | null;
  /** False outside Excel: every workbook action is disabled. */
  enabled: boolean;
  canUndoFill: boolean;
  autoCheck: boolean;
  autoCheckAvailable: boolean;
  onCheck: () => void;
  onClear: () => void;
  onFill: () => void;
  onUndoFill: () => void;
  onFreeze: () => void;
  onAutoCheckChange: (enabled: boolean) => void;
}

export function ActionBar(props: ActionBarProps) {
  const { t, busy } = props;
  const styles = useStyles();
  const disabled = !props.enabled || busy !== null;
  return (
    <div className={styles.bar} role="toolbar" aria-label={t.appTitle}>
      <Button appearance="primary" disabled={disabled} onClick={props.onCheck}>
        {t.check}
      </Button>
      <Button disabled={disabled} onClick={props.onClear}>
        {t.clearHighlights}
      </Button>
      <Button disabled={disabled} onClick={props.onFill}>
        {t.fillTotal}
      </Button>
      <Button disabled={disabled || !props.canUndoFill} onClick={props.onUndoFill}>
        {t.undoFill}
      </Button>
      <Button disabled={disabled} onClick={props.onFreeze}>
        {t.freezeValues}
      </Button>
      <Tooltip content={props.autoCheckAvailable ? t.autoCheckHint : t.eventsUnsupported} relationship="description">
        <Switch
          label={t.autoCheck}
          checked={props.autoCheck}
          disabled={!props.enabled || !props.autoCheckAvailable}
          onChange={(_, data) => props.onAutoCheckChange(data.checked)}
        />
      </Tooltip>
      {busy !== null && (
        <span className={styles.busy} role="status">
          <Spinner size="tiny" />
          {t.busy}
        </span>
      )}
    </div>
  );
}
