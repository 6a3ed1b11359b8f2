import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import type { Messages } from "../i18n";
import type { Notice } from "../state";

function noticeText(t: Messages, notice: Notice): string {
  switch (notice.kind) {
    case "highlighted":
      return `${t.highlighted(notice.count)} ${t.highlightLegend}`;
    case "cleared":
      return t.highlightsCleared(notice.count);
    case "nothingToClear":
      return t.nothingToClear;
    case "filled":
      return t.filled(notice.count);
    case "nothingToFill":
      return t.nothingToFill;
    case "fillUndone":
      return t.fillUndone(notice.count);
    case "nothingToUndo":
      return t.nothingToUndo;
    case "frozen":
      return notice.busy > 0 ? `${t.frozen(notice.count)} ${t.frozenSkipped(notice.busy)}` : t.frozen(notice.count);
    case "noPerfFormulas":
      return t.noPerfFormulas;
  }
}

export function NoticeBar({ t, notice, onDismiss }: { t: Messages; notice: Notice; onDismiss: () => void }) {
  const warn = notice.kind === "frozen" && notice.busy > 0;
  return (
    <MessageBar intent={warn ? "warning" : "success"} layout="multiline">
      <MessageBarBody>{noticeText(t, notice)}</MessageBarBody>
      <MessageBarActions>
        <Button appearance="transparent" size="small" onClick={onDismiss}>
          {t.dismiss}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
