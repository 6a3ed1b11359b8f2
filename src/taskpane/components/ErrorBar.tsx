import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Messages } from "../i18n";
import type { PaneError } from "../state";

export function ErrorBar({ t, error, onDismiss }: { t: Messages; error: PaneError; onDismiss: () => void }) {
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t.errorTitle(t.actionName[error.action])}</MessageBarTitle>
        {error.message}
        {error.code !== null && <div>{t.errorCode(error.code)}</div>}
        {error.location !== null && <div>{error.location}</div>}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="transparent" size="small" onClick={onDismiss}>
          {t.dismiss}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
